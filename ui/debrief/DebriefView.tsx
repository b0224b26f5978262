/**
 * The debrief page: what happened in a game and why, for the class and for handing in. It renders the
 * engine's `debrief` data — the result beside history, influence and score charts (overall or per
 * region), the turning points with their causes, the final map as a table, the learning goals and the
 * discussion questions — and offers the exports (JSON to replay, CSV for a spreadsheet), printing and
 * the replay. It needs the game's record (the board's session keeps one); nothing is computed here
 * that the engine does not already compute. Below, the article's argument and timeline (ui/debrief's
 * ArticleArgument and Timeline: the same for every game).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  POWERS,
  dealOf,
  debrief,
  eventCard,
  exportCsv,
  exportFileName,
  exportJson,
  replay,
  textIn,
  type GameRecord,
  type GameState,
  type Power,
} from '../../game/index.ts';
import { describeMove } from '../view/moveText.ts';
import { WhatIfPanel } from '../whatif/WhatIfPanel.tsx';
import { listOf, powerName, regionName } from '../view/names.ts';
import { ArticleArgument } from './ArticleArgument.tsx';
import { ChartFigure } from './ChartFigure.tsx';
import { SourceTag } from './ProvenanceBadge.tsx';
import { download } from './download.ts';
import { describeTurningPoint, historySentence, influenceSeries, scoreSeries, type Names } from './model.ts';
import { dt } from './strings.ts';
import { Timeline } from './Timeline.tsx';
import './debrief.css';

export interface DebriefViewProps {
  record: GameRecord;
  /** The states `replay(record)` returns, when the caller has them already. */
  states?: readonly GameState[];
  /** Show a "Replay the game" button that calls this. */
  onReplay?: () => void;
  /**
   * The game is still being played on this device. Everything on the page is then public knowledge —
   * influence, banked scores, IP, the moves and events so far — but the game file is not offered: it
   * holds the seed and the deal, which decide the secret agendas. Any game that has not ended is shown
   * so (no seed or deal on the page or in a file name); the map is "the map now", history not compared.
   */
  midGame?: boolean;
}

/** Open every figures table while the page prints (a closed <details> prints nothing), then restore. */
function openTablesForPrint(page: { current: HTMLElement | null }): () => void {
  let opened: HTMLDetailsElement[] = [];
  const before = () => {
    opened = [...(page.current?.querySelectorAll('details:not([open])') ?? [])] as HTMLDetailsElement[];
    opened.forEach((d) => (d.open = true));
  };
  const after = () => opened.forEach((d) => (d.open = false));
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}

