/** The figures of a "what if?" run: spreads, shared wins, paired shifts and histograms on shared bins. */
import { describe, expect, it } from 'vitest';
import { byPower, type Power } from './vocabulary.ts';
import type { Playout } from './whatif.ts';
import { compareBranches, pairedShift, scoreHistograms, spread, summarize, winShare } from './whatif-summary.ts';

function playout(index: number, winners: Power[], russia: number, extra: Partial<Playout> = {}): Playout {
  return {
    index,
    reason: 'rounds',
    winners,
    scores: byPower((p) => (p === 'russia' ? russia : 5)),
    tension: 4,
    peakTension: 6,
    blamed: null,
    control: byPower(() => 1),
    rounds: 5,
    ...extra,
  };
}

describe('spread', () => {
  it('gives mean, sample standard deviation and quantiles', () => {
    expect(spread([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({
      mean: 5.5,
      sd: Math.sqrt(82.5 / 9),
      min: 1,
      p10: 2,
      median: 6,
      p90: 10,
      max: 10,
    });
    expect(spread([])).toEqual({ mean: 0, sd: 0, min: 0, p10: 0, median: 0, p90: 0, max: 0 });
  });
});

describe('a branch summary', () => {
  it('shares a tied win, counts crises, their blame and dominance', () => {
    const ps = [
      playout(0, ['russia'], 9),
      playout(1, ['russia', 'china'], 9),
      playout(2, ['china'], 1, { reason: 'crisis', blamed: 'russia' }),
      playout(3, ['tajikistan'], 1, { reason: 'dominance' }),
    ];
    expect(winShare(ps[1]!, 'china')).toBe(0.5);
    const s = summarize(ps);
    expect(s.winRate.russia).toBe(1.5 / 4);
    expect(s.winRate.china).toBe(1.5 / 4);
    expect(s.winRate.tajikistan).toBe(0.25);
    expect(Object.values(s.winRate).reduce((a, b) => a + b, 0)).toBe(1);
    expect(s.crisisRate).toBe(0.25);
    expect(s.dominanceRate).toBe(0.25);
    expect(s.blamedRate.russia).toBe(0.25);
    expect(s.score.russia.mean).toBe(5);
    expect(s.control.china).toBe(1);
  });
});

describe('paired shifts', () => {
  it('pairs playouts by index and calls a shift clear beyond two standard errors', () => {
    const actual = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => playout(i, ['china'], i));
    const better = [7, 6, 5, 4, 3, 2, 1, 0].map((i) => playout(i, ['russia'], i + 3)); // shuffled order, +3 each
    const s = pairedShift(actual, better, (p) => p.scores.russia);
    expect(s).toEqual({ from: 3.5, to: 6.5, delta: 3, se: 0, clear: true });
    const noisy = [0, 1, 2, 3].map((i) => playout(i, ['china'], i % 2 ? 4 : -4));
    expect(pairedShift(actual.slice(0, 4), noisy, (p) => p.scores.russia).clear).toBe(false);
    const v = compareBranches(actual, better, 'russia');
    expect(v.moverWin).toMatchObject({ from: 0, to: 1, clear: true });
    expect(v.rival).toMatchObject({ power: 'china', shift: { from: 1, to: 0 } });
    expect(v.crisis.clear).toBe(false);
    expect(v.anyClear).toBe(true);
  });
});

describe('score histograms', () => {
  it('put both branches on the same bins, every playout counted once', () => {
    const a = [0, 3, 3, 11].map((s, i) => playout(i, ['russia'], s));
    const b = [20, 3].map((s, i) => playout(i, ['russia'], s));
    const { actual, alternative } = scoreHistograms(a, b, 'russia', 7);
    expect(actual).toMatchObject({ lo: 0, hi: 20, width: 3 });
    expect(actual.counts).toHaveLength(7);
    expect(alternative.counts).toHaveLength(7);
    expect(actual.counts).toEqual([1, 2, 0, 1, 0, 0, 0]);
    expect(alternative.counts).toEqual([0, 1, 0, 0, 0, 0, 1]);
  });
});
