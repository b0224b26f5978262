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
  decide(view: GameState, power: Power, rng: HasRng): Decision;
}
