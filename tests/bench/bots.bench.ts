/**
 * Benchmark (`npm run bench:bots`): how long each computer level takes to decide, over positions from
 * seeded games of Autumn 2016 (planners in every seat, so the positions are ones real play reaches).
 * Prints, per level, the median, 95th percentile and maximum decision time — wall clock, which is what
 * a player waits, and this process's CPU time, which a busy machine does not inflate — and, for the
 * search level, how many futures (playouts) it played per second. Targets: rule levels ≤ 20 ms, the
 * search level ≤ 1 s (its time budget is 750 ms by default, so its wall time sits just above that), and
 * the quick search level used by the balance report ≤ 100 ms a decision.
 *
 *   npm run bench:bots -- [--games 12] [--search 24] [--seed 1]
 *
 * --games: seeded games the positions are taken from (every decision of each is timed for the rule
 * levels); --search: how many of those positions the search level is timed on; --seed: the first seed.
 */
import { performance } from 'node:perf_hooks';
import type { Bot } from '../../game/ai/bot.ts';
import { noviceBot } from '../../game/ai/novice.ts';
import { plannerBot } from '../../game/ai/planner.ts';
import { SEARCH_DEFAULTS, makeSearchBot, type SearchOptions } from '../../game/ai/search.ts';
import { applyInPlace, cloneState, getScenario, newGame, toMove } from '../../game/index.ts';
import type { GameState, Power } from '../../game/index.ts';
import { seedState } from '../../game/rng.ts';
import { viewFor } from '../../game/view.ts';

interface Options {
  games: number;
  search: number;
  seed: number;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { games: 12, search: 24, seed: 1 };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]?.replace(/^--/, '') as keyof Options;
    const value = Number(argv[i + 1]);
    if (!(name in opts) || !Number.isInteger(value) || value < 0)
      throw new Error(`usage: bots.bench.ts [--games N] [--search N] [--seed N] (bad: ${argv[i]} ${argv[i + 1]})`);
    opts[name] = value;
  }
  return opts;
}

/** Every decision point of some seeded games played by planners: (state, power to decide). */
function positions(o: Options): [GameState, Power][] {
  const scenario = getScenario('autumn-2016')!;
  const out: [GameState, Power][] = [];
  for (let g = 0; g < o.games; g++) {
    const s = cloneState(newGame(scenario, `bench:${o.seed + g}`), false);
    const rng = { rng: seedState(`bench-bots:${o.seed + g}`) };
    for (let p = toMove(s); p !== null; p = toMove(s)) {
      out.push([cloneState(s, false), p]);
      applyInPlace(s, p, plannerBot.decide(viewFor(s, p), p, rng).move);
    }
  }
  return out;
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

interface Timing {
  wall: number[];
  cpu: number[];
  /** Playouts of each search decision (empty for the rule levels). */
  playouts: number[];
}

/** A search bot that reports how many playouts its last decision played. */
function traced(options: Partial<SearchOptions>): { bot: Bot; last: () => number } {
  let last = 0;
  const bot = makeSearchBot({ ...options, trace: (arms) => (last = arms.reduce((n, a) => n + a.n, 0)) });
  return { bot, last: () => last };
}

function time(bot: Bot, list: readonly [GameState, Power][], playouts?: () => number): Timing {
  const t: Timing = { wall: [], cpu: [], playouts: [] };
  for (const [i, [s, p]] of list.entries()) {
    const view = viewFor(s, p);
    const rng = { rng: seedState(`decide:${i}`), now: () => performance.now() };
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    const d = bot.decide(view, p, rng);
    t.wall.push(performance.now() - w0);
    const c = process.cpuUsage(c0);
    t.cpu.push((c.user + c.system) / 1000);
    if (playouts && d.move.kind !== 'door' && view.step === 'actions') t.playouts.push(playouts());
  }
  return t;
}

const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(0)).padStart(7);

function row(name: string, t: Timing): string {
  const w = [...t.wall].sort((a, b) => a - b);
  const c = [...t.cpu].sort((a, b) => a - b);
  // Per search decision: playouts, and playouts per second of wall clock and of CPU (medians).
  const searched = t.playouts.map((n, i) => ({ n, wall: t.wall[i]!, cpu: t.cpu[i]! })).filter((x) => x.n > 0);
  const median = (xs: number[]) =>
    quantile(
      [...xs].sort((a, b) => a - b),
      0.5,
    );
  const rates = searched.length
    ? `\n${''.padEnd(22)} playouts a decision: median ${median(searched.map((x) => x.n))};` +
      ` playouts/s (median of decisions): ${median(searched.map((x) => (1000 * x.n) / x.wall)).toFixed(0)} wall,` +
      ` ${median(searched.map((x) => (1000 * x.n) / Math.max(1e-3, x.cpu))).toFixed(0)} CPU`
    : '';
  return (
    `${name.padEnd(22)} n=${String(t.wall.length).padStart(5)}  wall ms: median ${ms(quantile(w, 0.5))} p95 ${ms(quantile(w, 0.95))} max ${ms(w[w.length - 1] ?? NaN)}` +
    `   cpu ms: median ${ms(quantile(c, 0.5))} p95 ${ms(quantile(c, 0.95))}${rates}`
  );
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  const all = positions(o);
  const step = Math.max(1, Math.floor(all.length / Math.max(1, o.search)));
  const sample = all.filter((_, i) => i % step === 0).slice(0, o.search);
  console.log(
    `positions: ${all.length} from ${o.games} seeded games of autumn-2016 (search level on ${sample.length})`,
  );
  time(noviceBot, all.slice(0, 50));
  time(plannerBot, all.slice(0, 50));
  const clocked = traced({});
  const quick = traced({ timeMs: Infinity, iterations: 20 });
  time(quick.bot, sample.slice(0, 3));
  console.log(row('novice', time(noviceBot, all)));
  console.log(row('planner', time(plannerBot, all)));
  console.log(row(`strategist (${SEARCH_DEFAULTS.timeMs} ms)`, time(clocked.bot, sample, clocked.last)));
  console.log(row('strategist-quick (20 fut.)', time(quick.bot, sample, quick.last)));
}

main();
