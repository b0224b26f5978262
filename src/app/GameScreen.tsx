/**
 * A game on the device: follows the session, and shows the privacy screen, the board for the seat at
 * the device, or the end screen — or, when the teacher asks (the top bar's Debrief, the end screen),
 * the debrief and replay of the game so far, with the computer players held meanwhile. Loaded on
 * demand, so the start screen stays light; the debrief's charts load only when it is opened.
 *
 * Each change of the session reaches React as a transition: a board render is then time-sliced, so no
 * computer move keeps the page from answering a click (a store read with `useSyncExternalStore` would
 * render every change in one blocking task). Snapshots are immutable, so a render never mixes two.
 */
import { Suspense, lazy, startTransition, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardAlerts } from '../../ui/board/Alerts.tsx';
import { Board } from '../../ui/board/Board.tsx';
import { EndScreen } from '../../ui/end/EndScreen.tsx';
import { HiddenNote } from '../../ui/privacy/HiddenNote.tsx';
import { PrivacyScreen } from '../../ui/privacy/PrivacyScreen.tsx';
import type { GameRecord, GameState, Move } from '../../game/index.ts';
import type { DebriefMode } from '../../ui/debrief/DebriefScreen.tsx';
import { afterNextFrame } from '../../ui/common/afterNextFrame.ts';
import { openProjector, useProjectorPublisher } from './projector.ts';
import type { Session, Snapshot } from './session.ts';
import type { Speed } from '../../game/seats.ts';

interface Props {
  session: Session;
  onQuit: () => void;
  onNewGame: () => void;
}

const DebriefScreen = lazy(() => import('../../ui/debrief/DebriefScreen.tsx'));

/** The debrief as opened: on which view, and the game as it stood then. */
interface Teaching {
  mode: DebriefMode;
  record: GameRecord;
  states: readonly GameState[];
  midGame: boolean;
}

/** Marks for the benchmark: a move sent, played (engine, save), the map committed after it, the next frame. */
function mark(name: string) {
  performance.mark(name);
}

/** Set while the player's own click is being played: its change is rendered at once, not as a transition. */
let ownMove = false;

/** Run the player's own move or undo: the board shows its result in the click's own task (no scheduler hop). */
function own<T>(act: () => T): T {
  ownMove = true;
  try {
    return act();
  } finally {
    ownMove = false;
  }
}

/**
 * The session's latest snapshot, each change rendered as an interruptible transition — but the change a
 * player's click makes, which is rendered urgently (inside the click's event: React renders it before the
 * next frame; a transition would yield and often miss it).
 */
function useSnapshot(session: Session): Snapshot {
  const [snap, setSnap] = useState(session.snapshot);
  useEffect(() => {
    const update = () => (ownMove ? setSnap(session.snapshot()) : startTransition(() => setSnap(session.snapshot())));
    update(); // a change between the first render and this subscription
    return session.subscribe(update);
  }, [session]);
  return snap;
}

/** Tell the session once the game's first screen has been painted (a frame, then a task after it). */
function useScreenShown(session: Session): void {
  useEffect(() => afterNextFrame(() => session.screenShown()), [session]);
}

export default function GameScreen({ session, onQuit, onNewGame }: Props) {
  const { t, i18n } = useTranslation();
  const snap = useSnapshot(session);
  useScreenShown(session);
  useProjectorPublisher(session, i18n.language);
  const [showBoard, setShowBoard] = useState(false);
  const [teaching, setTeaching] = useState<Teaching | null>(null);
  const viewer = snap.viewer;
  const openDebrief = useCallback(
    (mode: DebriefMode) => {
      session.hold(true);
      const states = session.statesNow();
      const midGame = states[states.length - 1]!.step !== 'ended';
      setTeaching({ mode, record: session.recordNow(), states, midGame });
    },
    [session],
  );
  const closeDebrief = useCallback(() => {
    setTeaching(null);
    session.hold(false);
    // Back on the board, the focus returns to the button that opened the debrief (the end screen focuses its heading).
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.topbar [data-testid="open-debrief"]')?.focus());
  }, [session]);
  const onMove = useCallback(
    (move: Move) => {
      if (!viewer) return 'NOT_YOUR_TURN' as const;
      mark('rotw:move');
      const reason = own(() => session.send(viewer, move));
      mark('rotw:sent');
      return reason;
    },
    [session, viewer],
  );
  const onRendered = useCallback(() => {
    mark('rotw:map');
    // The frame's own time (its vsync) rides along, so the benchmark can tell which frame showed the move.
    requestAnimationFrame((frameTime) => performance.mark('rotw:frame', { detail: frameTime }));
  }, []);
  if (teaching) {
    return (
      <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
        <DebriefScreen
          record={teaching.record}
          states={teaching.states}
          initial={teaching.mode}
          midGame={teaching.midGame}
          backLabel={t(snap.view.step === 'ended' && !showBoard ? 'debrief.backToResults' : 'debrief.backToBoard')}
          onBack={closeDebrief}
        />
      </Suspense>
    );
  }
  // Until the next human takes the device, the one who holds it may take back the move that passed it on.
  const takeBack = snap.canUndo && snap.holder ? { power: snap.holder, onUndo: () => session.undo() } : null;
  if (snap.passTo)
    return (
      <PrivacyScreen key={snap.version} power={snap.passTo} onReady={() => session.takeDevice()} undo={takeBack} />
    );
  // The holder's own view is gone while computer seats play (nothing secret on screen): say why.
  const hidden = snap.holder && !snap.viewer && snap.waitingFor && snap.view.step !== 'ended' ? snap.holder : null;
  const alerts = (
    <>
      <BoardAlerts
        view={snap.view}
        botFailure={snap.botFailure}
        saveFailed={snap.saveFailed}
        onDismissBotFailure={() => session.dismissBotFailure()}
      />
      {hidden && <HiddenNote power={hidden} />}
    </>
  );
  if (snap.view.step === 'ended' && !showBoard) {
    return (
      <>
        {alerts}
        <EndScreen
          state={snap.view}
          onShowBoard={() => setShowBoard(true)}
          onNewGame={onNewGame}
          onDebrief={openDebrief}
        />
      </>
    );
  }
  return (
    <Board
      view={snap.view}
      viewer={viewer}
      seats={snap.seats}
      speed={snap.speed}
      notes={snap.notes}
      canUndo={snap.canUndo}
      moves={snap.moves}
      onMove={onMove}
      onUndo={() => own(() => session.undo())}
      onSpeed={(s: Speed) => session.setSpeed(s)}
      onQuit={onQuit}
      onDebrief={() => openDebrief('debrief')}
      onProjector={openProjector}
      onRendered={onRendered}
      alerts={alerts}
      endBanner={
        snap.view.step === 'ended' ? (
          <div className="end-banner">
            <button type="button" className="primary" onClick={() => setShowBoard(false)} data-testid="show-results">
              {t('end.heading')}
            </button>
          </div>
        ) : null
      }
    />
  );
}
