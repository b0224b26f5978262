/**
 * The class-wide debrief: a session's matches side by side — who won where (scores, ranks, regions
 * held, the secret agendas of the matches that have ended), how influence and tension moved in each
 * (small charts by round, with the tension figures as a table), and the decisions in which the groups
 * chose differently — printable, with the grading exports (CSV, one row a group; JSON, the summary).
 * Every figure comes from `game/class-summary.ts`; a record that does not replay is named, not shown.
 * The page that fetches the session's matches renders this (`/class/<id>`).
 */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  classCsv,
  classJson,
  loadMatches,
  summaryOf,
  type ClassMatch,
  type MatchSummary,
} from '../../game/class-summary.ts';
import { POWERS, formatProblem, textIn } from '../../game/index.ts';
import { download } from '../debrief/download.ts';
import { formatNumber } from '../i18n/number.ts';
import { listOf, powerName } from '../view/names.ts';
import { DecisionsTable } from './DecisionsTable.tsx';
import { RoundChart } from './RoundChart.tsx';
import { ScrollTable } from './ScrollTable.tsx';
import { ct } from './strings.ts';
import './class-debrief.css';

export interface ClassDebriefProps {
  /** The session's matches; a match's `groups` names the group playing each power, shown under its score. */
  matches: readonly ClassMatch[];
  /** The start of the export files' names (e.g. the class's name); "class" when absent. */
  fileName?: string;
}

