/**
 * The passive bot: the baseline the balance report measures every other seat against. It never acts —
 * it passes whenever passing is legal — leaves its doors as the scenario set them (so it takes in every
 * patron the scenario lets in), and takes the first option of an event choice. A seat that plays like this should score close to nothing and
 * never win (GAME.md, "Victory points are earned").
 */
import { legalMoves } from '../legal.ts';
import type { Bot } from './bot.ts';
import { because } from './explain.ts';

export const passiveBot: Bot = {
  id: 'passive',
  label: 'Passive (always passes, leaves its doors as they are)',
  decide(view, power) {
    const moves = legalMoves(view, power);
    const pass = moves.find((m) => m.kind === 'pass');
    if (pass) return { move: pass, why: because('passive') };
    const first = moves[0];
    if (!first) throw new Error(`${power} has no legal move (step ${view.step})`);
    if (first.kind === 'choose') return { move: first, why: because('firstOption') };
    return { move: first, why: because('onlyMove') };
  },
};
