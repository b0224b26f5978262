/**
 * Who may take back what, on one device: the acting human its own last move within its own turn (a
 * door change: the operation ends the turn), while it still holds the device. Passing and event choices
 * cannot be taken back. Taking back is the match's (`KeptMatch.takeBack`: one kept state
 * popped); this module only decides whether it is allowed.
 */
import { actingPower, toMove, type GameRecord, type GameState, type Power } from '../../game/index.ts';
import type { Seats } from '../../game/seats.ts';

/** True when the acting human (at the device, `holder`) may take back the record's last move. */
export function canTakeBack(
  states: readonly GameState[],
  record: GameRecord,
  seats: Seats,
  holder: Power | null,
): boolean {
  const last = record.moves[record.moves.length - 1];
  const prev = states[states.length - 2];
  const s = states[states.length - 1];
  const acting = s ? actingPower(s) : null;
  if (!last || !prev || !s || !acting || last.power !== acting || toMove(s) !== acting) return false;
  if (seats[acting].kind !== 'human' || holder !== acting) return false;
  if (last.move.kind !== 'door') return false;
  return prev.round === s.round && prev.turn === s.turn && actingPower(prev) === acting;
}
