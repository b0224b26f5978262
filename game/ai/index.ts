/** The bots that exist, by id: the start screen's seat menu and `npm run simulate --bots` read this. */
import type { Bot } from './bot.ts';
import { greedyBot } from './greedy.ts';
import { LEVEL_BOT_LIST } from './levels.ts';
import { passiveBot } from './passive.ts';
import { randomBot } from './random.ts';

export type { Bot, BotContext, BotNote, Decision, Explanation } from './bot.ts';
export { PLAY_LEVELS, levelBot, type PlayLevel } from './levels.ts';

export const BOTS: readonly Bot[] = [randomBot, greedyBot, ...LEVEL_BOT_LIST, passiveBot];

export function getBot(id: string): Bot | undefined {
  return BOTS.find((b) => b.id === id);
}
