/**
 * A class session as the class layer keeps it in the store (`ClassDoc.body`): its name, its matches
 * and, per match, who sits at each power — a group (free until it joins, then with the name it gave)
 * or a computer player of a given level — and whether the teacher has paused or ended it.
 */
import type { ByPower } from '../../../game/index.ts';
import type { SeatInfo } from '../../../ui/net/types.ts';

/**
 * One power's seat in a class match: who plays it now (a group, or a computer of level `bot`), the
 * group the teacher assigned (a label), the name the seated group gave and whether one holds
 * credentials now, and `generation` — how many times a group has been seated here (a group's device
 * keeps the number it was seated with, so it can tell that its seat has since been handed on). The
 * wire type `SeatInfo` (ui/net/types.ts) is this with the seat's power and player ID.
 */
export type ClassSeat = Omit<SeatInfo, 'power' | 'playerID'>;

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
