/**
 * A replay cursor for a viewer: a recorded game opened once into its list of states (index 0 is the
 * state before the first move, index k the state after move k), and small pure functions to move
 * through it — step forward and back, jump to a round — each returning a plain `Cursor` value that
 * names the state, the move that led to it and the log lines that move wrote. Nothing here mutates.
 */
import { replay, type GameRecord, type RecordedMove } from './record.ts';
import { ok, type Problem, type Result } from './result.ts';
import type { GameState, LogEntry } from './state.ts';

/** A recorded game and every state it passed through (`states.length === record.moves.length + 1`). */
export interface Replay {
  readonly record: GameRecord;
  readonly states: readonly GameState[];
}

/** Where a viewer stands in a replay. */
export interface Cursor {
  /** 0 … `lastIndex(replay)`. */
  index: number;
  state: GameState;
  round: number;
  /** The move that led to this state; null at index 0. */
  move: RecordedMove | null;
  /** The log lines that move wrote (its own effect and any automatic steps it set off). */
  log: LogEntry[];
  atStart: boolean;
  atEnd: boolean;
}

/** Open a record for replay (every move is checked again; a bad move is a problem at `moves.N`). */
export function openReplay(record: GameRecord): Result<Replay, Problem[]> {
  const states = replay(record);
  return states.ok ? ok({ record, states: states.value }) : states;
}

/** The index of the last state. */
export function lastIndex(r: Replay): number {
  return r.states.length - 1;
}

/** The cursor at state `index` (clamped into the replay). */
export function cursorAt(r: Replay, index: number): Cursor {
  const last = lastIndex(r);
  const i = Math.max(0, Math.min(last, Math.trunc(index)));
  const state = r.states[i]!;
  const before = i > 0 ? r.states[i - 1]! : null;
  return {
    index: i,
    state,
    round: state.round,
    move: i > 0 ? r.record.moves[i - 1]! : null,
    log: before ? state.log.slice(before.log.length) : [],
    atStart: i === 0,
    atEnd: i === last,
  };
}

/** One step forward (stays at the end). */
export function stepForward(r: Replay, c: Cursor): Cursor {
  return cursorAt(r, c.index + 1);
}

/** One step back (stays at the start). */
export function stepBack(r: Replay, c: Cursor): Cursor {
  return cursorAt(r, c.index - 1);
}

/** The first and last state index of each round played (round 0 is the setup before the first move). */
export function roundSpans(r: Replay): { round: number; first: number; last: number }[] {
  const spans: { round: number; first: number; last: number }[] = [];
  r.states.forEach((s, i) => {
    const top = spans[spans.length - 1];
    if (top && top.round === s.round) top.last = i;
    else spans.push({ round: s.round, first: i, last: i });
  });
  return spans;
}

/** The cursor at the start of a round (its first decision, after income and the event); clamped to the rounds played. */
export function toRound(r: Replay, round: number): Cursor {
  const spans = roundSpans(r);
  const span = spans.find((s) => s.round === round) ?? (round <= 0 ? spans[0] : spans[spans.length - 1]);
  return cursorAt(r, span?.first ?? 0);
}

/** The start of the next round, or the end when this is the last. */
export function nextRound(r: Replay, c: Cursor): Cursor {
  const next = roundSpans(r).find((s) => s.round > c.round);
  return next ? cursorAt(r, next.first) : cursorAt(r, lastIndex(r));
}

/** The start of this round, or of the previous one when already at this round's start. */
export function previousRound(r: Replay, c: Cursor): Cursor {
  const spans = roundSpans(r);
  const here = spans.find((s) => s.round === c.round);
  if (here && here.first < c.index) return cursorAt(r, here.first);
  const before = spans.filter((s) => s.round < c.round).pop();
  return cursorAt(r, before?.first ?? 0);
}
