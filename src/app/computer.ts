/**
 * Computer players: a seat's bot decides on that seat's own view (never the full state), and the move
 * is played once the pace's delay has passed too. A decision that throws or is illegal is replaced by a
 * legal fallback — `pass` when it is legal, else the first legal move (the event's first option, the
 * start) — so the game never waits forever, and the failure is reported so that the page can say a
 * computer player failed.
 *
 * Who runs the decision is a `Decider`: in the browser a Web Worker (`worker/decider.ts`), so that a
 * search never freezes the page; here, `InlineDecider`, on the calling thread (node, tests, and a
 * browser that cannot start the worker). Both call `decideFor`: one copy of the bots and their fallback.
 */
import type { Bot, BotContext, Explanation } from '../../game/ai/index.ts';
import { checkMove, legalMoves, type GameState, type Move, type Power } from '../../game/index.ts';
import type { Seat } from '../../game/seats.ts';

/** How a computer player failed: its decision threw, or it chose a move that is not legal. */
export type BotProblem = 'threw' | 'illegal';

/** A computer player that failed, and the legal move played in its place. */
export interface BotFailure {
  power: Power;
  /** The bot's id (e.g. "planner"). */
  bot: string;
  problem: BotProblem;
  /** What was played instead (null when the seat had no legal move at all). */
  fallback: Move | null;
}

/** What a computer seat plays: the move, why, and the failure when it is a fallback. */
export interface ComputerMove {
  move: Move | null;
  why: Explanation;
  failure: BotFailure | null;
}

/** A legal move for `power` that commits it to the least: pass, else the first legal move that is not a door change. */
export function fallbackMove(view: GameState, power: Power): Move | null {
  const legal = legalMoves(view, power);
  return legal.find((m) => m.kind === 'pass') ?? legal.find((m) => m.kind !== 'door') ?? null;
}

export const FAILED: Record<BotProblem, Explanation> = {
  threw: { code: 'failed', params: {}, text: 'because it could not decide' },
  illegal: { code: 'failed', params: {}, text: 'because its choice was not legal' },
};

/** The bot's decision for `power` on its own view, or a legal fallback when the decision fails. */
export function decideFor(bot: Bot, view: GameState, power: Power, context: BotContext): ComputerMove {
  let problem: BotProblem;
  try {
    const decision = bot.decide(view, power, context);
    const reason = checkMove(view, power, decision.move);
    if (reason === null) return { move: decision.move, why: decision.why, failure: null };
    console.warn(`${bot.id} chose an illegal move for ${power} (${reason}); playing a fallback`);
    problem = 'illegal';
  } catch (e) {
    console.warn(`${bot.id} failed for ${power}:`, e);
    problem = 'threw';
  }
  const fallback = fallbackMove(view, power);
  return { move: fallback, why: FAILED[problem], failure: { power, bot: bot.id, problem, fallback } };
}

/** One pending computer decision at a time, on a timer. */
export class ComputerTimer {
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** Run `play` after `delay` ms, replacing whatever was pending. */
  schedule(delay: number, play: () => void): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      play();
    }, delay);
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** One computer decision to make: the seat (its bot), the seat's own view, and the decision's random seed. */
export interface DecisionRequest {
  seat: Seat;
  power: Power;
  view: GameState;
  rng: number;
}

/** Runs computer decisions, one at a time. */
export interface Decider {
  /**
   * Decide `request`; `done` is called once, later (never from inside this call), unless `cancel` or
   * another `decide` comes first. Replaces a decision in flight.
   */
  decide(request: DecisionRequest, done: (played: ComputerMove) => void): void;
  /** Drop the decision in flight (its `done` is never called). */
  cancel(): void;
  /** Stop for good. */
  dispose(): void;
}

/** The computer players' clock (their time budgets are spent on it; the engine reads none). */
export const clock = () => performance.now();

/** The decision for a request with the given bots: the bot's move, or a fallback when there is no bot or it fails. */
export function decideRequest(request: DecisionRequest, botOf: (seat: Seat) => Bot | undefined): ComputerMove {
  const { seat, power, view, rng } = request;
  const bot = botOf(seat);
  if (!bot) {
    const fallback = fallbackMove(view, power);
    const id = seat.kind === 'computer' ? seat.bot : 'none';
    return { move: fallback, why: FAILED.threw, failure: { power, bot: id, problem: 'threw', fallback } };
  }
  return decideFor(bot, view, power, { rng, now: clock });
}

/** Decisions on this thread, each on a zero-delay timer (so never inside the move that asked for it). */
export class InlineDecider implements Decider {
  private readonly timer = new ComputerTimer();

  constructor(private readonly botOf: (seat: Seat) => Bot | undefined) {}

  decide(request: DecisionRequest, done: (played: ComputerMove) => void): void {
    this.timer.schedule(0, () => done(decideRequest(request, this.botOf)));
  }

  cancel(): void {
    this.timer.cancel();
  }

  dispose(): void {
    this.timer.cancel();
  }
}
