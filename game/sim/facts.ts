/**
 * What one game leaves behind for the balance report: a compact record of plain numbers and ids
 * (worker threads send it back), collected while the game is played on the fast path. Everything the
 * report's figures need is here; the figures themselves are pure functions of these records
 * (`measures.ts`), so they can be tested on hand-built games.
 */
import type { Bot } from '../ai/bot.ts';
import { actionKindOf } from '../moves.ts';
import type { Scenario } from '../schema.ts';
import { agendaValue } from '../selectors.ts';
import { initialState } from '../setup.ts';
import type { EndReason, GameState, LogEntry } from '../state.ts';
import { ACTION_KINDS, POWERS, byPower, hostOf, type ActionKind, type ByPower, type Power } from '../vocabulary.ts';
import { RoundDoors, isDecision, runGame } from './play.ts';

/** The patrons: the two great powers. Every other power with regions on the board is a host. */
export const PATRONS: readonly Power[] = ['russia', 'china'];

export interface GameFacts {
  seed: string;
  reason: EndReason;
  winners: Power[];
  scores: ByPower<number>;
  /** The round the game ended in. */
  rounds: number;
  /**
   * The powers with the top standing after round 1 (VP banked plus what their objectives would score
   * then: round 1 is rarely a scoring round), empty if the game ended before it.
   */
  leadersAfterRound1: Power[];
  /**
   * Group decisions: operations (one a turn) and event choices. The start is not a decision, and a host's
   * door changes are part of its turn's decision (free, before its operation), not extra decisions.
   */
  decisions: number;
  /** Device hand-offs: times the deciding power changed between two consecutive decisions. */
  handoffs: number;
  /** Event cards drawn. */
  events: number;
  /** Operations taken, per power and kind (aid, base, exercise, coalition, special, pass). */
  actions: ByPower<Record<ActionKind, number>>;
  /** Per round (index 0 = round 1): the hosts' actions and how many of them were passes. */
  hostRounds: { actions: number; passes: number }[];
  /** IP each power holds at the end. */
  ipEnd: ByPower<number>;
  /** Total threat on the board at setup (the scenario's numbers) and after the last round. */
  threatSetup: number;
  threatLast: number;
  /** Incidents in rounds after the scenario's midpoint (round > rounds / 2). */
  incidentsLate: number;
  /** A coalition was founded or joined in play. */
  coalitionMade: boolean;
  /** A bloc was broken or switched: a power left one ('left'), or joined or founded one while in another. */
  blocBroken: boolean;
  /** The highest great-power tension reached at any point. */
  tensionPeak: number;
  /**
   * Doors sampled at each round's end (one per host in play × other power, each round), and how many of
   * them were open: Rules 2.0's "requests or offers accepted" (a host's consent is its door).
   */
  doorsSampled: number;
  doorsOpen: number;
  /**
   * The agenda each power was dealt, and what it scores at setup (before round 1; baseline-relative
   * scoring makes it 0 by construction).
   */
  agendas: ByPower<string>;
  agendaSetupVp: ByPower<number>;
}

const zeroActions = (): Record<ActionKind, number> => {
  const out = {} as Record<ActionKind, number>;
  for (const k of ACTION_KINDS) out[k] = 0;
  return out;
};

/** The powers that host a region of this scenario, patrons aside. */
export function hostsOf(scenario: Scenario): Power[] {
  const hosts = new Set(scenario.regions.map((r) => hostOf(r.id)));
  return POWERS.filter((p) => hosts.has(p) && !PATRONS.includes(p));
}

/** Whether the coalition moves in `log` (from the starting coalitions) made, broke or switched a bloc. */
export function blocChanges(
  initial: readonly { id: string; members: readonly Power[] }[],
  log: readonly LogEntry[],
): { made: boolean; broken: boolean } {
  const members = new Map(initial.map((c) => [c.id, new Set(c.members)]));
  const inAnother = (p: Power, id: string) => [...members].some(([other, m]) => other !== id && m.has(p));
  let made = false;
  let broken = false;
  for (const e of log) {
    if (e.t === 'formed') {
      made = true;
      if (e.members.some((p) => inAnother(p, e.coalition))) broken = true;
      members.set(e.coalition, new Set(e.members));
    } else if (e.t === 'joined') {
      made = true;
      if (inAnother(e.power, e.coalition)) broken = true;
      members.get(e.coalition)?.add(e.power);
      if (!members.has(e.coalition)) members.set(e.coalition, new Set([e.power]));
    } else if (e.t === 'left') {
      broken = true;
      if (e.dissolved) members.delete(e.coalition);
      else members.get(e.coalition)?.delete(e.power);
    }
  }
  return { made, broken };
}

