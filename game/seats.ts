/**
 * Who sits at each power — a human at the shared device or a computer player of a given level (a bot
 * id from `game/ai`) — and the computer players' pace, which a class can slow down to follow or speed
 * up to get on with it. Vocabulary shared by the board (ui/) and the shell that runs a match (src/);
 * what a pace means in milliseconds is the shell's business.
 */
import { byPower, type ByPower } from './vocabulary.ts';

export type Seat = { kind: 'human' } | { kind: 'computer'; bot: string };
export type Seats = ByPower<Seat>;

export const SPEEDS = ['slow', 'normal', 'fast'] as const;
export type Speed = (typeof SPEEDS)[number];

/** Every seat human: the classroom default. */
export function allHuman(): Seats {
  return byPower(() => ({ kind: 'human' }));
}
