/**
 * Playing one headless game on the fast path: a private working copy of the state (`cloneState`),
 * moves applied in place (`applyInPlace`), no immer and no boardgame.io. Each bot sees only its own
 * seat (`viewFor`) and draws from its own seeded rng, derived from the game's seed and its power, so
 * a game is fully determined by (scenario, seed, bots). A bot that answers with an illegal move stops
 * the game with an `IllegalMoveError`: the simulator never lets a bad move through or skips it.
 */
import type { Bot } from '../ai/bot.ts';
import { newGame } from '../engine.ts';
import { applyInPlace, cloneState } from '../fast.ts';
import { actionKindOf, toMove, type Move } from '../moves.ts';
import { seedState, type HasRng } from '../rng.ts';
import type { Scenario } from '../schema.ts';
import type { EndReason } from '../state.ts';
import { viewFor } from '../view.ts';
import { ACTION_KINDS, byPower, type ActionKind, type ByPower, type Power, type Reason } from '../vocabulary.ts';

/** What one finished game leaves behind for the statistics. */
export interface GameSummary {
  seed: string;
  reason: EndReason;
  winners: Power[];
  scores: ByPower<number>;
  /** Rounds played (the round the game ended in). */
  rounds: number;
  /** Every decision taken: actions, answers and event choices. */
  moves: number;
  /** Actions taken, per power and action kind. */
  actions: ByPower<Record<ActionKind, number>>;
  /** Requests each power answered, and how many it accepted. */
  answers: ByPower<{ asked: number; accepted: number }>;
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

/** A bot's private random source for one game: derived from the game's seed and its power. */
export function botRng(seed: string, power: Power): HasRng {
  return { rng: seedState(`${seed}/bot/${power}`) };
}

/** A safety net: no game of a ≤20-round scenario comes near this many decisions. */
const MAX_MOVES = 20_000;

const zeroActions = (): Record<ActionKind, number> => {
  const out = {} as Record<ActionKind, number>;
  for (const k of ACTION_KINDS) out[k] = 0;
  return out;
};

/** Play one game to its end with the given bot in each seat. */
export function playGame(scenario: Scenario, seed: string, seats: ByPower<Bot>): GameSummary {
  const s = cloneState(newGame(scenario, seed), false);
  const rngs = byPower((p) => botRng(seed, p));
  const actions = byPower(zeroActions);
  const answers = byPower(() => ({ asked: 0, accepted: 0 }));
  let moves = 0;
  for (let power = toMove(s); power !== null; power = toMove(s)) {
    if (++moves > MAX_MOVES) throw new Error(`game ${seed} did not end within ${MAX_MOVES} moves`);
    const bot = seats[power];
    const { move } = bot.decide(viewFor(s, power), power, rngs[power]);
    const reason = applyInPlace(s, power, move);
    if (reason) throw new IllegalMoveError(bot.id, power, move, reason, seed);
    const kind = actionKindOf(move);
    if (kind) actions[power][kind] += 1;
    if (move.kind === 'answer') {
      answers[power].asked += 1;
      if (move.accept) answers[power].accepted += 1;
    }
  }
  const result = s.result;
  if (!result) throw new Error(`game ${seed} stopped without a result`);
  return {
    seed,
    reason: result.reason,
    winners: [...result.winners],
    scores: { ...result.scores },
    rounds: s.round,
    moves,
    actions,
    answers,
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