/** Play one game and collect its facts. `salt` re-rolls only the bots' own random choices. */
export function playFacts(scenario: Scenario, seed: string, seats: ByPower<Bot>, salt?: string): GameFacts {
  const hosts = new Set(hostsOf(scenario));
  const actions = byPower(zeroActions);
  const hostRounds: GameFacts['hostRounds'] = [];
  let agendas = byPower(() => '');
  let agendaSetupVp = byPower(() => 0);
  let initial: { id: string; members: Power[] }[] = [];
  let logStart = 0;
  let tensionPeak = 0;
  let decisions = 0;
  let handoffs = 0;
  const doors = new RoundDoors();
  let last: Power | null = null;
  const s = runGame(scenario, seed, seats, {
    ...(salt === undefined ? {} : { salt }),
    record: true,
    onStart(start) {
      const dealt = start.agendas;
      agendas = byPower((p) => dealt?.[p] ?? '');
      // What each agenda scores at setup, by the engine's own rule: the position before round 1 (the
      // scenario's numbers) with the dealt agendas and the game's baseline. Zero by construction.
      const setup = { ...initialState(scenario, seed), agendas: start.agendas, baseline: start.baseline };
      agendaSetupVp = byPower((p) => agendaValue(setup, p));
      initial = start.coalitions.map((c) => ({ id: c.id, members: c.members.slice() }));
      logStart = start.log.length;
      tensionPeak = start.tension;
    },
    onDecision(power, move, after, round) {
      tensionPeak = Math.max(tensionPeak, after.tension);
      doors.after(after, round);
      if (!isDecision(move)) return;
      decisions += 1;
      if (last !== null && last !== power) handoffs += 1;
      last = power;
      const kind = actionKindOf(move);
      if (kind) {
        actions[power][kind] += 1;
        if (hosts.has(power)) {
          while (hostRounds.length < round) hostRounds.push({ actions: 0, passes: 0 });
          const r = hostRounds[round - 1]!;
          r.actions += 1;
          if (kind === 'pass') r.passes += 1;
        }
      }
    },
  });
  return collect(s, {
    seed,
    actions,
    hostRounds,
    agendas,
    agendaSetupVp,
    initial,
    logStart,
    tensionPeak,
    decisions,
    handoffs,
    doorsSampled: POWERS.reduce((n, p) => n + doors.total[p].sampled, 0),
    doorsOpen: POWERS.reduce((n, p) => n + doors.total[p].open, 0),
  });
}

interface Tally {
  seed: string;
  actions: GameFacts['actions'];
  hostRounds: GameFacts['hostRounds'];
  agendas: ByPower<string>;
  agendaSetupVp: ByPower<number>;
  initial: { id: string; members: Power[] }[];
  logStart: number;
  tensionPeak: number;
  decisions: number;
  handoffs: number;
  doorsSampled: number;
  doorsOpen: number;
}

function collect(s: GameState, t: Tally): GameFacts {
  const result = s.result!;
  const scenario = s.scenario;
  const sum = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);
  const first = s.history[0];
  const top = first ? Math.max(...POWERS.map((p) => first.standing[p])) : 0;
  const lastRecord = s.history[s.history.length - 1];
  const bloc = blocChanges(t.initial, s.log.slice(t.logStart));
  return {
    seed: t.seed,
    reason: result.reason,
    winners: [...result.winners],
    scores: { ...result.scores },
    rounds: s.round,
    leadersAfterRound1: first ? POWERS.filter((p) => first.standing[p] === top) : [],
    decisions: t.decisions,
    handoffs: t.handoffs,
    events: s.log.filter((e) => e.t === 'event').length,
    actions: t.actions,
    hostRounds: t.hostRounds,
    ipEnd: { ...s.ip },
    threatSetup: sum(scenario.regions.map((r) => r.threat)),
    threatLast: lastRecord ? sum(Object.values(lastRecord.threat)) : 0,
    incidentsLate: s.log.filter((e) => e.t === 'incident' && e.round > scenario.rounds / 2).length,
    coalitionMade: bloc.made,
    blocBroken: bloc.broken,
    tensionPeak: t.tensionPeak,
    doorsSampled: t.doorsSampled,
    doorsOpen: t.doorsOpen,
    agendas: t.agendas,
    agendaSetupVp: t.agendaSetupVp,
  };
}
