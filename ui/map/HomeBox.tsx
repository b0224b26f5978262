/**
 * A great power's home box, off the map: Moscow and Beijing with their influence points (IP) and
 * victory points (VP). Public information only.
 */
import { useTranslation } from 'react-i18next';
import type { GameState, Power } from '../../game/index.ts';
import { POWER_LOOK, patternId } from '../view/powers.ts';
import { powerCode, powerName } from '../view/names.ts';

interface Props {
  power: 'russia' | 'china';
  x: number;
  y: number;
  view: GameState;
  acting: boolean;
}

export function HomeBox({ power, x, y, view, acting }: Props) {
  const { t } = useTranslation();
  const p: Power = power;
  return (
    <g
      className={acting ? 'home-box is-acting' : 'home-box'}
      transform={`translate(${x},${y})`}
      data-testid={`home-${power}`}
    >
      <rect width="180" height="70" rx="6" stroke={POWER_LOOK[p].color} />
      <rect x="8" y="8" width="22" height="22" rx="3" fill={`url(#${patternId(p)})`} stroke="#222" strokeWidth="0.8" />
      <text x="38" y="19" className="home-title">
        {t(`home.${power}`)}
      </text>
      <text x="38" y="33" className="home-sub">
        {`${powerName(t, p)} · ${powerCode(t, p)}`}
      </text>
      <text x="10" y="58" className="home-figures">
        {`${t('scores.ip')} ${view.ip[p]}   ${t('scores.vp')} ${view.vp[p]}`}
      </text>
    </g>
  );
}
