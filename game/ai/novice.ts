/**
 * The novice: a short flowchart a class can read in one go, the first box that fires decides.
 * 1. Put out fires: where it cares and threat is above stability, the operation that cuts threat most.
 * 2. Use its special ability where it cares most (Tajikistan: when its open doors bring IP).
 * 3. Build bases if bases score for it; 4. join or found a bloc if partners score for it.
 * 5. Push threat under a security goal's line.
 * 6. Otherwise the biggest aid it can afford where its goals put the most on influence and it trails.
 * Sizes and effects come from the engine's preview of each legal operation (`previewMove`).
 */
import type { Move } from '../moves.ts';
import { previewMove } from '../preview.ts';
import type { RegionId } from '../vocabulary.ts';
import { regionStake, topRival } from './aims.ts';
import type { Decision } from './bot.ts';
import { because, goalParams } from './explain.ts';
import { makeLevelBot } from './flowchart.ts';
import { operations, passReason, regionOf, type Situation } from './tactics.ts';

/** One box of the flowchart: a name (for tests and tuning) and what it does when its condition holds. */
export interface Rule {
  id: string;
  fire(x: Situation, moves: readonly Move[]): Decision | null;
}

/** The goal that puts the most VP on a region, as reason parameters. */
export function goalFor(x: Situation, region: RegionId): Record<string, string | number> {
  let best = x.aims[0]!;
  let top = -1;
  for (const a of x.aims) {
    const v = a.weight * regionStake(a.objective, region);
    if (v > top) {
      top = v;
      best = a;
    }
  }
  return { ...goalParams(best.objective), region };
}

/** Weighted VP a power puts on an objective type that names no region (bases, partners). */
export function stakeIn(x: Situation, type: 'bases' | 'coalitionPartners'): number {
  let vp = 0;
  for (const a of x.aims) if (a.objective.type === type) vp += a.weight * a.objective.vp;
  return vp;
}

/** How much a move cuts threat in its region, by the engine's preview. */
function threatCut(x: Situation, m: Move): number {
  const p = previewMove(x.s, x.me, m);
  const t = p?.regions.find((r) => r.region === regionOf(m))?.threat;
  return t ? t.before - t.after : 0;
}

/** The legal move in a region that cuts threat most (the cheaper, i.e. earlier-listed, on a tie). */
function cutThreat(x: Situation, moves: readonly Move[], region: RegionId): Move | null {
  let best: Move | null = null;
  let top = 0;
  for (const m of moves) {
    if (regionOf(m) !== region) continue;
    const cut = threatCut(x, m);
    if (cut > top) {
      top = cut;
      best = m;
    }
  }
  return best;
}

const cared = (x: Situation) => x.ranked.filter((id) => (x.care.get(id) ?? 0) > 0);

const fires: Rule = {
  id: 'fires',
  fire(x, moves) {
    for (const region of cared(x)) {
      const r = x.s.regions[region]!;
      if (r.threat <= r.stability) continue;
      const move = cutThreat(x, moves, region);
      if (move) return { move, why: because('threat', { region, threat: r.threat, stability: r.stability }) };
    }
    return null;
  },
};

const special: Rule = {
  id: 'special',
  fire(x, moves) {
    const specials = moves.filter((m) => m.kind === 'special');
    for (const m of specials) {
      if (m.kind !== 'special' || m.region) continue;
      const p = previewMove(x.s, x.me, m);
      const ip = p?.ip.find((e) => e.power === x.me);
      if (ip && ip.after - ip.before >= 2)
        return { move: m, why: because('multiVector', { ip: ip.after - ip.before }) };
    }
    for (const region of cared(x)) {
      const m = specials.find((s) => regionOf(s) === region);
      if (m) return { move: m, why: because('goal', goalFor(x, region)) };
    }
    return null;
  },
};

const bases: Rule = {
  id: 'bases',
  fire(x, moves) {
    if (stakeIn(x, 'bases') <= 0) return null;
    const vp = x.aims.find((a) => a.objective.type === 'bases')!.objective.vp;
    for (const region of x.ranked) {
      const m = moves.find((b) => b.kind === 'base' && b.region === region);
      if (m) return { move: m, why: because('bases', { vp }) };
    }
    return null;
  },
};

const partners: Rule = {
  id: 'partners',
  fire(x, moves) {
    if (stakeIn(x, 'coalitionPartners') <= 0) return null;
    const vp = x.aims.find((a) => a.objective.type === 'coalitionPartners')!.objective.vp;
    const m = moves.find((b) => b.kind === 'join') ?? moves.find((b) => b.kind === 'found');
    return m ? { move: m, why: because('partners', { vp }) } : null;
  },
};

const line: Rule = {
  id: 'line',
  fire(x, moves) {
    for (const a of x.aims) {
      if (a.objective.type !== 'security') continue;
      const max = a.objective.maxThreat;
      for (const region of a.objective.regions) {
        const r = x.s.regions[region];
        if (!r || r.threat <= max) continue;
        const move = cutThreat(x, moves, region);
        if (move) return { move, why: because('security', { region, max, threat: r.threat }) };
      }
    }
    return null;
  },
};

/** VP a power's goals put on its influence in a region (security goals care about threat instead). */
function influenceStake(x: Situation, region: RegionId): number {
  let v = 0;
  for (const a of x.aims) if (a.objective.type !== 'security') v += a.weight * regionStake(a.objective, region);
  return v;
}

/** The largest aid it can afford where its goals put the most on influence and it trails its strongest rival most. */
const aid: Rule = {
  id: 'aid',
  fire(x, moves) {
    const stakes = new Map(x.ranked.map((id) => [id, influenceStake(x, id)] as const));
    const top = Math.max(0, ...stakes.values());
    let pick: Move | null = null;
    let behind = -Infinity;
    for (const region of x.ranked) {
      const stake = stakes.get(region) ?? 0;
      if (stake <= 0 || stake < top / 2) continue;
      const sizes = moves.filter((m) => m.kind === 'aid' && m.region === region);
      const biggest = sizes[sizes.length - 1];
      if (!biggest) continue;
      const gap = topRival(x.s, region, x.me).influence - x.s.regions[region]!.influence[x.me];
      if (gap > behind) {
        behind = gap;
        pick = biggest;
      }
    }
    return pick ? { move: pick, why: because('goal', goalFor(x, regionOf(pick)!)) } : null;
  },
};

/** The novice flowchart, in order. */
export const NOVICE_RULES: readonly Rule[] = [fires, special, bases, partners, line, aid];

/** Run a flowchart: the first rule that fires, or pass. */
export function runRules(rules: readonly Rule[], x: Situation): Decision {
  const moves = operations(x.s, x.me);
  for (const rule of rules) {
    const d = rule.fire(x, moves);
    if (d) return d;
  }
  return { move: { kind: 'pass' }, why: passReason(x.s, x.me) };
}

export const noviceBot = makeLevelBot('novice', 'Novice (a short rule list)', (x) => runRules(NOVICE_RULES, x));
