/**
 * One region on the map: its name, threat, a column per power with its influence (the dashed line is
 * what control needs), the power in control (border colour plus a patterned tab with its mark), bases
 * with their levels, and the coalitions its host belongs to. Influence bars grow and shrink with a CSS
 * transition, and a changed card pulses once; both stop under `prefers-reduced-motion`.
 */
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { POWERS, type Power } from '../../game/index.ts';
import { POWER_LOOK, patternId } from '../view/powers.ts';
import { powerCode, powerName, regionName } from '../view/names.ts';
import type { RegionView } from '../view/regionView.ts';
import { CARD_H, CARD_W } from './layout.ts';

/** `t` with its key types set aside where the catalogue's types grow too deep for the compiler (TS2589). */
type Plain = (key: string, options?: Record<string, unknown>) => string;

export type TargetState = 'legal' | 'illegal' | undefined;

interface Props {
  region: RegionView;
  x: number;
  y: number;
  maxInfluence: number;
  target: TargetState;
  selected: boolean;
  hinted: boolean;
  /** The target's cost in IP at the chosen size, when it is a target the power could pay for. */
  price?: number;
  /** Changed by the latest operation (or what followed it). */
  recent?: boolean;
  onPick: (id: string) => void;
}

const COL_W = 30;
const BAR_W = 20;
const BAR_TOP = 42;
const BAR_H = 40;

/** Threat levels from calm to severe; the number is always printed too. */
export const THREAT_FILL = ['#f1f1f1', '#fff0a8', '#ffd166', '#f4a259', '#e76f51', '#c1121f', '#8d0801'];

/** The colour of the threat number on its badge (4.5:1 on every fill; see `ui/a11y/palette.test.ts`). */
export function threatInk(threat: number): string {
  return threat >= 5 ? '#ffffff' : '#1b1b1b';
}

/** Room for the name beside the threat badge; longer names are narrowed to fit rather than overlap it. */
const NAME_ROOM = CARD_W - 46;
const NAME_CHAR = 9.3;

function fitName(name: string): { textLength?: number; lengthAdjust?: 'spacingAndGlyphs' } {
  return name.length * NAME_CHAR > NAME_ROOM ? { textLength: NAME_ROOM, lengthAdjust: 'spacingAndGlyphs' } : {};
}

function useChanged(key: string): boolean {
  const last = useRef(key);
  const [changed, setChanged] = useState(false);
  useEffect(() => {
    if (last.current === key) return;
    last.current = key;
    setChanged(true);
    const timer = setTimeout(() => setChanged(false), 1400);
    return () => clearTimeout(timer);
  }, [key]);
  return changed;
}

