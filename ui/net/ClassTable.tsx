/**
 * SWAP POINT for the lead: a simple class-wide debrief table (each ended match: who won, final VP,
 * tension, moves) with JSON/CSV downloads and print, used by `/class/<id>` until helper "whatif"'s
 * `ui/class-debrief/ClassDebrief.tsx` (props `matches: {label, record}[]`) is on main. Replace its
 * use in `src/app/net/ClassScreen.tsx` and delete this file. The figures come from the engine
 * (`replay` of each record), none is computed here.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { POWERS, replay, textIn, type GameRecord, type GameState } from '../../game/index.ts';
import { useNetT } from '../i18n/net.ts';
import './net.css';

export interface ClassRow {
  label: string;
  record: GameRecord;
  /** Group names by power (computer seats have none). */
  groups: Partial<Record<string, string | null>>;
}

function finalState(record: GameRecord): GameState | null {
  const states = replay(record);
  return states.ok ? states.value[states.value.length - 1]! : null;
}

/** The CSV for grading: one row per match and power. */
export function classCsv(rows: readonly ClassRow[]): string {
  const quote = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
  const lines = [['match', 'scenario', 'power', 'group', 'vp', 'winner', 'tension', 'moves'].join(',')];
  for (const r of rows) {
    const s = finalState(r.record);
    if (!s) continue;
    for (const p of POWERS) {
      const row = [
        r.label,
        r.record.scenario.id,
        p,
        r.groups[p] ?? '',
        s.vp[p],
        s.result?.winners.includes(p) ? 1 : 0,
        s.tension,
        r.record.moves.length,
      ];
      lines.push(row.map(quote).join(','));
    }
  }
  return lines.join('\n') + '\n';
}

export function ClassTable(props: {
  name: string;
  rows: readonly ClassRow[];
  onDownload: (file: string, type: string, text: string) => void;
}) {
  const { name, rows, onDownload } = props;
  const tn = useNetT();
  const { t, i18n } = useTranslation();
  const finals = useMemo(() => rows.map((r) => finalState(r.record)), [rows]);
  if (rows.length === 0) return <p className="net-card">{tn('classDebrief.none')}</p>;
  return (
    <section className="net-card" data-testid="class-table">
      <table className="net-class-table">
        <thead>
          <tr>
            <th scope="col">{tn('classDebrief.scenario')}</th>
            <th scope="col">{tn('classDebrief.winners')}</th>
            {POWERS.map((p) => (
              <th key={p} scope="col">
                {t(`power.${p}`)} ({tn('classDebrief.vp')})
              </th>
            ))}
            <th scope="col">{tn('classDebrief.tension')}</th>
            <th scope="col">{tn('classDebrief.moves')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const s = finals[i];
            const winners = s?.result?.winners ?? [];
            return (
              <tr key={r.label} data-testid={`class-row-${i}`}>
                <th scope="row">
                  {r.label}
                  <br />
                  {textIn(r.record.scenario.title, i18n.language)}
                </th>
                <td>{winners.length ? winners.map((p) => t(`power.${p}`)).join(', ') : tn('classDebrief.nobody')}</td>
                {POWERS.map((p) => (
                  <td key={p}>
                    {s?.vp[p] ?? '—'}
                    {r.groups[p] && <div className="net-hint">{r.groups[p]}</div>}
                  </td>
                ))}
                <td>{s?.tension ?? '—'}</td>
                <td>{r.record.moves.length}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="net-row no-print">
        <button
          type="button"
          onClick={() =>
            onDownload(`${name}.json`, 'application/json', JSON.stringify({ name, matches: rows }, null, 2))
          }
        >
          {tn('classDebrief.downloadJson')}
        </button>
        <button type="button" onClick={() => onDownload(`${name}.csv`, 'text/csv', classCsv(rows))}>
          {tn('classDebrief.downloadCsv')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {tn('classDebrief.print')}
        </button>
      </div>
    </section>
  );
}
