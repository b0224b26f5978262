/**
 * The debrief: a finished (or unfinished) game turned into plain data a charting page can draw —
 * each power's influence over time, overall and per region; scores, IP, tension and threat over time;
 * the turning points (the largest swings of influence in a region in one round, each with the moves,
 * events and incidents that caused it); the final map; how the result compares with history; and the
 * scenario's goals and discussion questions. Series are indexed by round: index 0 is the setup,
 * index r the position at round r's scoring (from `state.history`). Pure: it replays, never mutates.
 */
import { applyInPlace, cloneState } from './fast.ts';
import { ledger, type LedgerRow } from './ledger.ts';
import type { Move } from './moves.ts';
import type { GameRecord } from './record.ts';
import { threatStep } from './round.ts';
import type { LocalText, Source } from './schema.ts';
import { controller, regionIds, totalInfluence } from './selectors.ts';
import type { Base, GameResult, GameState } from './state.ts';
import { POWERS, byPower, hostOf, type ByPower, type Power, type RegionId } from './vocabulary.ts';

/** The position at one round's scoring (round 0: the setup). */
export interface DebriefPoint {
  round: number;
  influence: Record<string, ByPower<number>>;
  threat: Record<string, number>;
  stability: Record<string, number>;
  control: Record<string, Power | null>;
  scores: ByPower<number>;
  ip: ByPower<number>;
  tension: number;
}

/** Something that moved influence in a turning point's region during its round. */
export type Cause =
  | { kind: 'move'; step: number; power: Power; move: Move; outcome: string; change: Partial<ByPower<number>> }
  | { kind: 'round-start'; event: string | null; title: LocalText | null; change: Partial<ByPower<number>> }
  | { kind: 'round-end'; incident: boolean; leaseEnded: Power[]; change: Partial<ByPower<number>> };

export interface TurningPoint {
  round: number;
  region: RegionId;
  /** Net influence change in the region over the round, by power (non-zero only). */
  change: Partial<ByPower<number>>;
  /** The sum of the absolute changes. */
  swing: number;
  controlBefore: Power | null;
  controlAfter: Power | null;
  causes: Cause[];
}

export interface FinalRegion {
  region: RegionId;
  host: Power;
  controller: Power | null;
  influence: ByPower<number>;
  threat: number;
  stability: number;
  bases: Base[];
}

export interface HistoryComparison {
  outcome: LocalText;
  source: Source;
  /** When the scenario names history's leading power in some regions: did the game end the same way? */
  leader?: {
    power: Power;
    regions: RegionId[];
    /** The power with the most influence over those regions at the end (null on a tie for first). */
    gameLeader: Power | null;
    matches: boolean;
    controlled: ByPower<number>;
  };
}

export interface Debrief {
  scenario: { id: string; title: LocalText; startDate: LocalText; rounds: number };
  /** The rounds the series cover: 0 (setup), 1, 2, … */
  rounds: number[];
  points: DebriefPoint[];
  influence: { total: ByPower<number[]>; byRegion: Record<string, ByPower<number[]>> };
  scores: ByPower<number[]>;
  ip: ByPower<number[]>;
  tension: number[];
  threat: Record<string, number[]>;
  turningPoints: TurningPoint[];
  finalMap: FinalRegion[];
  result: GameResult | null;
  comparison: HistoryComparison;
  goals: LocalText[];
  questions: LocalText[];
}

function pointOf(s: GameState, round: number, scores = s.vp): DebriefPoint {
  const influence: Record<string, ByPower<number>> = {};
  const threat: Record<string, number> = {};
  const stability: Record<string, number> = {};
  const control: Record<string, Power | null> = {};
  for (const id of regionIds(s)) {
    const r = s.regions[id]!;
    influence[id] = { ...r.influence };
    threat[id] = r.threat;
    stability[id] = r.stability;
    control[id] = controller(s, id);
  }
  return { round, influence, threat, stability, control, scores: { ...scores }, ip: { ...s.ip }, tension: s.tension };
}

/**
 * The position at each round's scoring. The move that ended a round is replayed on a copy whose turn
 * order has a spare seat (so the round does not end there) and the round's threat step is run on it:
 * that is the board the round was scored on. IP, scores and tension come from the round's snapshot.
 */
export function roundPoints(record: GameRecord, states: readonly GameState[]): DebriefPoint[] {
  const points = [pointOf(states[0]!, 0)];
  for (let i = 1; i < states.length; i++) {
    const before = states[i - 1]!;
    const after = states[i]!;
    if (after.history.length <= before.history.length) continue;
    const snap = after.history[before.history.length]!;
    const s = cloneState(before, false);
    s.order.push(s.order[s.order.length - 1]!);
    const { power, move } = record.moves[i - 1]!;
    if (applyInPlace(s, power, move)) throw new Error(`move ${i - 1} does not replay`);
    threatStep(s);
    points.push({ ...pointOf(s, snap.round, snap.scores), ip: { ...snap.ip }, tension: snap.tension });
  }
  const last = states[states.length - 1]!;
  const top = points[points.length - 1]!;
  if (last.step === 'ended' && top.round < last.round) points.push(pointOf(last, last.round));
  return points;
}

