/**
 * The debrief page's view model: chart series and sentences built from the engine's `Debrief` data.
 * Pure functions of (debrief, names): no React, so they are tested in node and the page only renders.
 * Each power's line differs in colour *and* in dash and point style, so the charts read in greyscale
 * print and without colour vision.
 */
import { POWERS, type ByPower, type Debrief, type Move, type Power, type TurningPoint } from '../../game/index.ts';
import { POWER_LOOK } from '../view/powers.ts';
import { dt } from './strings.ts';

/** Names in the page's language (from the board's i18n). */
export interface Names {
  lang: string;
  power: (p: Power) => string;
  region: (id: string) => string;
  /** "A, B and C". */
  list: (items: string[]) => string;
  /** A move as a phrase, e.g. "aid in Khatlon". */
  move: (cause: { power: Power; move: Move; step: number }) => string;
  /** An event card's title. */
  event: (id: string) => string;
}

export interface Series {
  labels: string[];
  datasets: { power: Power; label: string; data: number[]; color: string; dash: number[]; point: PointStyle }[];
}

type PointStyle = 'rect' | 'circle' | 'triangle' | 'rectRot' | 'star';

const STYLE: ByPower<{ dash: number[]; point: PointStyle }> = {
  russia: { dash: [], point: 'rect' },
  china: { dash: [6, 3], point: 'circle' },
  tajikistan: { dash: [2, 2], point: 'triangle' },
  pakistan: { dash: [10, 4, 2, 4], point: 'rectRot' },
  afghanistan: { dash: [1, 4], point: 'star' },
};

/** Round labels: "Start", "1", "2", … */
export function roundLabels(d: Debrief, lang: string): string[] {
  return d.rounds.map((r) => (r === 0 ? dt(lang, 'setup') : String(r)));
}

/** Influence per power over the rounds, overall (`region` null) or in one region. */
export function influenceSeries(d: Debrief, region: string | null, names: Names): Series {
  const source = region ? d.influence.byRegion[region] : d.influence.total;
  return series(d, names, (p) => source?.[p] ?? []);
}

/**
 * Banked victory points per power over the rounds; for a finished game whose final scores differ
 * (the secret agendas are scored at the end), one more point, "Final", with the final scores.
 */
export function scoreSeries(d: Debrief, names: Names): Series {
  const s = series(d, names, (p) => d.scores[p]);
  const result = d.result;
  if (!result || POWERS.every((p) => d.scores[p][d.scores[p].length - 1] === result.scores[p])) return s;
  return {
    labels: [...s.labels, dt(names.lang, 'final')],
    datasets: s.datasets.map((x) => ({ ...x, data: [...x.data, result.scores[x.power]] })),
  };
}

function series(d: Debrief, names: Names, data: (p: Power) => number[]): Series {
  return {
    labels: roundLabels(d, names.lang),
    datasets: POWERS.map((p) => ({
      power: p,
      label: names.power(p),
      data: data(p),
      color: POWER_LOOK[p].color,
      ...STYLE[p],
    })),
  };
}

const sign = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/** "China +3, Afghanistan −1" */
export function changeText(change: Partial<ByPower<number>>, names: Names): string {
  return POWERS.filter((p) => change[p])
    .map((p) => `${names.power(p)} ${sign(change[p]!)}`)
    .join(', ');
}

/** A turning point as a headline, a control sentence (if control changed) and one line per cause. */
export function describeTurningPoint(
  tp: TurningPoint,
  names: Names,
): { headline: string; control: string | null; causes: string[] } {
  const { lang } = names;
  const headline = dt(lang, 'turningPoint', {
    round: tp.round,
    region: names.region(tp.region),
    changes: changeText(tp.change, names),
  });
  let control: string | null = null;
  if (tp.controlBefore !== tp.controlAfter) {
    const before = tp.controlBefore ? names.power(tp.controlBefore) : '';
    const after = tp.controlAfter ? names.power(tp.controlAfter) : '';
    control =
      tp.controlBefore && tp.controlAfter
        ? dt(lang, 'controlChanged', { before, after })
        : tp.controlAfter
          ? dt(lang, 'controlGained', { after })
          : dt(lang, 'controlLost', { before });
  }
  const causes = tp.causes.map((c) => {
    const changes = changeText(c.change, names);
    switch (c.kind) {
      case 'move':
        return dt(lang, 'causeMove', { power: names.power(c.power), move: names.move(c), changes });
      case 'round-start':
        return c.event
          ? dt(lang, 'causeRoundStart', { event: names.event(c.event), changes })
          : dt(lang, 'causeRoundStartNoEvent', { changes });
      case 'round-end': {
        const what = [
          ...(c.incident ? [dt(lang, 'incident')] : []),
          ...(c.leaseEnded.length
            ? [dt(lang, 'leaseEnded', { powers: names.list(c.leaseEnded.map(names.power)) })]
            : []),
        ];
        return dt(lang, 'causeRoundEnd', { what: what.length ? names.list(what) : dt(lang, 'threatStep'), changes });
      }
    }
  });
  return { headline, control, causes };
}

/** The sentence comparing the game's end with history's leader, or null when the scenario names none. */
export function historySentence(d: Debrief, names: Names): string | null {
  const l = d.comparison.leader;
  if (!l) return null;
  const regions = names.list(l.regions.map(names.region));
  const history = names.power(l.power);
  if (l.matches) return dt(names.lang, 'leaderMatch', { power: history, regions });
  if (!l.gameLeader) return dt(names.lang, 'leaderTie', { history, regions });
  return dt(names.lang, 'leaderDiffer', { history, regions, game: names.power(l.gameLeader) });
}
