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
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Bot } from '../../game/ai/index.ts';
import { getScenario } from '../../game/scenarios/index.ts';
import { gameSeed, playGame } from '../../game/sim/play.ts';
import { POWERS, byPower, type ByPower, type Power } from '../../game/vocabulary.ts';
import { runCommand } from './options.ts';
import { botOf as botOrProblem, STRENGTH_COMMAND, type StrengthValues } from './strength-args.ts';

interface Options {
  scenario: string;
  seeds: number;
  seed: number;
  pairs: [string, string][];
  futures: number;
  workers: number;
  json: boolean;
}

/** One game to play: the par game of a seed (seat null), or X in one seat. */
interface Job {
  pair: number;
  index: number;
  seat: Power | null;
}

interface Played {
  job: Job;
  scores: ByPower<number>;
  winners: Power[];
}

/** The options, with the worker count settled. */
function optionsOf(v: StrengthValues): Options {
  return { ...v, workers: v.workers ?? cpus().length };
}

/** A bot by id (the ids were checked when the arguments were parsed). */
function botOf(id: string, futures: number): Bot {
  const bot = botOrProblem(id, futures);
  if (typeof bot === 'string') throw new Error(bot);
  return bot;
}

function jobsOf(o: Options): Job[] {
  const jobs: Job[] = [];
  o.pairs.forEach((_, pair) => {
    for (let index = 0; index < o.seeds; index++) {
      jobs.push({ pair, index, seat: null });
      for (const seat of POWERS) jobs.push({ pair, index, seat });
    }
  });
  return jobs;
}

function play(o: Options, job: Job): Played {
  const [x, y] = o.pairs[job.pair]!;
  const bx = botOf(x, o.futures);
  const by = botOf(y, o.futures);
  const seats = byPower((p) => (p === job.seat ? bx : by));
  const g = playGame(getScenario(o.scenario)!, gameSeed(o.seed, job.index), seats);
  return { job, scores: g.scores, winners: g.winners };
}

/** Where a seat finished: its place (1 = top; ties share the higher place) and its VP. */
export function standing(scores: ByPower<number>, p: Power): { place: number; vp: number } {
  const others = POWERS.filter((q) => q !== p).map((q) => scores[q]);
  return { place: 1 + others.filter((v) => v > scores[p]).length, vp: scores[p] };
}

/** Positive when standing `a` is better than `b`: a higher place, or the same place with more VP. */
export function compare(a: { place: number; vp: number }, b: { place: number; vp: number }): number {
  return a.place !== b.place ? b.place - a.place : a.vp - b.vp;
}

/** The figures for one pair. */
interface PairFigures {
  x: string;
  y: string;
  games: number;
  deals: number;
  /** Share of deals X beats Y in the same seat (ties half), with its 95% interval. */
  beat: number;
  low: number;
  high: number;
  /** How often the X seat won its game outright, and how often the same seat won the par game. */
  xWins: number;
  parWins: number;
  meanDiff: number;
  seats: ByPower<{ beat: number; meanDiff: number }>;
}

function figures(o: Options, results: readonly Played[]): PairFigures[] {
  return o.pairs.map(([x, y], pair) => {
    const mine = results.filter((r) => r.job.pair === pair);
    const par = new Map(mine.filter((r) => r.job.seat === null).map((r) => [r.job.index, r]));
    const seat = byPower(() => ({ beat: 0, diff: 0, n: 0 }));
    let xWins = 0;
    let parWins = 0;
    for (const r of mine) {
      const p = r.job.seat;
      if (p === null) continue;
      const base = par.get(r.job.index)!;
      const c = compare(standing(r.scores, p), standing(base.scores, p));
      seat[p].beat += c > 0 ? 1 : c === 0 ? 0.5 : 0;
      seat[p].diff += r.scores[p] - base.scores[p];
      seat[p].n += 1;
      if (r.winners.includes(p)) xWins += 1 / r.winners.length;
      if (base.winners.includes(p)) parWins += 1 / base.winners.length;
    }
    const deals = POWERS.reduce((n, p) => n + seat[p].n, 0);
    const beat = POWERS.reduce((n, p) => n + seat[p].beat, 0) / deals;
    const half = 1.96 * Math.sqrt((beat * (1 - beat)) / deals);
    return {
      x,
      y,
      games: mine.length,
      deals,
      beat,
      low: Math.max(0, beat - half),
      high: Math.min(1, beat + half),
      xWins: xWins / deals,
      parWins: parWins / deals,
      meanDiff: POWERS.reduce((n, p) => n + seat[p].diff, 0) / deals,
      seats: byPower((p) => ({ beat: seat[p].beat / seat[p].n, meanDiff: seat[p].diff / seat[p].n })),
    };
  });
}

