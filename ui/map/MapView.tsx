/**
 * The board's map: Natural Earth countries (the powers' own lightly tinted), the borders between
 * regions as dashed links, each region's card joined to its real location, and the two great powers'
 * home boxes off the map. The host passes in which regions are targets for the action being chosen;
 * the map only reports which region was picked.
 */
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { REGION_CATALOGUE, type GameState, type Power, type RegionId } from '../../game/index.ts';
import { POWER_LOOK } from '../view/powers.ts';
import { regionViews } from '../view/regionView.ts';
import { COUNTRIES, MAP_H, MAP_W, POWER_COUNTRIES, project } from './geography.ts';
import { HomeBox } from './HomeBox.tsx';
import { CARD_H, CARD_W, COUNTRY_LABELS, cardAt } from './layout.ts';
import { MapDefs } from './MapDefs.tsx';
import { RegionCard, type TargetState } from './RegionCard.tsx';

interface Props {
  view: GameState;
  /** Regions that are (or are not) targets of the action being chosen; empty when none is. */
  targets: ReadonlyMap<string, TargetState>;
  selected: string | null;
  /** A region a tutorial prompt points at. */
  hint?: string | null;
  onPick: (region: string) => void;
  /** Whose turn it is, for the home boxes. */
  acting: Power | null;
  /** Called after every render that changed the map (for the re-render benchmark). */
  onRendered?: () => void;
  /** Each target's cost in IP at the chosen size (door price included). */
  prices?: ReadonlyMap<string, number>;
  /** Regions the latest operation (and what followed it) changed. */
  recent?: ReadonlySet<string>;
}

const NO_PRICES: ReadonlyMap<string, number> = new Map();
const NO_REGIONS: ReadonlySet<string> = new Set();

export function MapView(props: Props) {
  const { view, targets, selected, hint = null, onPick, acting, onRendered } = props;
  const prices = props.prices ?? NO_PRICES;
  const recent = props.recent ?? NO_REGIONS;
  const { t } = useTranslation();
  const countries = COUNTRIES;
  const regions = useMemo(() => regionViews(view), [view]);
  const points = useMemo(() => {
    const out = new Map<string, [number, number]>();
    for (const r of regions) out.set(r.id, project(REGION_CATALOGUE[r.id].lon, REGION_CATALOGUE[r.id].lat));
    return out;
  }, [regions]);
  useLayoutEffect(() => onRendered?.(), [view, onRendered]);
  const pickRef = useRef(onPick);
  useLayoutEffect(() => {
    pickRef.current = onPick;
  });
  const pick = useCallback((id: string) => pickRef.current(id), []);
  const max = view.scenario.rules.maxInfluence;
  return (
    <svg
      className="map"
      viewBox={`0 0 ${MAP_W} ${MAP_H}`}
      preserveAspectRatio="xMidYMin meet"
      role="group"
      aria-label={t('board.mapLabel')}
      data-testid="map"
      data-countries={countries.length}
    >
      <MapDefs />
      <rect className="sea" width={MAP_W} height={MAP_H} />
      <g className="countries" aria-hidden="true">
        {countries.map((c) => {
          const power = POWER_COUNTRIES[c.id] as Power | undefined;
          return (
            <path
              key={c.id + c.name}
              d={c.d}
              className={power ? 'country is-power' : 'country'}
              style={power ? { fill: POWER_LOOK[power].color } : undefined}
            />
          );
        })}
      </g>
      <g className="country-labels" aria-hidden="true">
        {COUNTRY_LABELS.map((l) => (
          <text
            key={l.key}
            x={l.at[0]}
            y={l.at[1]}
            textAnchor="middle"
            dominantBaseline="middle"
            transform={l.rotate ? `rotate(${l.rotate} ${l.at[0]} ${l.at[1]})` : undefined}
          >
            {t(`country.${l.key}` as 'country.tajikistan')}
          </text>
        ))}
      </g>
      <g className="links" aria-hidden="true">
        {view.scenario.borders.map(([a, b]) => {
          const pa = points.get(a);
          const pb = points.get(b);
          return pa && pb ? <line key={`${a}-${b}`} x1={pa[0]} y1={pa[1]} x2={pb[0]} y2={pb[1]} /> : null;
        })}
      </g>
      <g className="leaders" aria-hidden="true">
        {regions.map((r) => {
          const p = points.get(r.id)!;
          const [x, y] = cardAt(r.id, p);
          const cx = Math.max(x, Math.min(p[0], x + CARD_W));
          const cy = Math.max(y, Math.min(p[1], y + CARD_H));
          return <line key={r.id} x1={p[0]} y1={p[1]} x2={cx} y2={cy} />;
        })}
      </g>
      <g className="places" aria-hidden="true">
        {regions.map((r) => {
          const p = points.get(r.id)!;
          return (
            <circle
              key={r.id}
              cx={p[0]}
              cy={p[1]}
              r="4.5"
              className={targets.get(r.id) === 'legal' ? 'place is-legal' : 'place'}
            />
          );
        })}
      </g>
      <HomeBox power="russia" x={8} y={8} view={view} acting={acting === 'russia'} />
      <HomeBox power="china" x={MAP_W - 188} y={8} view={view} acting={acting === 'china'} />
      <g className="cards">
        {regions.map((r) => {
          const [x, y] = cardAt(r.id as RegionId, points.get(r.id)!);
          return (
            <RegionCard
              key={r.id}
              region={r}
              x={x}
              y={y}
              maxInfluence={max}
              target={targets.get(r.id)}
              selected={selected === r.id}
              hinted={hint === r.id}
              price={prices.get(r.id)}
              recent={recent.has(r.id)}
              onPick={pick}
            />
          );
        })}
      </g>
    </svg>
  );
}
