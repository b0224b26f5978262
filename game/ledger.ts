/**
 * The ledger of a recorded game: one row per move, with what it cost and how it changed influence,
 * IP and VP, plus a row for each stretch of automatic play (a round's threat step and scoring, the
 * next round's income and event, the game's end). Every figure comes from replaying the record and
 * diffing states, never from the rules' nominal numbers: a clamp at maximum influence shows as it
 * happened. To separate a move from the automatic steps it sets off, the move is replayed on a copy
 * whose turn order has one extra seat, so the round cannot end there; the round's own snapshot
 * (`state.history`) then splits what follows into the round's end and the next round's start.
 * Every operation resolves at once (a host's consent is its door, set beforehand), so each row holds
 * its whole outcome; door changes are rows of their own that cost nothing.
 * Summed over all rows, the changes equal the final state minus the initial one.
 */
import { cloneState, applyInPlace } from './fast.ts';
import { actionKindOf, type Move } from './moves.ts';
import type { GameRecord } from './record.ts';
import type { GameState, LogEntry, RoundRecord } from './state.ts';
import { POWERS, hostOf, type ActionKind, type ByPower, type Power, type RegionId } from './vocabulary.ts';

/** Non-zero changes only: influence by region and power, IP and VP by power. */
export interface Delta {
  influence: Record<string, Partial<ByPower<number>>>;
  ip: Partial<ByPower<number>>;
  vp: Partial<ByPower<number>>;
}

export type RowKind = 'move' | 'round-start' | 'round-end' | 'game-end';
export type Outcome = 'done' | 'formed' | 'joined' | 'left' | '';

export interface LedgerRow {
  kind: RowKind;
  /** Index into `record.moves` for move rows; null for automatic rows. */
  step: number | null;
  round: number;
  power: Power | null;
  move: Move | null;
  action: ActionKind | null;
  region: RegionId | null;
  /** The other party: the host abroad, invitees joined by "+", coalition id, event option, or a door's guest. */
  partner: string | null;
  outcome: Outcome;
  /** IP the row's power paid (0 for automatic rows). */
  cost: number;
  delta: Delta;
  /** For round-start rows: the event card drawn. */
  event?: string;
}

interface Tally {
  influence: Record<string, ByPower<number>>;
  ip: ByPower<number>;
  vp: ByPower<number>;
}

function tallyOf(s: GameState): Tally {
  const influence: Record<string, ByPower<number>> = {};
  for (const id in s.regions) influence[id] = s.regions[id]!.influence;
  return { influence, ip: s.ip, vp: s.vp };
}

function tallyOfRound(h: RoundRecord): Tally {
  return { influence: h.influence, ip: h.ip, vp: h.scores };
}

/** The non-zero differences from `a` to `b`. */
export function diffTally(a: Tally, b: Tally): Delta {
  const d: Delta = { influence: {}, ip: {}, vp: {} };
  for (const id in b.influence) {
    for (const p of POWERS) {
      const change = b.influence[id]![p] - (a.influence[id]?.[p] ?? 0);
      if (change !== 0) (d.influence[id] ??= {})[p] = change;
    }
  }
  for (const p of POWERS) {
    if (b.ip[p] !== a.ip[p]) d.ip[p] = b.ip[p] - a.ip[p];
    if (b.vp[p] !== a.vp[p]) d.vp[p] = b.vp[p] - a.vp[p];
  }
  return d;
}

/** A power's net change of influence over every region in a delta. */
export function influenceChange(d: Delta, power: Power): number {
  let sum = 0;
  for (const id in d.influence) sum += d.influence[id]![power] ?? 0;
  return sum;
}

const empty = (): Delta => ({ influence: {}, ip: {}, vp: {} });

function outcomeOf(log: LogEntry[]): Outcome {
  for (const e of log) {
    switch (e.t) {
      case 'formed':
        return 'formed';
      case 'joined':
        return 'joined';
      case 'left':
        return 'left';
    }
  }
  return 'done';
}