const pct = (v: number) => `${(100 * v).toFixed(1)}%`;

function table(o: Options, rows: readonly PairFigures[]): string {
  const head = ['X vs Y', 'games', 'deals', 'X beats Y', '95% interval', 'X seat won', 'par seat won', 'mean Δ VP'];
  const seatHead = POWERS.map((p) => p.slice(0, 5));
  const lines = [
    `Head to head in duplicate, ${o.scenario}, seeds ${o.seed}..${o.seed + o.seeds - 1}, strategist at ${o.futures} futures/decision`,
    `| ${[...head, ...seatHead].join(' | ')} |`,
    `|${[...head, ...seatHead].map(() => '---').join('|')}|`,
  ];
  for (const r of rows) {
    const cells = [
      `${r.x} vs ${r.y}`,
      String(r.games),
      String(r.deals),
      pct(r.beat),
      `${pct(r.low)}–${pct(r.high)}`,
      pct(r.xWins),
      pct(r.parWins),
      r.meanDiff.toFixed(1),
      ...POWERS.map((p) => pct(r.seats[p].beat)),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** Start a worker running this file through tsx, as the CLI itself runs. */
function startWorker(o: Options): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const entry = import.meta.url;
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData: o });
}

async function runAll(o: Options, jobs: readonly Job[]): Promise<Played[]> {
  const out: Played[] = [];
  const workers = Math.max(1, Math.min(o.workers, jobs.length));
  if (workers === 1) return jobs.map((j) => play(o, j));
  let next = 0;
  await new Promise<void>((resolve, reject) => {
    let live = workers;
    for (let w = 0; w < workers; w++) {
      const worker = startWorker(o);
      const feed = () => {
        if (next < jobs.length) worker.postMessage(jobs[next++]);
        else {
          void worker.terminate();
          if (--live === 0) resolve();
        }
      };
      worker.on('message', (m: Played | 'ready') => {
        if (m !== 'ready') {
          out.push(m);
          if (process.stderr.isTTY && out.length % 50 === 0)
            process.stderr.write(`\r${out.length}/${jobs.length} games`);
        }
        feed();
      });
      worker.on('error', reject);
    }
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  return out;
}

async function main(values: StrengthValues): Promise<number> {
  const o = optionsOf(values);
  const started = Date.now();
  const order = (j: Job) => (j.pair * o.seeds + j.index) * 6 + (j.seat === null ? 0 : 1 + POWERS.indexOf(j.seat));
  const results = (await runAll(o, jobsOf(o))).sort((a, b) => order(a.job) - order(b.job));
  const rows = figures(o, results);
  if (o.json) console.log(JSON.stringify({ options: o, pairs: rows }, null, 2));
  else console.log(`${table(o, rows)}\n(${((Date.now() - started) / 1000).toFixed(0)} s)`);
  return 0;
}

if (isMainThread) {
  await runCommand(STRENGTH_COMMAND, process.argv.slice(2), async (values) => {
    try {
      return await main(values);
    } catch (e) {
      process.stderr.write(`strength: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
  });
} else {
  const o = workerData as Options;
  parentPort!.on('message', (job: Job) => parentPort!.postMessage(play(o, job)));
  parentPort!.postMessage('ready');
}
