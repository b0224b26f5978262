/**
 * The two branches side by side: for each power its wins and its score (mean, 10th–90th percentile)
 * as played and in the other branch, then crises, dominance and tension; and each power's score
 * distribution as paired bars on shared bins (the figures in the table are the same numbers).
 */
import { useTranslation } from 'react-i18next';
import { POWERS, type Power } from '../../game/index.ts';
import { scoreHistograms, type BranchSummary, type Histogram } from '../../game/whatif-summary.ts';
import type { Playout } from '../../game/whatif.ts';
import { powerName } from '../view/names.ts';
import { num, pct, wt } from './strings.ts';

interface Props {
  actual: BranchSummary;
  alternative: BranchSummary;
  playouts: { actual: readonly Playout[]; alternative: readonly Playout[] };
}

function ScoreBars({ power, a, b, label }: { power: Power; a: Histogram; b: Histogram; label: string }) {
  const W = 240;
  const H = 70;
  const n = a.counts.length;
  const top = Math.max(1, ...a.counts, ...b.counts);
  const slot = W / n;
  const bar = Math.max(1, slot / 2 - 1);
  return (
    <figure className="whatif-hist" data-testid="whatif-histogram" data-power={power}>
      <figcaption>{label}</figcaption>
      <svg viewBox={`0 0 ${W} ${H + 14}`} width={W} height={H + 14} role="img" aria-label={label}>
        {a.counts.map((c, i) => (
          <rect
            key={`a${i}`}
            className="whatif-bar-actual"
            x={i * slot}
            y={H - (H * c) / top}
            width={bar}
            height={(H * c) / top}
          />
        ))}
        {b.counts.map((c, i) => (
          <rect
            key={`b${i}`}
            className="whatif-bar-alt"
            x={i * slot + bar + 1}
            y={H - (H * c) / top}
            width={bar}
            height={(H * c) / top}
          />
        ))}
        <text x={0} y={H + 12} className="whatif-axis">
          {a.lo}
        </text>
        <text x={W} y={H + 12} textAnchor="end" className="whatif-axis">
          {a.hi}
        </text>
      </svg>
    </figure>
  );
}

export function Spreads({ actual, alternative, playouts }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const score = (s: BranchSummary, p: Power) =>
    wt(t, 'scoreCell', { mean: num(s.score[p].mean, lang), p10: s.score[p].p10, p90: s.score[p].p90 });
  const rows: [string, (s: BranchSummary) => string, string][] = [
    [wt(t, 'crisis'), (s) => pct(s.crisisRate, lang), 'crisis'],
    [wt(t, 'dominance'), (s) => pct(s.dominanceRate, lang), 'dominance'],
    [wt(t, 'peakTension'), (s) => num(s.peakTension.mean, lang), 'peak-tension'],
    [wt(t, 'endTension'), (s) => num(s.tension.mean, lang), 'end-tension'],
  ];
  return (
    <>
      <table className="whatif-table" data-testid="whatif-table">
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {wt(t, 'power')}
            </th>
            <th scope="colgroup" colSpan={2} className="whatif-actual">
              {wt(t, 'asPlayed')}
            </th>
            <th scope="colgroup" colSpan={2} className="whatif-alt">
              {wt(t, 'whatIf')}
            </th>
          </tr>
          <tr>
            <th scope="col">{wt(t, 'wins')}</th>
            <th scope="col">{wt(t, 'score')}</th>
            <th scope="col">{wt(t, 'wins')}</th>
            <th scope="col">{wt(t, 'score')}</th>
          </tr>
        </thead>
        <tbody>
          {POWERS.map((p) => (
            <tr key={p} data-power={p}>
              <th scope="row">{powerName(t, p)}</th>
              <td data-figure="wins-actual">{pct(actual.winRate[p], lang)}</td>
              <td>{score(actual, p)}</td>
              <td data-figure="wins-alternative">{pct(alternative.winRate[p], lang)}</td>
              <td>{score(alternative, p)}</td>
            </tr>
          ))}
          {rows.map(([label, f, id]) => (
            <tr key={id} data-row={id}>
              <th scope="row">{label}</th>
              <td colSpan={2}>{f(actual)}</td>
              <td colSpan={2}>{f(alternative)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="whatif-hists">
        <p className="whatif-legend" aria-hidden="true">
          <span className="whatif-key whatif-bar-actual" /> {wt(t, 'asPlayed')}{' '}
          <span className="whatif-key whatif-bar-alt" /> {wt(t, 'whatIf')} · {wt(t, 'distributionAxis')}
        </p>
        {POWERS.map((p) => {
          const h = scoreHistograms(playouts.actual, playouts.alternative, p);
          return (
            <ScoreBars
              key={p}
              power={p}
              a={h.actual}
              b={h.alternative}
              label={wt(t, 'distribution', { power: powerName(t, p) })}
            />
          );
        })}
      </div>
    </>
  );
}
