/**
 * Running a "what if?" on Web Workers: the playouts are split into one slice a worker (as many workers
 * as the device has cores, up to four), each worker plays its slice of both branches, and the page
 * hears the summed progress and, at the end, every playout in order. `cancel` terminates the workers.
 */
import type { Playout } from '../../game/whatif.ts';
import type { WhatIfJob, WhatIfReply } from './protocol.ts';

export interface WhatIfResult {
  actual: Playout[];
  alternative: Playout[];
  workers: number;
  /** Wall-clock milliseconds from the start to the last worker's answer. */
  ms: number;
}

export interface WhatIfRun {
  result: Promise<WhatIfResult>;
  cancel(): void;
}

/** The workers to use on this device: one a core, between one and four. */
export function defaultWorkers(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min(4, cores || 2));
}

/** A run was cancelled before it finished. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/** Start `playouts` playouts of each branch; `onProgress` hears playouts done (both branches) of `2 × playouts`. */
export function startWhatIf(
  job: Omit<WhatIfJob, 'from' | 'count'>,
  playouts: number,
  onProgress: (done: number, total: number) => void,
  workers = defaultWorkers(),
): WhatIfRun {
  const n = Math.max(1, Math.min(workers, playouts));
  const started = performance.now();
  const pool: Worker[] = [];
  let reject: (e: Error) => void = () => {};
  const result = new Promise<WhatIfResult>((resolve, fail) => {
    reject = fail;
    const done = new Array<number>(n).fill(0);
    const parts: { actual: Playout[]; alternative: Playout[] }[] = [];
    let finished = 0;
    for (let w = 0; w < n; w++) {
      const from = Math.floor((w * playouts) / n);
      const to = Math.floor(((w + 1) * playouts) / n);
      const worker = new Worker(new URL('./whatif.worker.ts', import.meta.url), { type: 'module' });
      pool.push(worker);
      worker.onmessage = (e: MessageEvent<WhatIfReply>) => {
        const m = e.data;
        if (m.kind === 'progress') {
          done[w] = m.done;
          onProgress(
            done.reduce((a, b) => a + b, 0),
            2 * playouts,
          );
        } else if (m.kind === 'error') {
          stop();
          fail(new Error(m.message));
        } else {
          parts[w] = m;
          worker.terminate();
          if (++finished === n) {
            resolve({
              actual: parts.flatMap((p) => p.actual),
              alternative: parts.flatMap((p) => p.alternative),
              workers: n,
              ms: performance.now() - started,
            });
          }
        }
      };
      worker.onerror = (e) => {
        stop();
        fail(new Error(e.message || 'the worker failed'));
      };
      worker.postMessage({ ...job, from, count: to - from } satisfies WhatIfJob);
    }
  });
  function stop() {
    for (const w of pool) w.terminate();
  }
  return {
    result,
    cancel() {
      stop();
      reject(new Cancelled());
    },
  };
}
