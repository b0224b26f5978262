/** The bots that exist, by id: the start screen's seat menu and `npm run simulate --bots` read this. */
import type { Bot } from './bot.ts';
import { greedyBot } from './greedy.ts';
import { noviceBot } from './novice.ts';
import { plannerBot } from './planner.ts';
import { randomBot } from './random.ts';

export type { Bot, Decision, Explanation } from './bot.ts';

export const BOTS: readonly Bot[] = [randomBot, greedyBot, noviceBot, plannerBot];

export function getBot(id: string): Bot | undefined {
  return BOTS.find((b) => b.id === id);
}
