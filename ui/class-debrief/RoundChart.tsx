/**
 * A small line chart by round, drawn as SVG so it prints as it shows: one line a series (each power's in
 * its colour and dash, as on the debrief's charts), the rounds along the bottom, the largest value at
 * the top. The numbers are in a table beside it on the page; this is the picture of them.
 */
import type { Power } from '../../game/index.ts';
import { POWER_LOOK } from '../view/powers.ts';

const DASH: Record<Power, string> = {
  russia: '',
  china: '6 3',
  tajikistan: '2 2',
  pakistan: '10 4 2 4',
  afghanistan: '1 4',
};

export interface Line {
  id: string;
  power: Power | null;
  values: number[];
}

interface Props {
  title: string;
  labels: string[];
  lines: Line[];
  testId?: string;
}

const W = 300;
const H = 120;
const PAD = { left: 28, right: 8, top: 8, bottom: 18 };

export function RoundChart({ title, labels, lines, testId }: Props) {
  const top = Math.max(1, ...lines.flatMap((l) => l.values));
  const n = Math.max(1, labels.length - 1);
  const x = (i: number) => PAD.left + ((W - PAD.left - PAD.right) * i) / n;
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - v / top);
  return (
    <figure className="class-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={title}>
        <line x1={PAD.left} y1={y(0)} x2={W - PAD.right} y2={y(0)} className="class-axis" />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={y(0)} className="class-axis" />
        <text x={PAD.left - 4} y={PAD.top + 8} textAnchor="end" className="class-tick">
          {top}
        </text>
        <text x={PAD.left - 4} y={y(0)} textAnchor="end" className="class-tick">
          0
        </text>
        {labels.map((label, i) => (
          <text key={i} x={x(i)} y={H - 4} textAnchor="middle" className="class-tick">
            {label}
          </text>
        ))}
        {lines.map((l) => (
          <polyline
            key={l.id}
            data-line={l.id}
            fill="none"
            stroke={l.power ? POWER_LOOK[l.power].color : '#9a3412'}
            strokeWidth={2}
            strokeDasharray={l.power ? DASH[l.power] : undefined}
            points={l.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')}
          />
        ))}
      </svg>
    </figure>
  );
}
