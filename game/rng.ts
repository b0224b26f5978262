/**
 * The seeded random source. Its whole state is one 32-bit integer kept in the game state, so a game
 * is determined by (scenario, seed, moves) inside boardgame.io and outside it alike.
 * Algorithm: mulberry32 (public domain), fast and good enough for dice and shuffles.
 */

/** Mix an arbitrary seed (number or string) into a 32-bit starting state. */
export function seedState(seed: number | string): number {
  const s = String(seed);
  let h = 2166136261 >>> 0;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  }
  return h >>> 0;
}

/** The next number in [0, 1) and the state after it. */
export function nextRandom(state: number): [number, number] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/** Anything that carries the random state (the game state, or a draft of it). */
export interface HasRng {
  rng: number;
}

/** Draw a number in [0, 1), advancing the holder's state. */
export function random(holder: HasRng): number {
  const [value, next] = nextRandom(holder.rng);
  holder.rng = next;
  return value;
}

/** Draw an integer in [0, n). */
export function randomInt(holder: HasRng, n: number): number {
  return Math.floor(random(holder) * n);
}
