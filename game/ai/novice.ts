/**
 * The novice: a short flowchart a class can read in one go. Put out fires in the regions you care
 * about; build bases if bases score; join a coalition if partners score; otherwise send aid where your
 * goals put the most VP. It refuses its rivals' requests and weighs everything else by its goals.
 */
import type { RegionId } from '../vocabulary.ts';
import { regionStake } from './aims.ts';
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

const aid: Rule = {
  id: 'aid',
  fire(x) {
    for (const region of cared(x)) {
      if (x.s.regions[region]!.influence[x.me] >= x.s.scenario.rules.maxInfluence) continue;
      const move = { kind: 'aid', region } as const;
      if (can(x, move)) return { move, why: because('goal', goalFor(x, region)) };
    }
    return null;
  },
};

/** The novice flowchart, in order. */
export const NOVICE_RULES: readonly Rule[] = [fires, bases, join, aid];

export const noviceBot = flowchartBot('novice', 'Novice (a short rule list)', NOVICE_RULES, {
  refuseRivals: true,
  envy: 0,
});
