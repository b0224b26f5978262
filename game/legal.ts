/**
 * The one enumerator of legal moves. The boardgame.io guard, every bot and the board's highlights all
 * use it, and it shares its rules with `checkMove`, so there is exactly one definition of legality:
 * a move is listed exactly when `checkMove` accepts it (game/legal.test.ts checks this against a
 * brute-force enumeration). Bots call this at every decision, so it is built to be cheap: a turn's
 * candidates are generated well formed, in a fixed order, and go straight to their action's rule
 * (`actionChecks`) without re-parsing; groups the power cannot afford are skipped; per-scenario lists
 * live in a cache outside the serialisable state.
 */
import { eventCard } from './round.ts';
import { actionChecks, checkMove, toMove, type Move } from './moves.ts';
import type { Scenario } from './schema.ts';
import type { GameState } from './state.ts';
import { POWERS, byPower, hostOf, type Power, type RegionId } from './vocabulary.ts';

/** Every subset of the other powers with at least one member, in a fixed order (computed once). */
const INVITEE_SETS: Readonly<Record<Power, readonly (readonly Power[])[]>> = byPower((power) => {
  const others = POWERS.filter((p) => p !== power);
  const sets: Power[][] = [];
  for (let mask = 1; mask < 1 << others.length; mask++) sets.push(others.filter((_, i) => mask & (1 << i)));
  return sets;
});

interface RegionInfo {
  region: RegionId;
  host: Power;
}

/** The regions in play with their hosts, per scenario, in the scenario's order. */
const regionCache = new WeakMap<Scenario, readonly RegionInfo[]>();
function regionsOf(scenario: Scenario): readonly RegionInfo[] {
  let list = regionCache.get(scenario);
  if (!list) {
    list = scenario.regions.map((r) => ({ region: r.id, host: hostOf(r.id) }));
    regionCache.set(scenario, list);
  }
  return list;
}

/** Candidate moves when the decision is not a turn's action: start, an event choice, or an answer. */
function decisionCandidates(s: GameState): Move[] {
  if (s.step === 'setup') return [{ kind: 'start' }];
  if (s.step === 'event') {
    const options = s.event ? (eventCard(s, s.event.card).choice?.options ?? []) : [];
    return options.map((o) => ({ kind: 'choose', option: o.id }));
  }
  return [
    { kind: 'answer', accept: true },
    { kind: 'answer', accept: false },
  ];
}

/**
 * The legal actions of a turn, in a fixed order: aid, base and exercise by region, proposals by
 * invitee set, join or leave by coalition, pass. Each candidate is well formed by construction and it
 * is this power's turn with nothing pending, so each goes straight to its action's rule in
 * `actionChecks` (the same rule `checkMove` applies after checking the turn and the payload).
 * A group is skipped when the power's IP is below its cheapest price: its rule would refuse each move.
 */
function turnMoves(s: GameState, power: Power): Move[] {
  const rules = s.scenario.rules;
  const ip = s.ip[power];
  const regions = regionsOf(s.scenario);
  const out: Move[] = [];
  if (actionChecks.aid(s, power) === null) for (const { region } of regions) out.push({ kind: 'aid', region });
  if (ip >= Math.min(rules.base.buildCost, rules.base.expandCost)) {
    for (const { region } of regions) {
      if (actionChecks.base(s, power, region) === null) out.push({ kind: 'base', region });
    }
  }
  if (ip >= Math.min(rules.exercise.cost, rules.exercise.coalitionCost)) {
    for (const { region, host } of regions) {
      if (host !== power) {
        if (actionChecks.exercise(s, power, region, host) === null)
          out.push({ kind: 'exercise', region, partner: host });
        continue;
      }
      for (const partner of POWERS) {
        if (partner !== power && actionChecks.exercise(s, power, region, partner) === null) {
          out.push({ kind: 'exercise', region, partner });
        }
      }
    }
  }
  if (ip >= rules.coalition.proposeCost) {
    for (const invitees of INVITEE_SETS[power]) {
      if (actionChecks.propose(s, power, invitees) === null) out.push({ kind: 'propose', invitees: invitees.slice() });
    }
  }
  for (const c of s.coalitions) {
    if (c.members.includes(power)) {
      if (actionChecks.leave(s, power, c) === null) out.push({ kind: 'leave', coalition: c.id });
    } else if (actionChecks.join(s, power, c) === null) {
      out.push({ kind: 'join', coalition: c.id });
    }
  }
  out.push({ kind: 'pass' });
  return out;
}

/** Every legal move for this power now; empty when it is not this power's decision. */
export function legalMoves(s: GameState, power: Power): Move[] {
  if (toMove(s) !== power) return [];
  if (s.step === 'actions' && s.requests.length === 0) return turnMoves(s, power);
  return decisionCandidates(s).filter((m) => checkMove(s, power, m) === null);
}
