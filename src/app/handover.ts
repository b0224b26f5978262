/**
 * The privacy hand-over on one device. The device is held by one human at a time; when the game waits
 * for another human, the board is hidden behind "Pass the device to …" until that human says they
 * have it. A human's own view (their agenda, their objectives) is shown only while the game waits for
 * that human and they hold the device. Whenever no human is in charge — the game waits for a computer
 * seat, a hand-over is pending, or the game has ended — the board shows the spectator view, in which
 * nothing is secret, until the next human takes the device (a computer player's turn may be long,
 * and the group that just played may already have left the device).
 */
import type { Power } from '../../game/index.ts';
import type { Seats } from '../../game/seats.ts';

/** What the device shows, given who holds it and whom the match waits for. */
export interface DeviceView {
  /** The human whose eyes the board is for, or null (privacy screen up, computer seats playing, or ended). */
  viewer: Power | null;
  /** Hand the device to this human before showing anything more. */
  passTo: Power | null;
}

/** The human the game waits for, if the wait is for a human. */
export function humanToMove(waitingFor: Power | null, seats: Seats): Power | null {
  return waitingFor && seats[waitingFor].kind === 'human' ? waitingFor : null;
}

/** Who sees the board, and whether the device must first be passed on. */
export function deviceView(holder: Power | null, waitingFor: Power | null, seats: Seats, ended: boolean): DeviceView {
  const next = humanToMove(waitingFor, seats);
  const passTo = next && next !== holder ? next : null;
  return { viewer: !ended && next !== null && next === holder ? holder : null, passTo };
}