function target(move: Move): { region: RegionId | null; partner: string | null } {
  switch (move.kind) {
    case 'aid':
    case 'base':
    case 'exercise': {
      const host = hostOf(move.region);
      return { region: move.region, partner: host };
    }
    case 'special':
      return { region: move.region ?? null, partner: move.region ? hostOf(move.region) : null };
    case 'found':
      return { region: null, partner: move.invitees.join('+') };
    case 'join':
    case 'leave':
      return { region: null, partner: move.coalition };
    case 'choose':
      return { region: null, partner: move.option };
    case 'door':
      return { region: null, partner: move.guest };
    default:
      return { region: null, partner: null };
  }
}

/** Move agenda VP scored by a game end inside a move (a crisis) out of the move's own delta. */
function splitAgendas(d: Delta, log: LogEntry[]): Delta {
  const end = empty();
  for (const e of log) {
    if (e.t !== 'agenda' || e.vp === 0) continue;
    end.vp[e.power] = (end.vp[e.power] ?? 0) + e.vp;
    const left = (d.vp[e.power] ?? 0) - e.vp;
    if (left === 0) delete d.vp[e.power];
    else d.vp[e.power] = left;
  }
  return end;
}

/** The ledger of a game, from its record and the states `replay` returned for it. */
export function ledger(record: GameRecord, states: readonly GameState[]): LedgerRow[] {
  const rows: LedgerRow[] = [];
  const moves = record.moves;
  let k = 0;
  while (k < moves.length) {
    const { power, move } = moves[k]!;
    const before = states[k]!;
    const row = (delta: Delta, outcome: Outcome, extra: Partial<LedgerRow> = {}): LedgerRow => ({
      kind: 'move',
      step: k,
      round: before.round,
      power,
      move,
      action: actionKindOf(move),
      ...target(move),
      outcome,
      cost: Math.max(0, -(delta.ip[power] ?? 0)),
      delta,
      ...extra,
    });
    if (move.kind === 'start') {
      const after = states[k + 1]!;
      rows.push(row(empty(), 'done'));
      rows.push(auto('round-start', after.round, diffTally(tallyOf(before), tallyOf(after)), after));
      k += 1;
      continue;
    }
    const p = cloneState(before);
    p.order.push(p.order[p.order.length - 1]!);
    const bad = applyInPlace(p, power, move);
    if (bad) throw new Error(`move ${k} does not replay (${bad})`);
    const newLog = p.log.slice(before.log.length);
    const delta = diffTally(tallyOf(before), tallyOf(p));
    const endDelta = splitAgendas(delta, newLog);
    rows.push(row(delta, outcomeOf(newLog)));
    const after = states[k + 1]!;
    if (p.step === 'ended') {
      rows.push(auto('game-end', p.round, endDelta, after));
    } else if (after.history.length > p.history.length) {
      const snapshot = after.history[p.history.length]!;
      rows.push(auto('round-end', snapshot.round, diffTally(tallyOf(p), tallyOfRound(snapshot)), after));
      const next = diffTally(tallyOfRound(snapshot), tallyOf(after));
      rows.push(auto(after.step === 'ended' ? 'game-end' : 'round-start', after.round, next, after));
    } else if (after.step === 'ended') {
      rows.push(auto('game-end', after.round, diffTally(tallyOf(p), tallyOf(after)), after));
    }
    k += 1;
  }
  return rows;
}

function auto(kind: RowKind, round: number, delta: Delta, after: GameState): LedgerRow {
  const event = kind === 'round-start' ? after.event?.card : undefined;
  return {
    kind,
    step: null,
    round,
    power: null,
    move: null,
    action: null,
    region: null,
    partner: null,
    outcome: '',
    cost: 0,
    delta,
    ...(event ? { event } : {}),
  };
}
