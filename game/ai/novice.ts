/**
 * The novice: a short flowchart a class can read in one go. Put out fires in the regions you care
 * about; build bases if bases score; join a coalition if partners score; push threat under a security
 * goal's line; otherwise send aid where your goals put the most VP on influence and you trail the most. It refuses
 * its rivals' requests and weighs everything else by its goals.
 */
import type { RegionId } from '../vocabulary.ts';
import { regionStake, topRival } from './aims.ts';
import { because, goalParams } from './explain.ts';
import { flowchartBot, type Rule } from './flowchart.ts';
import { can, canBase, cutThreat, friendly, type Situation } from './tactics.ts';

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

const cared = (x: Situation) => x.ranked.filter((id) => (x.care.get(id) ?? 0) > 0);

const fires: Rule = {
  id: 'fires',
  fire(x) {
    for (const region of cared(x)) {
      const r = x.s.regions[region]!;
      if (r.threat <= r.stability) continue;
      const move = cutThreat(x, region);
      if (move) return { move, why: because('threat', { region, threat: r.threat, stability: r.stability }) };
    }
    return null;
  },
};

const bases: Rule = {
  id: 'bases',
  fire(x) {
    if (stakeIn(x, 'bases') <= 0) return null;
    const vp = x.aims.find((a) => a.objective.type === 'bases')!.objective.vp;
    for (const region of x.ranked) {
      if (canBase(x, region)) return { move: { kind: 'base', region }, why: because('bases', { vp }) };
    }
    return null;
  },
};

const join: Rule = {
  id: 'join',
  fire(x) {
    if (stakeIn(x, 'coalitionPartners') <= 0) return null;
    const vp = x.aims.find((a) => a.objective.type === 'coalitionPartners')!.objective.vp;
    for (const c of x.s.coalitions) {
      if (c.members.includes(x.me) || !friendly(x.s, x.me, c.leader)) continue;
      const move = { kind: 'join', coalition: c.id } as const;
      if (can(x, move)) return { move, why: because('partners', { vp }) };
    }
    return null;
  },
};

const line: Rule = {
  id: 'line',
  fire(x) {
    for (const a of x.aims) {
      if (a.objective.type !== 'security') continue;
      const max = a.objective.maxThreat;
      for (const region of a.objective.regions) {
        const r = x.s.regions[region];
        if (!r || r.threat <= max) continue;
        const move = cutThreat(x, region);
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

/** Aid where its goals put the most on influence, and among those where it trails its strongest rival the most. */
const aid: Rule = {
  id: 'aid',
  fire(x) {
    const stakes = new Map(x.ranked.map((id) => [id, influenceStake(x, id)] as const));
    const top = Math.max(0, ...stakes.values());
    let pick: RegionId | null = null;
    let behind = -Infinity;
    for (const region of x.ranked) {
      const stake = stakes.get(region) ?? 0;
      if (stake <= 0 || stake < top / 2) continue;
      const inf = x.s.regions[region]!.influence;
      if (inf[x.me] >= x.s.scenario.rules.maxInfluence || !can(x, { kind: 'aid', region })) continue;
      const gap = topRival(x.s, region, x.me).influence - inf[x.me];
      if (gap > behind) {
        behind = gap;
        pick = region;
      }
    }
    return pick ? { move: { kind: 'aid', region: pick }, why: because('goal', goalFor(x, pick)) } : null;
  },
};

/** The novice flowchart, in order. */
export const NOVICE_RULES: readonly Rule[] = [fires, bases, join, line, aid];

export const noviceBot = flowchartBot('novice', 'Novice (a short rule list)', NOVICE_RULES, {
  refuseRivals: true,
  envy: 0,
});
