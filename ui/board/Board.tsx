/**
 * The board: top bar, map, and the side panel (turn prompt, agenda, event card, powers, coalitions,
 * log). It renders one seat's view and sends intents up; every fact it shows comes from the engine's
 * selectors, and every move goes through `onMove`, whose refusal (a reason code) it puts into words.
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { actingPower, toMove, type GameState, type Move, type Power, type Reason } from '../../game/index.ts';
import { pendingDecision } from '../../game/decision.ts';
import type { BotNote } from '../../game/ai/index.ts';
import type { Seats, Speed } from '../../game/seats.ts';
import { MapOrTable } from '../a11y/MapOrTable.tsx';
import { afterNextFrame } from '../common/afterNextFrame.ts';
import { useGameAnnouncements } from '../a11y/useAnnouncements.ts';
import { MapView } from '../map/MapView.tsx';
import { AgendaCard } from '../panel/AgendaCard.tsx';
import { ChangeList } from '../panel/ChangeList.tsx';
import { CoalitionList } from '../panel/CoalitionList.tsx';
import { DoorsTable } from '../panel/DoorsTable.tsx';
import { EventCardView } from '../panel/EventCardView.tsx';
import { GameLog } from '../panel/GameLog.tsx';
import { ObjectivesCard, OtherObjectives } from '../panel/ObjectivesCard.tsx';
import { PowersTable } from '../panel/PowersTable.tsx';
import { TensionPanel } from '../panel/TensionPanel.tsx';
import { TurnPanel } from '../panel/TurnPanel.tsx';
import { TutorialBox, tutorialRegion } from '../panel/TutorialBox.tsx';
import { recentChanges } from '../view/changes.ts';
import { NO_INTENT, pricesFor, regionReason, targetsFor, type Intent } from './intent.ts';
import { RegionDetails } from './RegionDetails.tsx';
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
  /** Open the projector view for the class (a button in the top bar; a second window follows the game). */
  onProjector?: () => void;
}

/**
 * False while the board's first frame is drawn, true from the task after it: the panel's lower sections
 * (powers, the others' objectives, doors, coalitions) and the log join one frame later, so the first
 * frame — top bar, map, the turn — is a short task even on a two-core Chromebook (the whole board's
 * first style and layout was one task of 50–80 ms there).
 */
function useFirstFrameDrawn(): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => (drawn ? undefined : afterNextFrame(() => setDrawn(true))), [drawn]);
  return drawn;
}

export function Board(props: BoardProps) {
  const { view, viewer, seats, speed, notes, canUndo, onMove, onUndo, onSpeed, onQuit, onRendered, endBanner, moves } =
    props;
  const { onDebrief, alerts, onProjector } = props;
  const { t } = useTranslation();
  const drawn = useFirstFrameDrawn();
  useGameAnnouncements(view, notes, viewer);
  const [intent, setIntent] = useState<Intent>(NO_INTENT);
  const [notice, setNotice] = useState<string | null>(null);
  /** The region whose details are open (tapped when it was not being chosen as a target). */
  const [inspect, setInspect] = useState<string | null>(null);
  const pending = useMemo(() => pendingDecision(view, viewer), [view, viewer]);
  const options = pending.step === 'turn' ? pending.options : null;
  const choosing = pending.step === 'event' && pending.power === viewer;
  const decisionKey = `${view.round}:${view.turn}:${view.step}:${view.log.length}`;
  useEffect(() => {
    setIntent((i) => (i.kind === null ? i : { ...NO_INTENT, kind: i.kind, size: i.size }));
  }, [decisionKey]);
  useEffect(() => {
    setIntent(NO_INTENT);
  }, [view.round, view.turn]);
  const targets = useMemo(() => targetsFor(options, intent), [options, intent]);
  const prices = useMemo(() => pricesFor(options, intent), [options, intent]);
  const recent = useMemo(() => recentChanges(view), [view]);
  const send = useCallback(
    (move: Move) => {
      const reason = onMove(move);
      setNotice(reason ? t('panel.cannot', { reason: t(`reason.${reason}`) }) : null);
      if (!reason && move.kind !== 'door') setIntent(NO_INTENT);
    },
    [onMove, t],
  );
  const pick = useCallback(
    (region: string) => {
      if (options && intent.kind !== null) {
        const reason = regionReason(options, intent, region);
        if (!reason) {
          setNotice(null);
          setInspect(null);
          setIntent({ ...intent, region: region as Intent['region'] });
          return;
        }
        if (reason !== 'UNKNOWN_MOVE') setNotice(t('panel.cannot', { reason: t(`reason.${reason}`) }));
      }
      // Not a target now (or no operation chosen yet): the tap opens the region's details.
      setInspect(region);
    },
    [options, intent, t],
  );
  return (
    <div
      className="board"
      data-testid="board"
      data-viewer={viewer ?? ''}
      data-step={view.step}
      data-round={view.round}
      data-moves={moves}
      data-drawn={drawn}
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
        onProjector={onProjector}
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
                prices={prices}
                recent={recent.regions}
              />
            }
          />
          {inspect && <RegionDetails view={view} region={inspect} onClose={() => setInspect(null)} />}
        </div>
        {/* The tutorial's prompt under the map, beside the decision: in view without scrolling (the side
            panel is full with the decision at a laptop's 1280×800). */}
        {viewer && toMove(view) === viewer && (
          <div className="tutor-wrap">
            <TutorialBox view={view} viewer={viewer} />
          </div>
        )}
        <aside className="side" aria-labelledby="side-title" tabIndex={0}>
          <h2 id="side-title" className="sr-only">
            {t('board.panel')}
          </h2>
          <TurnPanel
            view={view}
            viewer={viewer}
            seats={seats}
            pending={pending}
            intent={intent}
            setIntent={setIntent}
            onMove={send}
            notice={notice}
            explain={setNotice}
          />
          {choosing && <EventCardView view={view} viewer={viewer} onMove={send} />}
          <ChangeList view={view} notes={notes} recent={recent} />
          {viewer && <ObjectivesCard view={view} power={viewer} />}
          {viewer && <AgendaCard view={view} me={viewer} />}
          {!choosing && <EventCardView view={view} viewer={viewer} onMove={send} />}
          <TensionPanel view={view} />
          {drawn && (
            <>
              <PowersTable view={view} seats={seats} viewer={viewer} />
              <OtherObjectives view={view} viewer={viewer} />
              <DoorsTable view={view} viewer={viewer} />
              <CoalitionList view={view} />
            </>
          )}
        </aside>
        <div className="log-wrap" role="group" aria-labelledby="log-title" tabIndex={0}>
          {drawn && <GameLog view={view} notes={notes} />}
        </div>
      </main>
    </div>
  );
}
