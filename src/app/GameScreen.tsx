/**
 * A game on the device: follows the session, and shows the privacy screen, the board for the seat at
 * the device, or the end screen. Loaded on demand, so the start screen stays light.
 */
import { useCallback, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Board } from '../../ui/board/Board.tsx';
import { EndScreen } from '../../ui/end/EndScreen.tsx';
import { PrivacyScreen } from '../../ui/privacy/PrivacyScreen.tsx';
import type { Move } from '../../game/index.ts';
import type { Session } from './session.ts';
import type { Speed } from './seats.ts';

interface Props {
  session: Session;
  onQuit: () => void;
  onNewGame: () => void;
}

/** Marks for the benchmark: a move sent, played (engine, clients, save), the map committed after it, the next frame. */
function mark(name: string) {
  performance.mark(name);
}

export default function GameScreen({ session, onQuit, onNewGame }: Props) {
  const { t } = useTranslation();
  const snap = useSyncExternalStore(session.subscribe, session.snapshot);
  const [showBoard, setShowBoard] = useState(false);
  const viewer = snap.viewer;
  const onMove = useCallback(
    (move: Move) => {
      if (!viewer) return 'NOT_YOUR_TURN' as const;
      mark('rotw:move');
      const reason = session.send(viewer, move);
      mark('rotw:sent');
      return reason;
    },
    [session, viewer],
  );
  const onRendered = useCallback(() => {
    mark('rotw:map');
    requestAnimationFrame(() => mark('rotw:frame'));
  }, []);
  if (snap.passTo) return <PrivacyScreen power={snap.passTo} onReady={() => session.takeDevice()} />;
  if (snap.view.step === 'ended' && !showBoard) {
    return <EndScreen state={snap.view} onShowBoard={() => setShowBoard(true)} onNewGame={onNewGame} />;
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
      onUndo={() => session.undo()}
      onSpeed={(s: Speed) => session.setSpeed(s)}
      onQuit={onQuit}
      onRendered={onRendered}
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
