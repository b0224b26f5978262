/**
 * A computer players' worker thread (see `decider.ts`): it answers each `DecideAsk` with the seat's
 * move, decided by the bot on the seat's own view with the hot-seat game's fallback (`decideFor`),
 * so that a strategist's search never holds up the server's event loop.
 */
import { parentPort, threadId } from 'node:worker_threads';
import { getBot } from '../../../game/ai/index.ts';
import { decideFor } from '../../app/computer.ts';
import type { DecideAnswer, DecideAsk } from './decider.ts';

parentPort!.on('message', (ask: DecideAsk) => {
  let answer: DecideAnswer;
  try {
    const bot = getBot(ask.bot);
    if (!bot) throw new Error(`no bot "${ask.bot}"`);
    const decided = decideFor(bot, ask.view, ask.power, { rng: ask.rng, now: () => performance.now() });
    answer = { id: ask.id, move: decided.move, threadId };
  } catch (e) {
    answer = { id: ask.id, error: String((e as Error)?.message ?? e), threadId };
  }
  parentPort!.postMessage(answer);
});