function RegionCardImpl({ region, x, y, maxInfluence, target, selected, hinted, price, recent, onPick }: Props) {
  const { t } = useTranslation();
  const r = region;
  const name = regionName(t, r.id);
  const unit = BAR_H / Math.max(1, maxInfluence);
  const changed = useChanged(`${POWERS.map((p) => r.influence[p]).join(',')}|${r.threat}|${r.controller}`);
  const ctrl = r.controller;
  const influence = POWERS.filter((p) => r.influence[p] > 0)
    .map((p) => `${powerName(t, p)} ${r.influence[p]}`)
    .join(', ');
  const bases = r.bases.length
    ? t('regionCard.bases', {
        list: r.bases.map((b) => t('regionCard.base', { power: powerName(t, b.owner), level: b.level })).join(', '),
      })
    : '';
  const label = t('regionCard.label', {
    name,
    country: powerName(t, r.host),
    control: ctrl ? t('regionCard.controlledBy', { power: powerName(t, ctrl) }) : t('regionCard.uncontrolled'),
    threat: r.threat,
    stability: r.stability,
    influence: influence || '0',
    bases,
  });
  const classes = [
    'region-card',
    ctrl ? 'is-controlled' : '',
    target ? `is-${target}` : '',
    selected ? 'is-selected' : '',
    recent ? 'is-recent' : '',
  ];
  const pick = () => onPick(r.id);
  return (
    <g
      className={classes.join(' ')}
      transform={`translate(${x},${y})`}
      data-region={r.id}
      data-host={r.host}
      data-target={target ?? ''}
      data-controller={ctrl ?? ''}
      data-recent={recent ? 'true' : undefined}
      data-price={price}
      onClick={pick}
    >
      <title>{label}</title>
      {recent && (
        <rect
          className="recent-ring"
          x={-5}
          y={-5}
          width={CARD_W + 10}
          height={CARD_H + 10}
          rx="9"
          aria-hidden="true"
        />
      )}
      <rect
        className={`card-body${changed ? ' is-changed' : ''}`}
        width={CARD_W}
        height={CARD_H}
        rx="6"
        stroke={ctrl ? POWER_LOOK[ctrl].color : '#6b6b6b'}
        strokeWidth={ctrl ? 4 : 1.2}
      />
      {ctrl && <ControlTab power={ctrl} code={powerCode(t, ctrl)} />}
      <text className="card-name" x="8" y="20" {...fitName(name)} aria-hidden="true">
        {name}
      </text>
      <ThreatBadge threat={r.threat} label={t('regionCard.threat', { threat: r.threat })} />
      <line
        aria-hidden="true"
        className="threshold"
        x1="4"
        x2={CARD_W - 4}
        y1={BAR_TOP + BAR_H - r.threshold * unit}
        y2={BAR_TOP + BAR_H - r.threshold * unit}
      >
        <title>{t('regionCard.stability', { stability: r.stability, threshold: r.threshold, lead: r.lead })}</title>
      </line>
      {POWERS.map((p, i) => (
        <InfluenceColumn
          key={p}
          power={p}
          value={r.influence[p]}
          x={5 + i * COL_W}
          unit={unit}
          code={powerCode(t, p)}
        />
      ))}
      <Footer region={r} t={t} />
      {hinted && (
        <text className="hint-mark" x={hinted && target === 'legal' ? 22 : 6} y={-3} aria-hidden="true">
          ★
        </text>
      )}
      {target === 'legal' && (
        <text className="target-mark" x={8} y={-4} aria-hidden="true">
          ✓
        </text>
      )}
      {target && price !== undefined && (
        <g className={`price-tag is-${target}`} transform="translate(34,-9)" aria-hidden="true">
          <rect width="40" height="17" rx="8" />
          <text x="20" y="12.5" textAnchor="middle">
            {t('turn.priceTag', { cost: price })}
          </text>
        </g>
      )}
      <rect
        className="card-hit"
        width={CARD_W}
        height={CARD_H}
        rx="6"
        role="button"
        tabIndex={0}
        aria-label={[
          label,
          target === 'legal' ? ` (${t('regionCard.legal')})` : '',
          target && price !== undefined ? ` ${t('turn.cost', { cost: price })}.` : '',
          recent ? ` ${t('changes.changed')}` : '',
        ].join('')}
        aria-pressed={selected}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            pick();
          }
        }}
      />
    </g>
  );
}

function ControlTab({ power, code }: { power: Power; code: string }) {
  return (
    <g className="control-tab" transform={`translate(${CARD_W - 82},-9)`} aria-hidden="true">
      <rect width="44" height="17" rx="3" fill={`url(#${patternId(power)})`} stroke="#222" strokeWidth="0.8" />
      <rect x="9" y="2.5" width="26" height="12" rx="2" fill="#fff" />
      <text x="22" y="12.5" textAnchor="middle" className="control-code">
        {code}
      </text>
    </g>
  );
}

function ThreatBadge({ threat, label }: { threat: number; label: string }) {
  const fill = THREAT_FILL[Math.min(threat, THREAT_FILL.length - 1)];
  return (
    <g className="threat" transform={`translate(${CARD_W - 30},5)`} aria-hidden="true">
      <title>{label}</title>
      <path d="M12,0 L24,20 L0,20 Z" fill={fill} stroke="#333" strokeWidth="1" strokeLinejoin="round" />
      <text x="12" y="17.5" textAnchor="middle" className="threat-num" fill={threatInk(threat)}>
        {threat}
      </text>
    </g>
  );
}

