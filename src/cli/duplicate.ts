/**
 * Head to head in duplicate, as in duplicate bridge: the engine of `npm run strength`, and the strength
 * block of `npm run balance`. Five seats and five unequal powers make "X beats Y" slippery, so for each
 * seed Y plays all five seats (the par game); then, for each seat in turn, the same seed is played again
 * with X in that seat and Y in the other four. X "beats" Y on that deal when it finishes higher in the
 * standings from that seat than Y did with the same seed, or at the same place with more VP (a full tie
 * counts half). Every seat is rotated through, so the unequal powers weigh equally, and the same dice
 * and the same bots' rngs make the comparison as close to like-for-like as play allows.
 *
 * The search level runs here on a fixed budget of futures per decision, so a run is reproducible.
 * Games are played on worker threads (`duplicate-worker.ts`) and put back in job order before counting.
 */
import { Worker } from 'node:worker_threads';
import type { Bot } from '../../game/ai/index.ts';
import { getScenario } from '../../game/scenarios/index.ts';
import { gameSeed, playGame } from '../../game/sim/play.ts';
import { POWERS, byPower, type ByPower, type Power } from '../../game/vocabulary.ts';
import { botOf as botOrProblem } from './strength-args.ts';

export interface DuplicateOptions {
  scenario: string;
  seeds: number;
  seed: number;
  pairs: [string, string][];
  futures: number;
  workers: number;
}

/** One game to play: the par game of a seed (seat null), or X in one seat. */
export interface Job {
  pair: number;
  index: number;
  seat: Power | null;
}

/** What a duplicate game leaves behind. */
export interface DuplicateGame {
  job: Job;
  scores: ByPower<number>;
  winners: Power[];
}

/** A bot by id (see `strength-args.ts`: the search level on a fixed number of futures, with tuning options). */
export function botOf(id: string, futures: number): Bot | undefined {
  const bot = botOrProblem(id, futures);
  return typeof bot === 'string' ? undefined : bot;
}

export function jobsOf(o: DuplicateOptions): Job[] {
  const jobs: Job[] = [];
  o.pairs.forEach((_, pair) => {
    for (let index = 0; index < o.seeds; index++) {
      jobs.push({ pair, index, seat: null });
      for (const seat of POWERS) jobs.push({ pair, index, seat });
    }
  });
  return jobs;
}

/** Play one job of a duplicate run. */
export function playJob(o: DuplicateOptions, job: Job): DuplicateGame {
  const [x, y] = o.pairs[job.pair]!;
  const bx = botOf(x, o.futures)!;
  const by = botOf(y, o.futures)!;
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
export interface PairFigures {
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

/** The figures of each pair, from its games. */
export function figures(o: DuplicateOptions, results: readonly DuplicateGame[]): PairFigures[] {
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

/** The figures as a Markdown table. */
export function table(o: DuplicateOptions, rows: readonly PairFigures[]): string {
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

/** Start a worker running `duplicate-worker.ts` through tsx, as the CLI itself runs. */
function startWorker(o: DuplicateOptions): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./duplicate-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData: o });
}

/** Play every job (on `o.workers` threads) and return the games in job order. */
export async function runDuplicate(
  o: DuplicateOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<DuplicateGame[]> {
  const jobs = jobsOf(o);
  const out: DuplicateGame[] = [];
  const workers = Math.max(1, Math.min(o.workers, jobs.length));
  if (workers === 1) {
    for (const j of jobs) {
      out.push(playJob(o, j));
      onProgress?.(out.length, jobs.length);
    }
  } else {
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
        worker.on('message', (m: DuplicateGame | 'ready') => {
          if (m !== 'ready') {
            out.push(m);
            onProgress?.(out.length, jobs.length);
          }
          feed();
        });
        worker.on('error', reject);
      }
    });
  }
  const order = (j: Job) => (j.pair * o.seeds + j.index) * 6 + (j.seat === null ? 0 : 1 + POWERS.indexOf(j.seat));
  return out.sort((a, b) => order(a.job) - order(b.job));
}
