/**
 * The "what if?" worker: plays its slice of both branches on the pure engine (`branchPlayouts`), a few
 * playouts of one branch and then the same ones of the other, reporting progress as it goes, so the
 * page's thread only draws the bar. Cancelling is the page terminating the worker.
 */
import { getBot, type Bot } from '../../game/ai/index.ts';
import { POWERS, byPower } from '../../game/index.ts';
import { branchPlayouts, type Playout } from '../../game/whatif.ts';
import type { WhatIfJob, WhatIfReply } from './protocol.ts';

/** Playouts of each branch between two progress reports. */
const CHUNK = 10;

const reply = (message: WhatIfReply) => (self as unknown as Worker).postMessage(message);

function run(job: WhatIfJob): WhatIfReply {
  const missing = POWERS.find((p) => !getBot(job.bots[p]));
  if (missing) return { kind: 'error', message: `no computer player "${job.bots[missing]}" for ${missing}` };
  const bots = byPower((p) => getBot(job.bots[p]) as Bot);
  const actual: Playout[] = [];
  const alternative: Playout[] = [];
  for (let from = job.from; from < job.from + job.count; from += CHUNK) {
    const count = Math.min(CHUNK, job.from + job.count - from);
    for (const [move, out] of [
      [job.actual, actual],
      [job.alternative, alternative],
    ] as const) {
      const r = branchPlayouts(job.position, job.power, move, { seed: job.seed, from, count, bots });
      if (!r.ok) return { kind: 'error', message: r.error };
      out.push(...r.value);
    }
    reply({ kind: 'progress', done: actual.length + alternative.length });
  }
  return { kind: 'done', actual, alternative };
}

self.onmessage = (e: MessageEvent<WhatIfJob>) => {
  try {
    reply(run(e.data));
  } catch (error) {
    reply({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
