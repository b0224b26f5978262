/** What the "what if?" panel offers: playouts of each branch and the computer players (bot ids); the first of each is the default. */
export const PLAYOUT_CHOICES = [1000, 200, 5000] as const;
export const BOT_CHOICES = ['novice', 'planner'] as const;
export type BotChoice = (typeof BOT_CHOICES)[number];
