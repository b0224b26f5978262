/**
 * A class session as the class layer keeps it in the store (`ClassDoc.body`): its name, its matches
 * and, per match, who sits at each power — a group (free until it joins, then with the name it gave)
 * or a computer player of a given level — and whether the teacher has paused or ended it.
 */
import type { ByPower } from '../../../game/index.ts';

/** One power's seat in a class match. */
export interface ClassSeat {
  /** Who plays it now. */
  mode: 'group' | 'computer';
  /** The computer player's level (a bot id) while mode is 'computer'. */
  bot: string | null;
  /** The group the teacher assigned to this seat (a label shown on the join page), if any. */
  assigned: string | null;
  /** The name the seated group gave; null while the seat is free. */
  name: string | null;
  /** Whether a group holds credentials for it now. */
  taken: boolean;
  /**
   * How many times a group has been seated here: a group's device keeps the number it was seated
   * with, so it can tell that its seat has since been handed to a computer or to another group.
   */
  generation: number;
}

export interface ClassMatch {
  matchID: string;
  code: string;
  scenario: string;
  paused: boolean;
  ended: boolean;
  seats: ByPower<ClassSeat>;
}

export interface ClassBody {
  name: string;
  /** ISO time the session was created. */
  created: string;
  ended: boolean;
  matches: ClassMatch[];
}

/** Narrow a stored body (JSON written by this module) back to its type. */
export function asBody(body: unknown): ClassBody {
  return body as ClassBody;
}
