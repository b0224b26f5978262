/**
 * Who may take back what, on one device. The human who holds the device may take back any move of
 * theirs — an operation, a pass, a door change, an event choice, joining or leaving a bloc — back to
 * the point where they took the device, for as long as they hold it: once another human has taken the
 * device (pressed "I have the device"), nothing before is theirs to take back. A hand-over that is
 * only pending (the privacy screen is up, nobody has taken the device yet) does not end it: the holder
 * may still take back the move that passed the turn on.
 *
 * Computer seats that moved after the holder's move are taken back with it: no other human has seen
 * those moves, and the computer players decide again once the holder has played. (A computer seat's
 * random choices are seeded by the game and the move's number, so the same position gets the same
 * choice again: undo cannot be used to re-roll a computer player; only a bot on a clock — the
 * strategist — may weigh its futures a little differently.)
 *
 * Nothing is taken back once the game has ended (the result has been shown to the room), and the
 * first move (the deal) never is. Taking back is the match's (`KeptMatch.takeBack`: one kept state
 * popped per move); this module only says how many moves one undo takes back.
 */
import type { GameRecord, Power } from '../../game/index.ts';
import type { Seats } from '../../game/seats.ts';

/** Who holds the device: the human, and the record's length when they took it. */
export interface Holding {
  holder: Power | null;
  /** Moves in the record when the holder took the device; moves before it are not theirs to take back. */
  since: number;
}

/**
 * How many of the record's last moves one undo takes back: the holder's last move and every computer
 * seat's move after it; 0 when the holder may not take anything back.
 */
export function movesToTakeBack(record: GameRecord, seats: Seats, holding: Holding, ended: boolean): number {
  const { holder, since } = holding;
  if (!holder || ended || seats[holder].kind !== 'human') return 0;
  const moves = record.moves;
  for (let i = moves.length - 1; i >= Math.max(since, 1); i--) {
    const played = moves[i]!;
    if (played.move.kind === 'start') return 0;
    if (played.power === holder) return moves.length - i;
    if (seats[played.power].kind === 'human') return 0; // another human's move: never ours to take back
  }
  return 0;
}
