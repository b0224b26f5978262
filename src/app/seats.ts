/**
 * What the shell makes of a seating (`game/seats.ts`): which bot plays a computer seat, and how long a
 * computer player waits before each decision at each pace.
 */
import { BOTS, PLAY_LEVELS, getBot, type Bot } from '../../game/ai/index.ts';
import type { Seat, Speed } from '../../game/seats.ts';

/** Milliseconds a computer player waits before each decision, per speed. */
export const SPEED_DELAY: Record<Speed, number> = { slow: 2500, normal: 1200, fast: 40 };

/** The level a seat falls back to when a saved level no longer exists: the middle of the play levels. */
export function defaultBotId(): string {
  return PLAY_LEVELS[Math.floor((PLAY_LEVELS.length - 1) / 2)]?.id ?? BOTS[0]?.id ?? 'random';
}

/** The bot for a seat, falling back to the default level when a saved id no longer exists. */
export function botFor(seat: Seat): Bot | undefined {
  if (seat.kind !== 'computer') return undefined;
  return getBot(seat.bot) ?? getBot(defaultBotId());
}
