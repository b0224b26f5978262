/**
 * Who sits at each power: a human at the shared device, or a computer player of a given level
 * (a bot id from the registry in `game/ai`). Plus the computer players' pace, which a class can
 * slow down to follow or speed up to get on with it.
 */
import { BOTS, PLAY_LEVELS, getBot, type Bot } from '../../game/ai/index.ts';
import { byPower, type ByPower } from '../../game/index.ts';

export type Seat = { kind: 'human' } | { kind: 'computer'; bot: string };
export type Seats = ByPower<Seat>;

export const SPEEDS = ['slow', 'normal', 'fast'] as const;
export type Speed = (typeof SPEEDS)[number];

/** Milliseconds a computer player waits before each decision, per speed. */
export const SPEED_DELAY: Record<Speed, number> = { slow: 2500, normal: 1200, fast: 40 };

/** The level a seat falls back to when a saved level no longer exists: the middle of the play levels. */
export function defaultBotId(): string {
  return PLAY_LEVELS[Math.floor((PLAY_LEVELS.length - 1) / 2)]?.id ?? BOTS[0]?.id ?? 'random';
}

/** Every seat human: the classroom default. */
export function allHuman(): Seats {
  return byPower(() => ({ kind: 'human' }));
}

/** The bot for a seat, falling back to the default level when a saved id no longer exists. */
export function botFor(seat: Seat): Bot | undefined {
  if (seat.kind !== 'computer') return undefined;
  return getBot(seat.bot) ?? getBot(defaultBotId());
}

export function isSpeed(value: unknown): value is Speed {
  return typeof value === 'string' && (SPEEDS as readonly string[]).includes(value);
}
