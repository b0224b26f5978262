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
 *   --scenario <id>   scenario (default autumn-2016)
 *   --seeds <n>       seeds per pair; each gives 6 games (default 170: 1,020 games a pair)
 *   --seed <n>        first seed (default 1)
 *   --pairs <list>    X/Y pairs (default novice/random,planner/novice,strategist/planner)
 *   --futures <n>     the search level's futures per decision in these games (default 100)
 *   --workers <n>     worker threads (default: one per CPU)
 *   --json            print the figures as JSON
 */
import { cpus } from 'node:os';
import { getScenario } from '../../game/scenarios/index.ts';
import { botOf, figures, runDuplicate, table, type DuplicateOptions } from './duplicate.ts';

interface Options extends DuplicateOptions {
  json: boolean;
}

function parse(argv: readonly string[]): Options {
  const o: Options = {
    scenario: 'autumn-2016',
    seeds: 170,
    seed: 1,
    pairs: [
      ['novice', 'random'],
      ['planner', 'novice'],
      ['strategist', 'planner'],
    ],
    futures: 100,
    workers: cpus().length,
    json: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--scenario') o.scenario = value();
    else if (flag === '--seeds') o.seeds = Number(value());
    else if (flag === '--seed') o.seed = Number(value());
    else if (flag === '--futures') o.futures = Number(value());
    else if (flag === '--workers') o.workers = Number(value());
    else if (flag === '--json') o.json = true;
    else if (flag === '--pairs')
      o.pairs = value()
        .split(',')
        .map((p) => p.split('/') as [string, string]);
    else throw new Error(`unknown option ${flag} (see the header of src/cli/strength.ts)`);
  }
  for (const [x, y] of o.pairs)
    for (const id of [x, y]) if (!botOf(id, o.futures)) throw new Error(`unknown bot ${id}`);
  if (!getScenario(o.scenario)) throw new Error(`unknown scenario ${o.scenario}`);
  return o;
}

async function main(): Promise<void> {
  const o = parse(process.argv.slice(2));
  const started = Date.now();
  const progress = (done: number, total: number) => {
    if (process.stderr.isTTY && done % 50 === 0) process.stderr.write(`\r${done}/${total} games`);
  };
  const results = await runDuplicate(o, progress);
  if (process.stderr.isTTY) process.stderr.write('\n');
  const rows = figures(o, results);
  if (o.json) console.log(JSON.stringify({ options: o, pairs: rows }, null, 2));
  else console.log(`${table(o, rows)}\n(${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
