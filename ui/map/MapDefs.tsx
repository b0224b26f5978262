/**
 * SVG patterns, one per power: the power's colour with a white pattern over it, so each power reads
 * by pattern as well as by colour. Rendered once inside the map's <defs>.
 */
import type { ReactNode } from 'react';
import { POWERS } from '../../game/index.ts';
import { POWER_LOOK, patternId } from '../view/powers.ts';

const MARKS: Record<string, ReactNode> = {
  stripes: <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#fff" strokeWidth="2" strokeOpacity="0.6" />,
  dots: <circle cx="4" cy="4" r="1.7" fill="#fff" fillOpacity="0.75" />,
  grid: <path d="M0,4 h8 M4,0 v8" stroke="#fff" strokeWidth="1.3" strokeOpacity="0.6" />,
  waves: <path d="M0,6 l2,-4 l2,4 l2,-4 l2,4" stroke="#fff" strokeWidth="1.3" fill="none" strokeOpacity="0.7" />,
  cross: <path d="M1,1 l6,6 M7,1 l-6,6" stroke="#fff" strokeWidth="1.3" strokeOpacity="0.65" />,
};

export function MapDefs() {
  return (
    <defs>
      {POWERS.map((p) => {
        const look = POWER_LOOK[p];
        return (
          <pattern key={p} id={patternId(p)} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill={look.color} />
            {MARKS[look.pattern]}
          </pattern>
        );
      })}
      <filter id="card-shadow" x="-10%" y="-10%" width="120%" height="130%">
        <feDropShadow dx="0" dy="1.5" stdDeviation="1.5" floodOpacity="0.25" />
      </filter>
    </defs>
  );
}