export function DebriefView({ record, states, onReplay, midGame = false }: DebriefViewProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const replayed = useMemo(() => {
    if (states) return states;
    const r = replay(record);
    return r.ok ? r.value : null;
  }, [record, states]);
  const d = useMemo(() => (replayed ? debrief(record, replayed) : null), [record, replayed]);
  const [region, setRegion] = useState<string | null>(null);
  const page = useRef<HTMLElement>(null);
  useEffect(() => openTablesForPrint(page), []);
  const names: Names | null = useMemo(() => {
    if (!replayed) return null;
    const final = replayed[replayed.length - 1]!;
    return {
      lang,
      power: (p: Power) => powerName(t, p),
      region: (id: string) => regionName(t, id),
      list: (items: string[]) => listOf(items, lang),
      move: ({ power, move, step }) => {
        const before = replayed[step]!;
        return describeMove(t, before, power, move, lang, before.event?.card);
      },
      event: (id: string) => textIn(eventCard(final, id).title, lang),
    };
  }, [replayed, t, lang]);
  if (!replayed || !d || !names) return null;
  const final = replayed[replayed.length - 1]!;
  const ended = final.step === 'ended';
  // While secrets remain, nothing shown or named may carry the seed or the deal (they decide the agendas).
  const secret = midGame || !ended;
  const deal = dealOf(record);
  const comparison = ended ? historySentence(d, names) : null;
  const regionIds = Object.keys(d.influence.byRegion);

  return (
    <section ref={page} className="debrief-page" aria-labelledby="debrief-heading" data-testid="debrief-page">
      <header className="debrief-head">
        <h2 id="debrief-heading" tabIndex={-1}>
          {dt(lang, 'heading')}: {textIn(d.scenario.title, lang)}
        </h2>
        {!ended && (
          <p className="debrief-so-far" data-testid="debrief-so-far">
            {dt(lang, 'soFar', { round: final.round, rounds: final.scenario.rounds })}
          </p>
        )}
        <div className="debrief-actions no-print">
          <button type="button" onClick={() => window.print()}>
            {dt(lang, 'print')}
          </button>
          {!secret && (
            <button
              type="button"
              data-testid="export-json"
              onClick={() => download(exportFileName(record, 'json', final), exportJson(record), 'application/json')}
            >
              {dt(lang, 'exportJson')}
            </button>
          )}
          <button
            type="button"
            data-testid="export-csv"
            onClick={() => download(exportFileName(record, 'csv', final), exportCsv(record, replayed), 'text/csv')}
          >
            {dt(lang, 'exportCsv')}
          </button>
          {onReplay && (
            <button type="button" data-testid="open-replay" onClick={onReplay}>
              {dt(lang, 'replay')}
            </button>
          )}
        </div>
        {secret && (
          <p className="debrief-secret no-print" data-testid="debrief-secret">
            {dt(lang, 'secretNote')}
          </p>
        )}
      </header>

      <section className="debrief-history" aria-labelledby="debrief-history">
        <h3 id="debrief-history">{dt(lang, 'history')}</h3>
        {d.result && (
          <p data-testid="debrief-result">
            {dt(lang, 'winners', { winners: listOf(d.result.winners.map(names.power), lang) })}
          </p>
        )}
        {d.result && (
          <table data-testid="debrief-scores" className="debrief-scores">
            <caption>{dt(lang, 'finalScore')}</caption>
            <thead>
              <tr>
                {POWERS.map((p) => (
                  <th scope="col" key={p}>
                    {names.power(p)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                {POWERS.map((p) => (
                  <td key={p} data-power={p}>
                    {d.result!.scores[p]}
                    {d.result!.winners.includes(p) ? ' ★' : ''}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        )}
        {comparison && <p data-testid="debrief-comparison">{comparison}</p>}
        <blockquote>
          <strong>{dt(lang, 'inHistory')}:</strong> {textIn(d.comparison.outcome, lang)}
          <footer>
            <SourceTag source={d.comparison.source} />
          </footer>
        </blockquote>
      </section>

      <section className="debrief-charts">
        <h3>{dt(lang, 'influenceOverTime')}</h3>
        <label className="no-print">
          {dt(lang, 'region')}{' '}
          <select value={region ?? ''} onChange={(e) => setRegion(e.target.value || null)} data-testid="debrief-region">
            <option value="">{dt(lang, 'allRegions')}</option>
            {regionIds.map((id) => (
              <option key={id} value={id}>
                {names.region(id)}
              </option>
            ))}
          </select>
        </label>
        <ChartFigure
          id="chart-influence"
          title={`${dt(lang, 'influenceOverTime')} — ${region ? names.region(region) : dt(lang, 'allRegions')}`}
          yLabel={dt(lang, 'influence')}
          series={influenceSeries(d, region, names)}
          lang={lang}
        />
        <h3>{dt(lang, 'scoreOverTime')}</h3>
        <ChartFigure
          id="chart-score"
          title={dt(lang, 'scoreOverTime')}
          yLabel={dt(lang, 'score')}
          series={scoreSeries(d, names)}
          lang={lang}
        />
      </section>

      <section className="debrief-turning" aria-labelledby="debrief-turning">
        <h3 id="debrief-turning">{dt(lang, 'turningPoints')}</h3>
        {d.turningPoints.length === 0 ? (
          <p>{dt(lang, 'noTurningPoints')}</p>
        ) : (
          <ol data-testid="turning-points">
            {d.turningPoints.map((tp) => {
              const text = describeTurningPoint(tp, names);
              return (
                <li key={`${tp.round}-${tp.region}`}>
                  <p>
                    <strong>{text.headline}</strong> {text.control}
                  </p>
                  <ul>
                    {text.causes.map((c, i) => (
                      <li key={i}>{c}</li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <WhatIfPanel record={record} states={replayed} />

      <section className="debrief-map" aria-labelledby="debrief-map">
        <h3 id="debrief-map">{dt(lang, ended ? 'finalMap' : 'mapNow')}</h3>
        <table data-testid="final-map">
          <thead>
            <tr>
              <th scope="col">{dt(lang, 'region')}</th>
              <th scope="col">{dt(lang, 'controller')}</th>
              {POWERS.map((p) => (
                <th scope="col" key={p}>
                  {names.power(p)}
                </th>
              ))}
              <th scope="col">{dt(lang, 'threat')}</th>
              <th scope="col">{dt(lang, 'stability')}</th>
              <th scope="col">{dt(lang, 'bases')}</th>
            </tr>
          </thead>
          <tbody>
            {d.finalMap.map((r) => (
              <tr key={r.region} data-region={r.region}>
                <th scope="row">{names.region(r.region)}</th>
                <td>{r.controller ? names.power(r.controller) : '—'}</td>
                {POWERS.map((p) => (
                  <td key={p}>{r.influence[p]}</td>
                ))}
                <td>{r.threat}</td>
                <td>{r.stability}</td>
                <td>{r.bases.map((b) => `${names.power(b.owner)} ${b.level}`).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="debrief-notes">
        <h3>{dt(lang, 'goals')}</h3>
        <ul>
          {d.goals.map((g, i) => (
            <li key={i}>{textIn(g, lang)}</li>
          ))}
        </ul>
        <h3>{dt(lang, 'questions')}</h3>
        <ol data-testid="debrief-questions">
          {d.questions.map((q, i) => (
            <li key={i}>{textIn(q, lang)}</li>
          ))}
        </ol>
      </section>
      <ArticleArgument />
      <Timeline />
      <p className="debrief-footer" data-testid="debrief-footer">
        {textIn(final.scenario.title, lang)}
        {!secret && ` · ${dt(lang, 'seedLine', { seed: String(record.seed) })}`}
        {!secret && deal !== null && ` · ${dt(lang, 'dealLine', { deal: String(deal) })}`}
      </p>
    </section>
  );
}
