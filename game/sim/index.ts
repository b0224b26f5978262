/** Headless simulation: play seeded games on the fast path and aggregate their statistics. */
export * from './play.ts';
export * from './stats.ts';