/** A file name made only of letters, digits and dashes. */
function safeName(name: string): string {
  return (
    name
      .replace(/[^\p{L}\p{N}-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'class'
  );
}

export function ClassDebrief({ matches, fileName = 'class' }: ClassDebriefProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { loaded, problems } = useMemo(() => loadMatches(matches), [matches]);
  const summary = useMemo(() => summaryOf(loaded, problems), [loaded, problems]);
  useEffect(() => {
    document.getElementById('class-heading')?.focus({ preventScroll: true });
  }, []);
  const num = (x: number) => formatNumber(Math.round(x * 10) / 10, lang);
  const resultText = (m: MatchSummary) => {
    if (m.stopped) {
      const top = Math.max(...POWERS.map((p) => m.scores[p]));
      const ahead = POWERS.filter((p) => m.scores[p] === top).map((p) => powerName(t, p));
      if (ahead.length === POWERS.length) return ct(t, 'stoppedLevel', { round: m.round, rounds: m.rounds });
      return ct(t, 'stopped', { round: m.round, rounds: m.rounds, powers: listOf(ahead, lang) });
    }
    if (!m.ended) return ct(t, 'inProgress', { round: m.round, rounds: m.rounds });
    const reason =
      m.reason === 'crisis'
        ? m.blamed
          ? ct(t, 'reasonCrisisBlamed', { power: powerName(t, m.blamed) })
          : ct(t, 'reasonCrisis')
        : m.reason === 'dominance'
          ? ct(t, 'reasonDominance')
          : ct(t, 'reasonRounds');
    return `${ct(t, 'wonBy', {
      winners: listOf(
        m.winners.map((p) => powerName(t, p)),
        lang,
      ),
    })} (${reason})`;
  };
  const name = safeName(fileName);
  const longest = Math.max(0, ...summary.matches.map((m) => m.series.rounds.length));
  const roundLabel = (r: number) => (r === 0 ? ct(t, 'setup') : String(r));
  const anyAgendas = summary.matches.some((m) => m.agendas);
  const totals = [
    ['wins', 'classWins', summary.wins],
    ['mean', 'meanScore', summary.meanScore],
  ] as const;
  const exports = [
    ['csv', 'exportCsv', 'results.csv', () => classCsv(summary), 'text/csv'],
    ['json', 'exportJson', 'summary.json', () => classJson(summary), 'application/json'],
  ] as const;

  return (
    <section className="class-debrief" aria-labelledby="class-heading" data-testid="class-debrief">
      <header className="class-head">
        <h2 id="class-heading" tabIndex={-1}>
          {ct(t, 'heading')}
        </h2>
        <p data-testid="class-count">{ct(t, 'matchCount', { n: summary.matches.length })}</p>
        <div className="class-actions no-print">
          <button type="button" onClick={() => window.print()}>
            {ct(t, 'print')}
          </button>
          {exports.map(([kind, key, file, text, type]) => (
            <button
              type="button"
              key={kind}
              data-testid={`class-export-${kind}`}
              onClick={() => download(`${name}-${file}`, text(), type)}
            >
              {ct(t, key)}
            </button>
          ))}
        </div>
      </header>

      {summary.problems.length > 0 && (
        <div className="class-problems" role="alert" data-testid="class-problems">
          <p>{ct(t, 'problems')}</p>
          <ul>
            {summary.problems.map((p, i) => (
              <li key={i} data-label={p.label}>
                <strong>{p.label}</strong>: {p.problems.slice(0, 3).map(formatProblem).join('; ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {summary.matches.length === 0 && <p>{ct(t, 'empty')}</p>}

      {summary.matches.length > 0 && (
        <>
          <section aria-labelledby="class-results">
            <h3 id="class-results">{ct(t, 'results')}</h3>
            <ScrollTable
              testId="class-results"
              caption={ct(t, 'scoreCaption')}
              cols={[ct(t, 'match'), ct(t, 'scenario'), ct(t, 'result')]}
              powers
              foot={totals.map(([row, key, values]) => (
                <tr data-row={row} key={row}>
                  <th scope="row" colSpan={3}>
                    {ct(t, key)}
                  </th>
                  {POWERS.map((p) => (
                    <td key={p} data-power={p}>
                      {num(values[p])}
                    </td>
                  ))}
                </tr>
              ))}
            >
              {summary.matches.map((m, i) => (
                <tr key={i} data-match={m.label}>
                  <th scope="row">{m.label}</th>
                  <td className="class-text">{textIn(m.scenario.title, lang)}</td>
                  <td className="class-text" data-testid="class-result">
                    {resultText(m)}
                  </td>
                  {POWERS.map((p) => (
                    <td key={p} data-power={p} data-rank={m.rank[p]}>
                      {m.scores[p]}
                      {m.winners.includes(p) ? ' ★' : ''}
                      {m.groups[p] && <div className="class-group">{m.groups[p]}</div>}
                    </td>
                  ))}
                </tr>
              ))}
            </ScrollTable>
            <ScrollTable testId="class-regions" caption={ct(t, 'regions')} cols={[ct(t, 'match')]} powers>
              {summary.matches.map((m, i) => (
                <tr key={i}>
                  <th scope="row">{m.label}</th>
                  {POWERS.map((p) => (
                    <td key={p}>{m.control[p]}</td>
                  ))}
                </tr>
              ))}
            </ScrollTable>
            {anyAgendas && (
              <ScrollTable testId="class-agendas" caption={ct(t, 'agendas')} cols={[ct(t, 'match')]} powers>
                {summary.matches.map((m, i) => (
                  <tr key={i}>
                    <th scope="row">{m.label}</th>
                    {m.agendas ? (
                      POWERS.map((p) => (
                        <td key={p} className="class-text">
                          {ct(t, 'agendaCell', { title: textIn(m.agendas![p].title, lang), vp: m.agendas![p].vp })}
                        </td>
                      ))
                    ) : (
                      <td colSpan={POWERS.length} className="class-text">
                        {ct(t, 'agendasHidden')}
                      </td>
                    )}
                  </tr>
                ))}
              </ScrollTable>
            )}
          </section>

          <section aria-labelledby="class-movement">
            <h3 id="class-movement">{ct(t, 'movement')}</h3>
            <ul className="class-legend" aria-hidden="true">
              {POWERS.map((p) => (
                <li key={p} data-power={p}>
                  <span className={`class-swatch class-swatch-${p}`} /> {powerName(t, p)}
                </li>
              ))}
            </ul>
            <div className="class-multiples">
              {summary.matches.map((m, i) => {
                const labels = m.series.rounds.map(roundLabel);
                return (
                  <div className="class-match-charts" key={i} data-testid="class-match-charts" data-match={m.label}>
                    <h4>{m.label}</h4>
                    <RoundChart
                      title={`${ct(t, 'influenceChart')} — ${m.label}`}
                      labels={labels}
                      lines={POWERS.map((p) => ({ id: p, power: p, values: m.series.influence[p] }))}
                    />
                    <RoundChart
                      title={`${ct(t, 'tensionChart')} — ${m.label}`}
                      labels={labels}
                      lines={[{ id: 'tension', power: null, values: m.series.tension }]}
                    />
                  </div>
                );
              })}
            </div>
            <ScrollTable
              testId="class-tension"
              caption={ct(t, 'tensionTable')}
              cols={[ct(t, 'match'), ...Array.from({ length: longest }, (_, r) => roundLabel(r)), ct(t, 'peak')]}
            >
              {summary.matches.map((m, i) => (
                <tr key={i}>
                  <th scope="row">{m.label}</th>
                  {Array.from({ length: longest }, (_, r) => (
                    <td key={r}>{m.series.tension[r] ?? ''}</td>
                  ))}
                  <td>{m.peakTension}</td>
                </tr>
              ))}
            </ScrollTable>
          </section>

          <DecisionsTable rows={summary.decisions} matches={loaded} />
        </>
      )}
    </section>
  );
}
