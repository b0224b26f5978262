/**
 * The levels a seat can be given on the start screen, weakest first. Each id is also a bot id in the
 * registry (`index.ts`), so `npm run simulate -- --bots <id>` takes the same names.
 */
import type { Bot } from './bot.ts';
import { noviceBot } from './novice.ts';
import { plannerBot } from './planner.ts';
import { quickSearchBot, searchBot } from './search.ts';

export interface PlayLevel {
  /** Bot id, e.g. "planner". */
  id: string;
  /** Short English name for the seat menu; the UI may translate by id. */
  label: string;
  /** One line on how it plays. */
  blurb: string;
}

/** The computer levels for the start screen, ordered weakest to strongest. */
export const PLAY_LEVELS: readonly PlayLevel[] = [
  { id: 'novice', label: 'Novice', blurb: 'Follows a short list of rules drawn from its goals.' },
  { id: 'planner', label: 'Planner', blurb: 'Weighs every operation it could make against its goals.' },
  {
    id: 'strategist',
    label: 'Strategist',
    blurb: 'Weighs its best options, then plays each out to the end of next round in many possible futures.',
  },
];

const LEVEL_BOTS: readonly Bot[] = [noviceBot, plannerBot, searchBot];

/** The bot behind a level id. */
export function levelBot(id: string): Bot | undefined {
  return LEVEL_BOTS.find((b) => b.id === id);
}

/** The level bots, weakest first, and the search level on a fixed budget for simulations (all in `BOTS`). */
export const LEVEL_BOT_LIST: readonly Bot[] = [...LEVEL_BOTS, quickSearchBot];
