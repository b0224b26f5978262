/**
 * The random-legal bot: a uniformly random legal move. The floor every other level must beat, and
 * the driver of property tests and benchmarks.
 */
import { legalMoves } from '../legal.ts';
import { randomInt } from '../rng.ts';
import type { Bot } from './bot.ts';

export const randomBot: Bot = {
  id: 'random',
  label: 'Random (legal moves at random)',
  decide(view, power, rng) {
    const moves = legalMoves(view, power);
    const move = moves[randomInt(rng, moves.length)];
    if (!move) throw new Error(`${power} has no legal move (step ${view.step})`);
    return { move, why: { code: 'random', params: {}, text: 'at random' } };
  },
};
