/**
 * The figures of a "what if?" run: each branch's spread (win rates, score distributions, tension and
 * crises) and what changed between the branch actually taken and the other one. Playouts of the two
 * branches are paired by index (they share agendas, dice and the bots' rngs: see `whatif.ts`), so a
 * change is judged on the paired differences: it is *clear* when it is more than two standard errors of
 * their mean from zero. Pure arithmetic on `Playout`s; the page writes the sentences.
 */
import type { Playout } from './whatif.ts';
import { POWERS, byPower, type ByPower, type Power } from './vocabulary.ts';

/** A distribution in a few numbers. */
export interface Spread {
  mean: number;
  sd: number;
  min: number;
  p10: number;
  median: number;
  p90: number;
  max: number;
}

/** One branch's figures over its playouts. */
export interface BranchSummary {
  playouts: number;
  /** Share of playouts each power won (a tie shares the win). */
  winRate: ByPower<number>;
  score: ByPower<Spread>;
  /** Share of playouts ended by a crisis, by a dominance, by the last round. */
  crisisRate: number;
  dominanceRate: number;
  /** Share of playouts whose crisis was blamed on each power. */
  blamedRate: ByPower<number>;
  /** Tension at the end, and the highest it reached. */
  tension: Spread;
  peakTension: Spread;
  /** Mean regions each power controlled at the end. */
  control: ByPower<number>;
}

const quantile = (sorted: readonly number[], q: number): number =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** Mean, standard deviation and quantiles of some numbers (all zero for none). */
export function spread(values: readonly number[]): Spread {
  const n = values.length;
  if (n === 0) return { mean: 0, sd: 0, min: 0, p10: 0, median: 0, p90: 0, max: 0 };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    mean,
    sd,
    min: sorted[0]!,
    p10: quantile(sorted, 0.1),
    median: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    max: sorted[n - 1]!,
  };
}

/** A power's share of a playout's win: 1, 1/k on a k-way tie, 0. */
export function winShare(p: Playout, power: Power): number {
  return p.winners.includes(power) ? 1 / p.winners.length : 0;
}

const share = (ps: readonly Playout[], f: (p: Playout) => number) =>
  ps.length === 0 ? 0 : ps.reduce((a, p) => a + f(p), 0) / ps.length;

/** The figures of one branch. */
export function summarize(playouts: readonly Playout[]): BranchSummary {
  return {
    playouts: playouts.length,
    winRate: byPower((pw) => share(playouts, (p) => winShare(p, pw))),
    score: byPower((pw) => spread(playouts.map((p) => p.scores[pw]))),
    crisisRate: share(playouts, (p) => (p.reason === 'crisis' ? 1 : 0)),
    dominanceRate: share(playouts, (p) => (p.reason === 'dominance' ? 1 : 0)),
    blamedRate: byPower((pw) => share(playouts, (p) => (p.blamed === pw ? 1 : 0))),
    tension: spread(playouts.map((p) => p.tension)),
    peakTension: spread(playouts.map((p) => p.peakTension)),
    control: byPower((pw) => share(playouts, (p) => p.control[pw])),
  };
}

/** Counts of whole-number values in bins of `width` from `lo` (the last bin ends at `hi`). */
export interface Histogram {
  lo: number;
  hi: number;
  width: number;
  counts: number[];
}

/** Two branches' distributions of one power's score on the same bins (at most `bins` of them). */
export function scoreHistograms(
  a: readonly Playout[],
  b: readonly Playout[],
  power: Power,
  bins = 12,
): { actual: Histogram; alternative: Histogram } {
  const all = [...a, ...b].map((p) => p.scores[power]);
  const lo = all.length ? Math.min(...all) : 0;
  const hi = all.length ? Math.max(...all) : 0;
  const width = Math.max(1, Math.ceil((hi - lo + 1) / bins));
  const n = Math.max(1, Math.ceil((hi - lo + 1) / width));
  const count = (ps: readonly Playout[]): Histogram => {
    const counts = new Array<number>(n).fill(0);
    for (const p of ps) counts[Math.min(n - 1, Math.floor((p.scores[power] - lo) / width))]! += 1;
    return { lo, hi, width, counts };
  };
  return { actual: count(a), alternative: count(b) };
}

/** How a figure moved from the branch taken to the other one, over paired playouts. */
export interface Shift {
  from: number;
  to: number;
  /** `to - from`. */
  delta: number;
  /** Standard error of the mean paired difference. */
  se: number;
  /** More than two standard errors from zero. */
  clear: boolean;
}

/** The paired shift of a per-playout figure (playouts matched by index; unmatched ones ignored). */
export function pairedShift(
  actual: readonly Playout[],
  alternative: readonly Playout[],
  f: (p: Playout) => number,
): Shift {
  const byIndex = new Map(actual.map((p) => [p.index, p] as const));
  const d: number[] = [];
  let from = 0;
  let to = 0;
  for (const q of alternative) {
    const p = byIndex.get(q.index);
    if (!p) continue;
    const x = f(p);
    const y = f(q);
    from += x;
    to += y;
    d.push(y - x);
  }
  const n = d.length;
  if (n === 0) return { from: 0, to: 0, delta: 0, se: 0, clear: false };
  const s = spread(d);
  const se = s.sd / Math.sqrt(n);
  const delta = s.mean;
  return { from: from / n, to: to / n, delta, se, clear: delta !== 0 && Math.abs(delta) > 2 * se };
}

/** What changed: the deciding power's chances and score, crises, and the rival whose chances moved most. */
export interface WhatIfVerdict {
  mover: Power;
  moverWin: Shift;
  moverScore: Shift;
  crisis: Shift;
  peakTension: Shift;
  /** The other power whose win rate moved most clearly, if any did. */
  rival: { power: Power; shift: Shift } | null;
  /** Any of the above is clear. */
  anyClear: boolean;
}

/** Compare the branch actually taken with the other one, for the power that made the decision. */
export function compareBranches(
  actual: readonly Playout[],
  alternative: readonly Playout[],
  mover: Power,
): WhatIfVerdict {
  const win = (pw: Power) => pairedShift(actual, alternative, (p) => winShare(p, pw));
  const moverWin = win(mover);
  const moverScore = pairedShift(actual, alternative, (p) => p.scores[mover]);
  const crisis = pairedShift(actual, alternative, (p) => (p.reason === 'crisis' ? 1 : 0));
  const peakTension = pairedShift(actual, alternative, (p) => p.peakTension);
  let rival: WhatIfVerdict['rival'] = null;
  for (const pw of POWERS) {
    if (pw === mover) continue;
    const shift = win(pw);
    if (shift.clear && (!rival || Math.abs(shift.delta) > Math.abs(rival.shift.delta))) rival = { power: pw, shift };
  }
  return {
    mover,
    moverWin,
    moverScore,
    crisis,
    peakTension,
    rival,
    anyClear: moverWin.clear || moverScore.clear || crisis.clear || rival !== null,
  };
}
