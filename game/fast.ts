/**
 * The fast path for simulation and search: a hand-written deep copy of the mutable parts of a state
 * (the scenario is shared, never written), after which moves run straight on the copy with no immer.
 * The rules are the same functions `applyMove` runs on an immer draft, so both paths agree.
 */
import { checkMove, performMove, type Move } from './moves.ts';
import type { GameState, RegionState } from './state.ts';
import type { Power, Reason } from './vocabulary.ts';

const copyByPower = <T>(t: { russia: T; china: T; tajikistan: T; pakistan: T; afghanistan: T }) => ({
  russia: t.russia,
  china: t.china,
  tajikistan: t.tajikistan,
  pakistan: t.pakistan,
  afghanistan: t.afghanistan,
});

function copyActed(acted: GameState['acted']): GameState['acted'] {
  const out: GameState['acted'] = {};
  for (const id in acted) out[id] = acted[id]!.slice();
  return out;
}

/** A private, mutable copy of a state. The log and history are shared until `withRecord` asks otherwise. */
export function cloneState(s: GameState, withRecord = true): GameState {
  const regions: Record<string, RegionState> = {};
  for (const id in s.regions) {
    const r = s.regions[id]!;
    regions[id] = {
      stability: r.stability,
      threat: r.threat,
      value: r.value,
      influence: copyByPower(r.influence),
      bases: r.bases.map((b) => ({ ...b })),
    };
  }
  return {
    scenario: s.scenario,
    step: s.step,
    round: s.round,
    rng: s.rng,
    order: s.order.slice(),
    turn: s.turn,
    doorChanges: s.doorChanges,
    ip: copyByPower(s.ip),
    economy: copyByPower(s.economy),
    aid: {
      russia: s.aid.russia.slice(),
      china: s.aid.china.slice(),
      tajikistan: s.aid.tajikistan.slice(),
      pakistan: s.aid.pakistan.slice(),
      afghanistan: s.aid.afghanistan.slice(),
    },
    fees: copyByPower(s.fees),
    doors: {
      russia: copyByPower(s.doors.russia),
      china: copyByPower(s.doors.china),
      tajikistan: copyByPower(s.doors.tajikistan),
      pakistan: copyByPower(s.doors.pakistan),
      afghanistan: copyByPower(s.doors.afghanistan),
    },
    acted: copyActed(s.acted),
    regions,
    coalitions: s.coalitions.map((c) => ({ ...c, members: c.members.slice() })),
    nextCoalition: s.nextCoalition,
    tension: s.tension,
    blame: copyByPower(s.blame),
    deck: s.deck.slice(),
    event: s.event ? { ...s.event } : null,
    agendas: s.agendas ? copyByPower(s.agendas) : null,
    baseline: s.baseline,
    vp: copyByPower(s.vp),
    log: withRecord ? s.log.slice() : [],
    history: withRecord ? s.history.slice() : [],
    result: s.result ? { ...s.result, scores: copyByPower(s.result.scores), winners: s.result.winners.slice() } : null,
  };
}

/** Apply a move in place on a private copy. Returns the reason when illegal (and changes nothing). */
export function applyInPlace(s: GameState, power: Power, move: Move): Reason | null {
  const reason = checkMove(s, power, move);
  if (reason) return reason;
  performMove(s, power, move);
  return null;
}
