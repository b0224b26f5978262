/**
 * The passive bot: the baseline the balance report measures every other seat against. It never acts —
 * it passes whenever passing is legal — accepts every request and invitation put to it, and takes the
 * first option of an event choice. A seat that plays like this should score close to nothing and
 * never win (GAME.md, "Victory points are earned").
 */
import { legalMoves } from '../legal.ts';
import type { Bot } from './bot.ts';
import { because } from './explain.ts';

export const passiveBot: Bot = {
  id: 'passive',
  label: 'Passive (always passes, accepts everything)',
  decide(view, power) {
    const moves = legalMoves(view, power);
    const pass = moves.find((m) => m.kind === 'pass');
    if (pass) return { move: pass, why: because('passive') };
    const accept = moves.find((m) => m.kind === 'answer' && m.accept);
    if (accept) return { move: accept, why: because('acceptAlways') };
    const first = moves[0];
    if (!first) throw new Error(`${power} has no legal move (step ${view.step})`);
    if (first.kind === 'choose') return { move: first, why: because('firstOption') };
    return { move: first, why: because('onlyMove') };
  },
};
