/**
 * The board: top bar, map, and the side panel (turn prompt, agenda, event card, powers, coalitions,
 * log). It renders one seat's view and sends intents up; every fact it shows comes from the engine's
 * selectors, and every move goes through `onMove`, whose refusal (a reason code) it puts into words.
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { actingPower, toMove, type GameState, type Move, type Power, type Reason } from '../../game/index.ts';
import type { BotNote } from '../../game/ai/index.ts';
import type { Seats, Speed } from '../../game/seats.ts';
import { MapOrTable } from '../a11y/MapOrTable.tsx';
import { useGameAnnouncements } from '../a11y/useAnnouncements.ts';
import { MapView } from '../map/MapView.tsx';
import { AgendaCard } from '../panel/AgendaCard.tsx';
import { CoalitionList } from '../panel/CoalitionList.tsx';
import { EventCardView } from '../panel/EventCardView.tsx';
import { GameLog } from '../panel/GameLog.tsx';
import { PowersTable } from '../panel/PowersTable.tsx';
import { TurnPanel } from '../panel/TurnPanel.tsx';
import { TutorialBox, tutorialRegion } from '../panel/TutorialBox.tsx';
import { NO_INTENT, regionReason, targetsFor, type Intent } from './intent.ts';
import { TopBar } from './TopBar.tsx';

export interface BoardProps {
  view: GameState;
  viewer: Power | null;
  seats: Seats;
  speed: Speed;
  notes: readonly BotNote[];
  canUndo: boolean;
  onMove: (move: Move) => Reason | null;
  onUndo: () => void;
  onSpeed: (speed: Speed) => void;
  onQuit: () => void;
  /** Open the teacher's debrief of the game so far (a button in the top bar). */
  onDebrief?: () => void;
  /** Called after each map render (the benchmark listens). */
  onRendered?: () => void;
  /** Moves in the game's record so far (a hook for tests and tools). */
  moves?: number;
  /** Shown above the board when the game has ended (a way back to the results). */
  endBanner?: ReactNode;
  /** Warnings the class must see (a failed computer player, a game that could not be saved). */
  alerts?: ReactNode;
}

export function Board(props: BoardProps) {
  const { view, viewer, seats, speed, notes, canUndo, onMove, onUndo, onSpeed, onQuit, onRendered, endBanner, moves } =
    props;
  const { onDebrief, alerts } = props;
  const { t } = useTranslation();
  useGameAnnouncements(view, notes, viewer);
  const [intent, setIntent] = useState<Intent>(NO_INTENT);
  const [notice, setNotice] = useState<string | null>(null);
  const me =
    viewer !== null && toMove(view) === viewer && actingPower(view) === viewer && view.requests.length === 0
      ? viewer
      : null;
  const choosing = view.step === 'event' && viewer !== null && toMove(view) === viewer;
  const decisionKey = `${view.round}:${view.turn}:${view.actionsLeft}:${view.step}:${view.log.length}`;
  useEffect(() => {
    setIntent(NO_INTENT);
  }, [decisionKey]);
  const targets = useMemo(() => (me ? targetsFor(view, me, intent.kind) : new Map()), [view, me, intent.kind]);
  const send = useCallback(
    (move: Move) => {
      const reason = onMove(move);
      setNotice(reason ? t('panel.cannot', { reason: t(`reason.${reason}`) }) : null);
      if (!reason) setIntent(NO_INTENT);
    },
    [onMove, t],
  );
  const pick = useCallback(
    (region: string) => {
      if (!me || (intent.kind !== 'aid' && intent.kind !== 'base' && intent.kind !== 'exercise')) return;
      const reason = regionReason(view, me, intent.kind, region);
      if (reason) {
        setNotice(t('panel.cannot', { reason: t(`reason.${reason}`) }));
        return;
      }
      setNotice(null);
      setIntent({ ...intent, region: region as Intent['region'], partner: null });
    },
    [me, intent, view, t],
  );
  return (
    <div
      className="board"
      data-testid="board"
      data-viewer={viewer ?? ''}
      data-step={view.step}
      data-round={view.round}
      data-moves={moves}
    >
      <TopBar
        view={view}
        speed={speed}
        canUndo={canUndo}
        viewer={viewer}
        onUndo={onUndo}
        onSpeed={onSpeed}
        onQuit={onQuit}
        onDebrief={onDebrief}
      />
      {endBanner}
      {alerts}
      <main className="board-main">
        <div className="map-wrap">
          <MapOrTable
            view={view}
            targets={targets}
            selected={intent.region}
            onPick={pick}
            map={
              <MapView
                hint={toMove(view) === viewer ? tutorialRegion(view, viewer) : null}
                view={view}
                targets={targets}
                selected={intent.region}
                onPick={pick}
                acting={actingPower(view)}
                onRendered={onRendered}
              />
            }
          />
        </div>
        <aside className="side" aria-labelledby="side-title" tabIndex={0}>
          <h2 id="side-title" className="sr-only">
            {t('board.panel')}
          </h2>
          <TurnPanel
            view={view}
            viewer={viewer}
            seats={seats}
            intent={intent}
            setIntent={setIntent}
            onMove={send}
            notice={notice}
            explain={setNotice}
          />
          {viewer && toMove(view) === viewer && <TutorialBox view={view} viewer={viewer} />}
          {choosing && <EventCardView view={view} viewer={viewer} onMove={send} />}
          {viewer && <AgendaCard view={view} me={viewer} />}
          {!choosing && <EventCardView view={view} viewer={viewer} onMove={send} />}
          <PowersTable view={view} seats={seats} viewer={viewer} />
          <CoalitionList view={view} />
        </aside>
        <div className="log-wrap" role="group" aria-labelledby="log-title" tabIndex={0}>
          <GameLog view={view} notes={notes} />
        </div>
      </main>
    </div>
  );
}
