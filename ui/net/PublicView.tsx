/**
 * SWAP POINT for the lead: a minimal projector view of a network match — the public map, round,
 * whose turn, tension and the log — used by `/watch/<CODE>` until helper "board"'s
 * `ui/projector/ProjectorView.tsx` is on main. Replace its one use in `src/app/net/WatchScreen.tsx`
 * with `<ProjectorView view={view} />` and delete this file. It is given the spectator view only.
 */
import { useTranslation } from 'react-i18next';
import { actingPower, type GameState } from '../../game/index.ts';
import { MapView } from '../map/MapView.tsx';
import { GameLog } from '../panel/GameLog.tsx';
import { TensionPanel } from '../panel/TensionPanel.tsx';
import { useNetT } from '../i18n/net.ts';
import './net.css';

const NO_TARGETS = new Map<string, never>();
const NOTHING = () => {};

export function PublicView({ view }: { view: GameState }) {
  const tn = useNetT();
  const { t } = useTranslation();
  const acting = actingPower(view);
  return (
    <div className="net-public" data-testid="projector" data-round={view.round} data-step={view.step}>
      <header className="net-public-head">
        <h1>{t('app.title')}</h1>
        <p data-testid="projector-round">{tn('watch.round', { round: view.round, rounds: view.scenario.rounds })}</p>
        <p>
          {view.step === 'ended' ? tn('watch.over') : acting && tn('watch.waiting', { power: t(`power.${acting}`) })}
        </p>
      </header>
      <div className="net-public-main">
        <div className="net-public-map">
          <MapView view={view} targets={NO_TARGETS} selected={null} onPick={NOTHING} acting={acting} />
        </div>
        <div className="net-public-side">
          <TensionPanel view={view} />
          <GameLog view={view} notes={[]} />
        </div>
      </div>
    </div>
  );
}
