/**
 * A worker thread of the `simulate` and `balance` commands: plays the chunks of game indices it is sent and posts
 * each game's summary (or balance facts) back. It decides nothing about the run; `runner.ts` owns the order and totals.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { playChunk, type FromWorker, type ToWorker, type WorkerSetup } from './runner.ts';

const port = parentPort;
if (!port) throw new Error('simulate-worker.ts runs only as a worker thread');
const setup = workerData as WorkerSetup;

port.on('message', (m: ToWorker) => {
  if ('stop' in m) {
    port.close();
    return;
  }
  try {
    playChunk(setup, m.from, m.to, (index, played) =>
      port.postMessage({ type: 'game', index, played } satisfies FromWorker),
    );
    port.postMessage({ type: 'chunk' } satisfies FromWorker);
  } catch (e) {
    port.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) } satisfies FromWorker);
  }
});
