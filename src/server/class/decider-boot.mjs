// The computer players' worker thread starts here: it teaches the thread TypeScript (tsx, as the
// server itself runs) and loads the worker proper, `decider.worker.ts`.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
