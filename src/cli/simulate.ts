/**
 * `npm run simulate -- --scenario autumn-2016 --games 1000 --seed 1 [--bots greedy] [--json]`
 *
 * Plays seeded games headless on the engine's fast path (never through boardgame.io's Client) and
 * reports each power's win rate, score spread and action mix. Parsing is in `args.ts`, the batch in
 * `runner.ts`, the output in `report.ts`; this file only wires them to the process: argv in, stdout
 * and exit code out, and a progress bar on stderr when stderr is a terminal.
 */
import { availableParallelism } from 'node:os';
import { BOTS } from '../../game/ai/index.ts';
import { quickSearchBot, searchBot } from '../../game/ai/search.ts';
import { SCENARIO_IDS, getScenario } from '../../game/scenarios/index.ts';
import { summarize } from '../../game/sim/stats.ts';
import { textIn } from '../../game/text.ts';
import { parseArgs, usage } from './args.ts';
import { formatReport, toJson } from './report.ts';
import { progress } from './progress.ts';
import { runGames } from './runner.ts';

async function main(argv: readonly string[]): Promise<number> {
  const known = {
    scenarios: SCENARIO_IDS,
    bots: BOTS.map((b) => b.id),
    // The strategist searches for 750 ms a decision; under --no-timing it plays as strategist-quick (fixed futures).
    onClock: new Map([[searchBot.id, quickSearchBot.id]]),
  };
  const parsed = parseArgs(argv, known);
  if (parsed.kind === 'help') {
    process.stdout.write(`${usage(known)}\n`);
    return 0;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`simulate: ${parsed.message} (see --help)\n`);
    return 2;
  }
  const o = parsed.options;
  const scenario = getScenario(o.scenario)!;
  const workers = o.workers ?? Math.min(availableParallelism(), 8);
  const bar = process.stderr.isTTY ? progress('simulate', o.games) : null;
  const started = performance.now();
  let games;
  try {
    games = await runGames({ scenario: o.scenario, seed: o.seed, games: o.games, bots: o.bots, workers }, bar?.set);
  } catch (e) {
    bar?.done();
    process.stderr.write(`simulate: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  const seconds = (performance.now() - started) / 1000;
  bar?.done();
  const stats = summarize(games);
  const meta = {
    scenario: o.scenario,
    title: textIn(scenario.title, 'en'),
    seed: o.seed,
    bots: o.bots,
    gamesPerSecond: o.timing ? o.games / Math.max(seconds, 1e-9) : null,
    workers: Math.max(1, Math.min(workers, Math.ceil(o.games / 4))),
  };
  process.stdout.write(o.json ? `${JSON.stringify(toJson(stats, meta), null, 2)}\n` : `${formatReport(stats, meta)}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
