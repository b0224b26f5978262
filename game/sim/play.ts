/**
 * Playing one headless game on the fast path: a private working copy of the state (`cloneState`),
 * moves applied in place (`applyInPlace`), no immer and no boardgame.io. Each bot sees only its own
 * seat (`viewFor`) and draws from its own seeded rng, derived from the game's seed and its power, so
 * a game is fully determined by (scenario, seed, bots). A bot that answers with an illegal move stops
 * the game with an `IllegalMoveError`: the simulator never lets a bad move through or skips it.
 */
import type { Bot } from '../ai/bot.ts';
import { newGame } from '../engine.ts';
import { hostsInPlay } from '../ops/common.ts';
import { applyInPlace, cloneState } from '../fast.ts';
import { actionKindOf, toMove, type Move } from '../moves.ts';
import { seedState, type HasRng } from '../rng.ts';
import type { Scenario } from '../schema.ts';
import type { EndReason, GameState } from '../state.ts';
import { viewFor } from '../view.ts';
import {
  ACTION_KINDS,
  POWERS,
  byPower,
  type ActionKind,
  type ByPower,
  type Power,
  type Reason,
} from '../vocabulary.ts';

/** What one finished game leaves behind for the statistics. */
export interface GameSummary {
  seed: string;
  reason: EndReason;
  winners: Power[];
  scores: ByPower<number>;
  /** Rounds played (the round the game ended in). */
  rounds: number;
  /** Group decisions: operations and event choices (door changes belong to the host's turn). */
  moves: number;
  /** Operations taken, per power and kind. */
  actions: ByPower<Record<ActionKind, number>>;
  /** Each host's doors sampled at every round's end (one per other power), and how many were open. */
  doors: ByPower<DoorTally>;
}

/** Doors sampled and how many of them were open. */
export interface DoorTally {
  sampled: number;
  open: number;
}

/** Each host's doors as they stand (powers that host nothing in play: none sampled). */
export function doorsNow(s: GameState): ByPower<DoorTally> {
  const out = byPower((): DoorTally => ({ sampled: 0, open: 0 }));
  for (const host of hostsInPlay(s)) {
    for (const guest of POWERS) {
      if (guest === host) continue;
      out[host].sampled += 1;
      if (s.doors[host][guest] !== null) out[host].open += 1;
    }
  }
  return out;
}

/**
 * Sums each host's doors at every round's end. Fed after every decision: a decision that leaves its
 * round running updates the round's doors; the operation that ends a round changes no door, so the last
 * update of a round is what the round ended with.
 */
export class RoundDoors {
  readonly total = byPower((): DoorTally => ({ sampled: 0, open: 0 }));
  private current: ByPower<DoorTally> | null = null;

  after(s: GameState, round: number): void {
    if (s.round === round && s.step !== 'ended') {
      this.current = doorsNow(s);
      return;
    }
    if (!this.current) return;
    for (const p of POWERS) {
      this.total[p].sampled += this.current[p].sampled;
      this.total[p].open += this.current[p].open;
    }
    this.current = null;
  }
}

/** Is this move a group decision (an operation or an event choice)? Not the start, not a door change. */
export function isDecision(move: Move): boolean {
  return move.kind !== 'start' && move.kind !== 'door';
}

/** A bot answered with a move the rules refuse. */
export class IllegalMoveError extends Error {
  constructor(
    readonly bot: string,
    readonly power: Power,
    readonly move: Move,
    readonly reason: Reason,
    readonly seed: string,
  ) {
    super(`bot "${bot}" playing ${power} chose an illegal move ${JSON.stringify(move)} (${reason}) in game ${seed}`);
    this.name = 'IllegalMoveError';
  }
}

/** The seed of game `index` in a run started from `seed`. */
export function gameSeed(seed: number | string, index: number): string {
  return `${seed}:${index}`;
}

/**
 * A bot's private random source for one game: derived from the game's seed and its power, and from a
 * salt when one is given (the same deal and dice, only the bots' tie-breaks re-rolled).
 */
export function botRng(seed: string, power: Power, salt = ''): HasRng {
  return { rng: seedState(salt === '' ? `${seed}/bot/${power}` : `${seed}/bot/${power}/${salt}`) };
}

/** A safety net: no game of a ≤20-round scenario comes near this many decisions. */
const MAX_MOVES = 20_000;

const zeroActions = (): Record<ActionKind, number> => {
  const out = {} as Record<ActionKind, number>;
  for (const k of ACTION_KINDS) out[k] = 0;
  return out;
};

/** Options for `runGame`: a salt for the bots' rngs, a watcher called after every decision. */
export interface RunOptions {
  salt?: string;
  /** Called once with the started game, before the first decision. */
  onStart?: (start: GameState) => void;
  /**
   * Called after each move has been applied (door changes included), with the state it left and the
   * round it was taken in.
   */
  onDecision?: (power: Power, move: Move, after: GameState, round: number) => void;
  /** Keep the log and the per-round history of the game (off for plain summaries). */
  record?: boolean;
}

/** Play one game to its end and return its final state (a private copy). */
export function runGame(scenario: Scenario, seed: string, seats: ByPower<Bot>, options: RunOptions = {}): GameState {
  const s = cloneState(newGame(scenario, seed), options.record ?? false);
  const rngs = byPower((p) => botRng(seed, p, options.salt));
  options.onStart?.(s);
  let moves = 0;
  for (let power = toMove(s); power !== null; power = toMove(s)) {
    if (++moves > MAX_MOVES) throw new Error(`game ${seed} did not end within ${MAX_MOVES} moves`);
    const round = s.round;
    const bot = seats[power];
    const { move } = bot.decide(viewFor(s, power), power, rngs[power]);
    const reason = applyInPlace(s, power, move);
    if (reason) throw new IllegalMoveError(bot.id, power, move, reason, seed);
    options.onDecision?.(power, move, s, round);
  }
  if (!s.result) throw new Error(`game ${seed} stopped without a result`);
  return s;
}

/** Play one game to its end with the given bot in each seat. */
export function playGame(scenario: Scenario, seed: string, seats: ByPower<Bot>): GameSummary {
  const actions = byPower(zeroActions);
  const doors = new RoundDoors();
  let moves = 0;
  const s = runGame(scenario, seed, seats, {
    onDecision(power, move, after, round) {
      doors.after(after, round);
      if (!isDecision(move)) return;
      moves += 1;
      const kind = actionKindOf(move);
      if (kind) actions[power][kind] += 1;
    },
  });
  const result = s.result!;
  return {
    seed,
    reason: result.reason,
    winners: [...result.winners],
    scores: { ...result.scores },
    rounds: s.round,
    moves,
    actions,
    doors: doors.total,
  };
}

/** The same bot in every seat. */
export function everySeat(bot: Bot): ByPower<Bot> {
  return byPower(() => bot);
}

/** Play games `from`..`to - 1` of a run (the CLI splits a run into such ranges across workers). */
export function playRange(
  scenario: Scenario,
  seed: number | string,
  seats: ByPower<Bot>,
  from: number,
  to: number,
  onGame?: (summary: GameSummary, index: number) => void,
): GameSummary[] {
  const out: GameSummary[] = [];
  for (let i = from; i < to; i++) {
    const summary = playGame(scenario, gameSeed(seed, i), seats);
    out.push(summary);
    onGame?.(summary, i);
  }
  return out;
}
