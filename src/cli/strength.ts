/**
 * How strong each computer level is, head to head: `npm run strength -- [options]`.
 *
 * Five seats and five unequal powers make "X beats Y" slippery, so the games are played in duplicate,
 * as in duplicate bridge. For each seed, Y plays all five seats (the par game); then, for each seat in
 * turn, the same seed is played again with X in that seat and Y in the other four. X "beats" Y on that
 * deal when it finishes higher in the standings from that seat than Y did with the same seed, or at the
 * same place with more VP (a full tie counts half). Every seat is
 * rotated through, so the unequal powers weigh equally, and the same dice and the same bots' rngs make
 * the comparison as close to like-for-like as play allows. Reported per pair: the share of deals X
 * wins, its 95% interval, how often the X seat won its game outright against how often that seat won
 * the par game, the mean difference in the seat's own score, and the share of deals won per seat.
 *
 * The search level runs here on a fixed budget of futures per decision (`--futures`, default 100), so
 * a run is reproducible; in play it gets a time budget and usually searches more.
 *
 * `npm run strength -- --help` lists the options (parsed in `strength-args.ts`).
 */
import { cpus } from 'node:os';
import { figures, runDuplicate, table, type DuplicateOptions } from './duplicate.ts';
import { runCommand } from './options.ts';
import { STRENGTH_COMMAND, type StrengthValues } from './strength-args.ts';

interface Options extends DuplicateOptions {
  json: boolean;
}

async function main(values: StrengthValues): Promise<number> {
  const o: Options = { ...values, workers: values.workers ?? cpus().length };
  const started = Date.now();
  const progress = (done: number, total: number) => {
    if (process.stderr.isTTY && done % 50 === 0) process.stderr.write(`\r${done}/${total} games`);
  };
  const results = await runDuplicate(o, progress);
  if (process.stderr.isTTY) process.stderr.write('\n');
  const rows = figures(o, results);
  if (o.json) console.log(JSON.stringify({ options: o, pairs: rows }, null, 2));
  else console.log(`${table(o, rows)}\n(${((Date.now() - started) / 1000).toFixed(0)} s)`);
  return 0;
}

await runCommand(STRENGTH_COMMAND, process.argv.slice(2), async (values) => {
  try {
    return await main(values);
  } catch (e) {
    process.stderr.write(`strength: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
});
