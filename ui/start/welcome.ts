/**
 * The start page's small state kept on the device and its seat presets: whether the first-visit card
 * was dismissed, a fresh random seed, and the seatings for a class, one student, or each seat chosen.
 */
import { byPower, type Power } from '../../game/vocabulary.ts';
import type { Seat, Seats } from '../../game/seats.ts';

/** Remembered once the first-visit card was dismissed or the tutorial started. */
export const FIRST_VISIT_KEY = 'roof-of-the-world.welcomed';

export function randomSeed(): string {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return String(a[0]! % 100000);
}

export function welcomed(): boolean {
  try {
    return globalThis.localStorage?.getItem(FIRST_VISIT_KEY) != null;
  } catch {
    return true;
  }
}
export function rememberWelcome(): void {
  try {
    globalThis.localStorage?.setItem(FIRST_VISIT_KEY, new Date().toISOString());
  } catch {
    // Storage off: the card shows again next time, which is harmless.
  }
}

export const seatValue = (s: Seat) => (s.kind === 'human' ? 'human' : `bot:${s.bot}`);
export const seatOf = (v: string): Seat => (v === 'human' ? { kind: 'human' } : { kind: 'computer', bot: v.slice(4) });
export const soloSeats = (me: Power, level: string): Seats =>
  byPower((p) => (p === me ? { kind: 'human' } : { kind: 'computer', bot: level }));