function InfluenceColumn({
  power,
  value,
  x,
  unit,
  code,
}: {
  power: Power;
  value: number;
  x: number;
  unit: number;
  code: string;
}) {
  const h = value * unit;
  return (
    <g className="influence" transform={`translate(${x},0)`} data-power={power} data-value={value} aria-hidden="true">
      <text className="influence-num" x={COL_W / 2 - 2} y={BAR_TOP - 3} textAnchor="middle">
        {value}
      </text>
      <rect className="bar-bg" x={(COL_W - BAR_W) / 2 - 2} y={BAR_TOP} width={BAR_W} height={BAR_H} />
      <rect
        className="bar"
        x={(COL_W - BAR_W) / 2 - 2}
        y={BAR_TOP}
        width={BAR_W}
        height={BAR_H}
        fill={`url(#${patternId(power)})`}
        style={{ transform: `scaleY(${h / BAR_H})` }}
      />
      <text className="influence-code" x={COL_W / 2 - 2} y={BAR_TOP + BAR_H + 11} textAnchor="middle">
        {code}
      </text>
    </g>
  );
}

function Footer({ region, t }: { region: RegionView; t: ReturnType<typeof useTranslation>['t'] }) {
  let x = 7;
  const y = CARD_H - 6;
  return (
    <g className="card-footer" aria-hidden="true">
      {region.bases.map((b) => {
        const at = x;
        x += 40;
        return (
          <g
            key={b.owner}
            transform={`translate(${at},${y - 9})`}
            className="base"
            data-owner={b.owner}
            data-level={b.level}
          >
            <title>
              {(t as unknown as Plain)('regionCard.base', { power: powerName(t, b.owner), level: b.level }) +
                (b.leaseLabel ? ` (${(t as unknown as Plain)('board.leaseEnds', { label: b.leaseLabel })})` : '')}
            </title>
            <path d="M0,11 V3 L6,0 L12,3 V11 Z" fill={`url(#${patternId(b.owner)})`} stroke="#222" strokeWidth="0.8" />
            <text x="15" y="10" className="base-text">
              {`${powerCode(t, b.owner)}${b.level}`}
            </text>
          </g>
        );
      })}
      {fitMarks(region.coalitions, region.bases.length).map((n, i) => (
        <g key={n} transform={`translate(${CARD_W - 12 - i * 18},${y - 5})`} className="coalition-mark">
          <circle r="8" />
          <text y="3.5" textAnchor="middle">
            {n}
          </text>
        </g>
      ))}
    </g>
  );
}

/** The coalition marks that fit beside the bases, the last replaced by "+n" when some do not fit. */
function fitMarks(marks: number[], bases: number): string[] {
  const room = Math.max(1, Math.floor((CARD_W - 12 - bases * 40) / 18));
  if (marks.length <= room) return marks.map(String);
  return [...marks.slice(0, room - 1).map(String), `+${marks.length - room + 1}`];
}

/** Same content (a replayed game has new but equal objects, and its cards need not re-render). */
function sameRegion(a: RegionView, b: RegionView): boolean {
  return (
    a.id === b.id &&
    (a.influence === b.influence || POWERS.every((p) => a.influence[p] === b.influence[p])) &&
    (a.bases === b.bases ||
      (a.bases.length === b.bases.length &&
        a.bases.every((x, i) => x.owner === b.bases[i]!.owner && x.level === b.bases[i]!.level))) &&
    a.controller === b.controller &&
    a.threat === b.threat &&
    a.stability === b.stability &&
    a.threshold === b.threshold &&
    a.lead === b.lead &&
    a.coalitions.join() === b.coalitions.join()
  );
}

export const RegionCard = memo(
  RegionCardImpl,
  (a, b) =>
    sameRegion(a.region, b.region) &&
    a.x === b.x &&
    a.y === b.y &&
    a.target === b.target &&
    a.selected === b.selected &&
    a.hinted === b.hinted &&
    a.price === b.price &&
    a.recent === b.recent &&
    a.maxInfluence === b.maxInfluence &&
    a.onPick === b.onPick,
);
