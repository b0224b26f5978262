/**
 * The building blocks of the rule-based levels: a power's situation (its goals and what each region
 * is worth to it), and the few ways to act on a region — raise influence, cut threat, build a base —
 * each returning a move only when `checkMove` (the one definition of legality) accepts it.
 */
import { checkMove, exerciseCost, type Move } from '../moves.ts';
import { regionIds, shareCoalition } from '../selectors.ts';
import type { GameState } from '../state.ts';
import { POWERS, hostOf, type Power, type RegionId } from '../vocabulary.ts';
import { aimsOf, interest, type Aim } from './aims.ts';

/** What a rule sees: the view, whose decision it is, its goals and how much each region matters. */
export interface Situation {
  s: GameState;
  me: Power;
  aims: Aim[];
  care: Map<RegionId, number>;
  /** Regions in play, most cared-about first. */
  ranked: RegionId[];
}

export function situation(s: GameState, me: Power): Situation {
  const aims = aimsOf(s, me);
  const care = interest(s, aims);
  const ranked = regionIds(s).sort((a, b) => (care.get(b) ?? 0) - (care.get(a) ?? 0));
  return { s, me, aims, care, ranked };
}

/** Is the move legal for this power now? */
export function can(x: Situation, move: Move): boolean {
  return checkMove(x.s, x.me, move) === null;
}

export function isRival(s: GameState, a: Power, b: Power): boolean {
  return s.scenario.rivalries.some(([p, q]) => (p === a && q === b) || (p === b && q === a));
}

/** A power likely to say yes: not a rival, or a coalition partner despite the rivalry. */
export function friendly(s: GameState, me: Power, other: Power): boolean {
  return shareCoalition(s, me, other) || !isRival(s, me, other);
}

/** Does an exercise here with this partner raise great-power tension? (The engine's rivalry test.) */
export function provokes(s: GameState, actor: Power, partner: Power, region: RegionId): boolean {
  const inf = s.regions[region]!.influence;
  return s.scenario.rivalries.some(([a, b]) => {
    const rival = a === actor || a === partner ? b : b === actor || b === partner ? a : null;
    return rival !== null && rival !== actor && rival !== partner && inf[rival] > 0;
  });
}

/** Would this exercise bring on a crisis (tension at its maximum ends the game)? */
export function wouldCrisis(s: GameState, actor: Power, partner: Power, region: RegionId): boolean {
  if (!s.scenario.suddenDeath.some((r) => r.type === 'crisis')) return false;
  const t = s.scenario.rules.tension;
  return provokes(s, actor, partner, region) && s.tension + s.scenario.rules.exercise.tension >= t.max;
}

/** The best partner for an exercise in a region: the host if it is not me, else my cheapest friendly partner. */
export function exercisePartner(x: Situation, region: RegionId, allowCrisis = false): Power | null {
  const host = hostOf(region);
  const options = host === x.me ? POWERS.filter((p) => p !== x.me) : [host];
  const inf = x.s.regions[region]!.influence;
  let best: Power | null = null;
  let bestScore = -Infinity;
  for (const p of options) {
    if (!friendly(x.s, x.me, p)) continue;
    if (!allowCrisis && wouldCrisis(x.s, x.me, p, region)) continue;
    if (!can(x, { kind: 'exercise', region, partner: p })) continue;
    // Cheaper with a coalition partner; as host, prefer a partner with little influence here.
    const score = -exerciseCost(x.s, x.me, p) * 2 - (host === x.me ? inf[p] : 0);
    if (score > bestScore) {
      bestScore = score;
      best = p;
    }
  }
  return best;
}

/** A legal move that lowers threat in a region now or at the next threat step, cheapest effect first. */
export function cutThreat(x: Situation, region: RegionId): Move | null {
  const partner = exercisePartner(x, region);
  if (partner) return { kind: 'exercise', region, partner };
  const rules = x.s.scenario.rules;
  if (hostOf(region) === x.me && rules.aid.domesticThreatReduction > 0 && can(x, { kind: 'aid', region })) {
    return { kind: 'aid', region };
  }
  if (rules.base.threatSuppression > 0 && !hasBase(x.s, region, x.me) && canBase(x, region)) {
    return { kind: 'base', region };
  }
  return null;
}

/** A legal move that raises my influence in a region: aid, or an exercise where aid is out of reach. */
export function raiseInfluence(x: Situation, region: RegionId): Move | null {
  if (can(x, { kind: 'aid', region })) return { kind: 'aid', region };
  const partner = exercisePartner(x, region);
  return partner ? { kind: 'exercise', region, partner } : null;
}

export function hasBase(s: GameState, region: RegionId, owner: Power): boolean {
  return s.regions[region]!.bases.some((b) => b.owner === owner);
}

/** Can I build or expand a base here, with a host likely to consent? */
export function canBase(x: Situation, region: RegionId): boolean {
  const host = hostOf(region);
  if (host !== x.me && !friendly(x.s, x.me, host)) return false;
  return can(x, { kind: 'base', region });
}

/** The regions where a power has influence, in the order given. */
export function present(s: GameState, power: Power, regions: readonly RegionId[]): RegionId[] {
  return regions.filter((id) => s.regions[id]!.influence[power] > 0);
}
