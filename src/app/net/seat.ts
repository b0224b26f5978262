/**
 * A group's seat, kept in the browser under `rotw.seat.<matchID>`: a reload, a closed lid or a lost
 * connection brings the device back to this seat with these credentials — never to another, since
 * the page for a match reads only that match's key. What is read back is checked; anything else is
 * treated as no seat.
 */
import { z } from 'zod';
import { POWERS, type Power } from '../../../game/index.ts';

export interface StoredSeat {
  matchID: string;
  playerID: string;
  power: Power;
  credentials: string;
  name: string;
  code: string;
  scenario: string;
  /** The seat's generation when this device was seated (see the server's class model). */
  generation: number;
}

const Shape = z.object({
  matchID: z.string().min(1).max(200),
  playerID: z.string().regex(/^[0-4]$/),
  power: z.enum(POWERS),
  credentials: z.string().min(1).max(400),
  name: z.string().max(40),
  code: z.string().max(10),
  scenario: z.string().max(100),
  generation: z.number().int().min(0),
});

export const seatKey = (matchID: string) => `rotw.seat.${matchID}`;

export function readSeat(matchID: string): StoredSeat | null {
  try {
    const raw = globalThis.localStorage?.getItem(seatKey(matchID));
    if (!raw) return null;
    const parsed = Shape.safeParse(JSON.parse(raw));
    return parsed.success && parsed.data.matchID === matchID ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeSeat(seat: StoredSeat): boolean {
  try {
    globalThis.localStorage.setItem(seatKey(seat.matchID), JSON.stringify(seat));
    return true;
  } catch {
    return false;
  }
}

export function forgetSeat(matchID: string): void {
  try {
    globalThis.localStorage.removeItem(seatKey(matchID));
  } catch {
    // nothing kept, nothing to forget
  }
}
