/**
 * The board's map area as a keyboard and screen-reader user needs it: a switch between the map and
 * its table view (remembered for the next visit), and arrow keys that move the focus from one region
 * card to the nearest card in that direction (Home and End to the first and last), so the twelve cards
 * need not be walked with Tab. The map itself is the host's to render; the table gets the same targets
 * and the same `onPick`.
 */
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GameState } from '../../game/index.ts';
import type { TargetState } from '../map/RegionCard.tsx';
import { RegionTable } from './RegionTable.tsx';

const TABLE_KEY = 'roof-of-the-world.table';

interface Props {
  map: ReactNode;
  view: GameState;
  targets: ReadonlyMap<string, TargetState>;
  selected: string | null;
  onPick: (region: string) => void;
}

function stored(): boolean {
  try {
    return localStorage.getItem(TABLE_KEY) === '1';
  } catch {
    return false;
  }
}

export function MapOrTable({ map, view, targets, selected, onPick }: Props) {
  const { t } = useTranslation();
  const [table, setTable] = useState(stored);
  const toggle = () => {
    setTable(!table);
    try {
      localStorage.setItem(TABLE_KEY, table ? '0' : '1');
    } catch {
      // Storage off: the choice lasts while the board is up.
    }
  };
  const button = (
    <button type="button" className="view-toggle" onClick={toggle} data-testid="view-toggle">
      {table ? t('a11y.showMap') : t('a11y.showTable')}
    </button>
  );
  if (table) {
    return (
      <div className="region-table-wrap">
        {button}
        <RegionTable view={view} targets={targets} selected={selected} onPick={onPick} />
      </div>
    );
  }
  return (
    <>
      {button}
      <div className="map-keys" onKeyDown={arrowKeys}>
        {map}
      </div>
    </>
  );
}

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** Arrow keys on a region card: focus the nearest card that way. */
function arrowKeys(e: KeyboardEvent<HTMLDivElement>): void {
  const from = (e.target as Element).closest?.('.region-card');
  if (!from) return;
  const cards = [...e.currentTarget.querySelectorAll<SVGGElement>('.region-card')];
  let next: SVGGElement | undefined;
  if (e.key === 'Home') next = cards[0];
  else if (e.key === 'End') next = cards[cards.length - 1];
  else if (DIRECTIONS[e.key]) next = nearest(from, cards, DIRECTIONS[e.key]!);
  else return;
  e.preventDefault();
  next?.querySelector<SVGElement>('[tabindex]')?.focus();
}

function centre(el: Element): [number, number] {
  const r = el.getBoundingClientRect();
  return [r.left + r.width / 2, r.top + r.height / 2];
}

/** The card nearest `from` in direction `d`, weighing sideways distance double. */
function nearest(from: Element, cards: SVGGElement[], d: [number, number]): SVGGElement | undefined {
  const [x0, y0] = centre(from);
  let best: SVGGElement | undefined;
  let bestCost = Infinity;
  for (const c of cards) {
    if (c === from) continue;
    const [x, y] = centre(c);
    const ahead = (x - x0) * d[0] + (y - y0) * d[1];
    if (ahead <= 1) continue;
    const aside = Math.abs((x - x0) * d[1] - (y - y0) * d[0]);
    const cost = ahead + 2 * aside;
    if (cost < bestCost) {
      bestCost = cost;
      best = c;
    }
  }
  return best;
}
