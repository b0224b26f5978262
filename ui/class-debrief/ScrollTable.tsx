/**
 * The class debrief's tables: each scrolls sideways on a small screen, with an optional caption, one
 * header row (`head`, or the column titles `cols` then — with `powers` — a column a power) and its rows.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { POWERS } from '../../game/index.ts';
import { powerName } from '../view/names.ts';

interface Props {
  testId: string;
  caption?: string;
  /** The titles of the first columns. */
  cols: readonly ReactNode[];
  /** A column a power after `cols`. */
  powers?: boolean;
  /** More header cells after those. */
  more?: ReactNode;
  children: ReactNode;
  foot?: ReactNode;
}

export function ScrollTable({ testId, caption, cols, powers = false, more, children, foot }: Props) {
  const { t } = useTranslation();
  return (
    <div className="class-scroll">
      <table data-testid={testId}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {cols.map((c, i) => (
              <th scope="col" key={`c${i}`}>
                {c}
              </th>
            ))}
            {powers &&
              POWERS.map((p) => (
                <th scope="col" key={p}>
                  {powerName(t, p)}
                </th>
              ))}
            {more}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {foot && <tfoot>{foot}</tfoot>}
      </table>
    </div>
  );
}
