/**
 * What a computer player is. A bot sees only its own seat's view (`viewFor`), decides one move at a
 * time from `legalMoves`, and says why in an explanation the UI can translate (a code and its
 * parameters) — "Russia (computer) reinforced its base in Khatlon because threat there reached 4."
 * Its randomness comes from its own seeded source, never from the game's.
 */
import type { Move } from '../moves.ts';
import type { HasRng } from '../rng.ts';
import type { GameState } from '../state.ts';
import type { Power } from '../vocabulary.ts';

/**
 * What a decision may draw on besides the view: its own seeded random state (which it advances), and
 * a clock (milliseconds) when the caller lends one. The engine reads no clock of its own, so a bot
 * with a time budget spends it only on the clock it is given; without one its budget is a count.
 */
export interface BotContext extends HasRng {
  now?: () => number;
}

/** Why a bot chose its move: a code for translation, its parameters, and the English sentence. */
export interface Explanation {
  code: string;
  params: Record<string, string | number>;
  /** The reason in English, e.g. "because threat there reached 4". */
  text: string;
}

export interface Decision {
  move: Move;
  why: Explanation;
}

export interface Bot {
  /** Stable id used on the command line and in saves, e.g. "greedy". */
  readonly id: string;
  /** Human label for the start screen, e.g. "Greedy (one-move lookahead)". */
  readonly label: string;
  /**
   * Choose a move for `power` in `view` (the state as that power sees it). Called only when the game
   * waits for `power`; must return one of `legalMoves(view, power)`.
   */
  decide(view: GameState, power: Power, rng: BotContext): Decision;
}

/** Why a computer player made a move, kept beside the log line it produced. */
export interface BotNote {
  /** Length of the game log before the move: the note belongs just before the entries at this index. */
  at: number;
  power: Power;
  move: Move;
  why: Explanation;
}
