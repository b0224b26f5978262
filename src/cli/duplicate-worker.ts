/**
 * A worker thread of the duplicate head-to-head (`duplicate.ts`): plays each job it is sent and posts
 * the game back; the main thread owns the order and the counting.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { playJob, type DuplicateOptions, type Job } from './duplicate.ts';

const port = parentPort;
if (!port) throw new Error('duplicate-worker.ts runs only as a worker thread');
const o = workerData as DuplicateOptions;
port.on('message', (job: Job) => port.postMessage(playJob(o, job)));
port.postMessage('ready');