const sumBy = (values: Partial<ByPower<number>>) => POWERS.reduce((n, p) => n + Math.abs(values[p] ?? 0), 0);

function causesIn(rows: readonly LedgerRow[], final: GameState, round: number, region: RegionId): Cause[] {
  const causes: Cause[] = [];
  for (const row of rows) {
    if (row.round !== round) continue;
    const change = row.delta.influence[region];
    if (!change || sumBy(change) === 0) continue;
    if (row.kind === 'move' && row.step !== null && row.power && row.move) {
      causes.push({ kind: 'move', step: row.step, power: row.power, move: row.move, outcome: row.outcome, change });
    } else if (row.kind === 'round-start') {
      const card = row.event ? final.scenario.events.find((e) => e.id === row.event) : undefined;
      causes.push({ kind: 'round-start', event: row.event ?? null, title: card?.title ?? null, change });
    } else if (row.kind === 'round-end') {
      const log = final.log.filter((e) => 'round' in e && e.round === round);
      const incident = log.some((e) => e.t === 'incident' && e.region === region);
      const leaseEnded = log.flatMap((e) => (e.t === 'leaseEnded' && e.region === region ? [e.power] : []));
      causes.push({ kind: 'round-end', incident, leaseEnded, change });
    }
  }
  return causes;
}

/** The `limit` largest swings of influence in one region over one round, largest first. */
export function turningPoints(
  points: readonly DebriefPoint[],
  rows: readonly LedgerRow[],
  final: GameState,
  limit = 5,
): TurningPoint[] {
  const found: (TurningPoint & { weight: number })[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    for (const id of regionIds(final)) {
      const change: Partial<ByPower<number>> = {};
      for (const p of POWERS) {
        const d = b.influence[id]![p] - a.influence[id]![p];
        if (d !== 0) change[p] = d;
      }
      const swing = sumBy(change);
      const flipped = a.control[id] !== b.control[id];
      if (swing === 0 && !flipped) continue;
      found.push({
        round: b.round,
        region: id,
        change,
        swing,
        controlBefore: a.control[id] ?? null,
        controlAfter: b.control[id] ?? null,
        causes: causesIn(rows, final, b.round, id),
        weight: swing + (flipped ? 3 : 0),
      });
    }
  }
  found.sort((x, y) => y.weight - x.weight || x.round - y.round);
  return found.slice(0, limit).map(({ weight: _weight, ...t }) => t);
}

function comparisonOf(final: GameState): HistoryComparison {
  const h = final.scenario.history;
  const out: HistoryComparison = { outcome: h.outcome, source: h.source };
  if (!h.leader) return out;
  const regions = h.leader.regions.filter((id) => final.regions[id]);
  const totals = byPower((p) => totalInfluence(final, p, regions));
  const top = Math.max(...POWERS.map((p) => totals[p]));
  const leaders = POWERS.filter((p) => totals[p] === top);
  const gameLeader = leaders.length === 1 ? leaders[0]! : null;
  const controlled = byPower((p) => regions.filter((id) => controller(final, id) === p).length);
  out.leader = { power: h.leader.power, regions, gameLeader, matches: gameLeader === h.leader.power, controlled };
  return out;
}

/** The debrief of a game, from its record and the states `replay` returned for it. */
export function debrief(record: GameRecord, states: readonly GameState[], limit = 5): Debrief {
  const final = states[states.length - 1]!;
  const points = roundPoints(record, states);
  const rows = ledger(record, states);
  const ids = regionIds(final);
  const series = (f: (pt: DebriefPoint) => number) => points.map(f);
  const byRegion: Record<string, ByPower<number[]>> = {};
  const threat: Record<string, number[]> = {};
  for (const id of ids) {
    byRegion[id] = byPower((p) => series((pt) => pt.influence[id]![p]));
    threat[id] = series((pt) => pt.threat[id]!);
  }
  const s = final.scenario;
  return {
    scenario: { id: s.id, title: s.title, startDate: s.startDate, rounds: s.rounds },
    rounds: points.map((pt) => pt.round),
    points,
    influence: {
      total: byPower((p) => series((pt) => ids.reduce((n, id) => n + pt.influence[id]![p], 0))),
      byRegion,
    },
    scores: byPower((p) => series((pt) => pt.scores[p])),
    ip: byPower((p) => series((pt) => pt.ip[p])),
    tension: series((pt) => pt.tension),
    threat,
    turningPoints: turningPoints(points, rows, final, limit),
    finalMap: ids.map((id) => {
      const r = final.regions[id]!;
      return {
        region: id,
        host: hostOf(id),
        controller: controller(final, id),
        influence: { ...r.influence },
        threat: r.threat,
        stability: r.stability,
        bases: r.bases.map((b) => ({ ...b })),
      };
    }),
    result: final.result,
    comparison: comparisonOf(final),
    goals: s.teacherNotes.goals,
    questions: s.teacherNotes.questions,
  };
}
