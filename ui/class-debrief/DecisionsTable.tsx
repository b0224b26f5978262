/**
 * The decisions side by side: one row a power's decision in a round, one column a match, each cell the
 * move in the board's own words; the rows where the matches chose differently are marked, and by default
 * only those are shown.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionRow, LoadedMatch } from '../../game/class-summary.ts';
import { describeMove } from '../view/moveText.ts';
import { powerName } from '../view/names.ts';
import { ScrollTable } from './ScrollTable.tsx';
import { ct } from './strings.ts';

interface Props {
  rows: readonly DecisionRow[];
  matches: readonly LoadedMatch[];
}

export function DecisionsTable({ rows, matches }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.filter((r) => r.differs);
  return (
    <section className="class-decisions" aria-labelledby="class-decisions">
      <h3 id="class-decisions">{ct(t, 'decisions')}</h3>
      <p>{ct(t, 'decisionsIntro')}</p>
      <label className="no-print">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} data-testid="class-show-all" />{' '}
        {ct(t, 'showAll')}
      </label>
      {shown.length === 0 ? (
        <p data-testid="class-no-differences">{ct(t, 'noDifferences')}</p>
      ) : (
        <ScrollTable testId="class-decisions" cols={[ct(t, 'round'), ...matches.map((m) => m.label)]}>
          {shown.map((row) => (
            <tr
              key={`${row.round}/${row.power}/${row.kind}`}
              data-differs={row.differs}
              className={row.differs ? 'class-differs' : undefined}
            >
              <th scope="row">
                {row.kind === 'event'
                  ? `${ct(t, 'round')} ${row.round} · ${ct(t, 'eventChoice', { power: powerName(t, row.power) })}`
                  : ct(t, 'roundPower', { round: row.round, power: powerName(t, row.power) })}
                {row.differs && <span className="class-differs-mark"> ◆ {ct(t, 'differs')}</span>}
              </th>
              {row.cells.map((cell, i) => {
                if (!cell) return <td key={i}>—</td>;
                const before = matches[i]!.states[cell.index]!;
                return (
                  <td key={i} data-key={cell.key}>
                    {describeMove(t, before, row.power, cell.move, lang, before.event?.card)}
                  </td>
                );
              })}
            </tr>
          ))}
        </ScrollTable>
      )}
    </section>
  );
}
