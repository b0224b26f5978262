/**
 * The computer players' worker: the same bots (`game/ai`, through `decideRequest`) deciding off the
 * page's thread, so that a strategist's search never freezes the board. It sees only what the page
 * sends: one seat's view at a time.
 */
import { decideRequest } from '../computer.ts';
import { botFor } from '../seats.ts';
import type { Answer, Ask } from './protocol.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<Ask>) => void) | null;
  postMessage(message: Answer): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const ask = event.data;
  try {
    scope.postMessage({ id: ask.id, played: decideRequest(ask, botFor) });
  } catch (e) {
    // decideFor catches the bot's own failures; this is anything else (a view that would not clone back).
    scope.postMessage({ id: ask.id, error: e instanceof Error ? e.message : String(e) });
  }
};
