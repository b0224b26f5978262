/**
 * The light policy: the novice's flowchart (doors, fires, special, bases, blocs, security, aid), the
 * policy every seat follows inside the strategist's playouts. It is played on a sampled world, where
 * each power reads its own (sampled) agenda; it is cheap because it previews only the few operations
 * its boxes name instead of weighing every legal one.
 */
import type { Bot } from './bot.ts';
import { levelDecision } from './flowchart.ts';
import { NOVICE_RULES, runRules } from './novice.ts';

export function lightPolicy(): Bot {
  return {
    id: 'light',
    label: 'Light playout policy',
    decide(world, me, ctx) {
      return levelDecision(world, me, ctx, (x) => runRules(NOVICE_RULES, x));
    },
  };
}
