/**
 * The app shell: which screen is up (start, a game, an imported game's debrief and replay, or a
 * message while loading), the saved game, the teacher's own scenario once loaded, and the lazy loading
 * of everything a game or a debrief needs. The teacher's tools sit in the start screen's `extra` slot.
 */
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getScenario, textIn, type GameRecord, type GameState, type Scenario } from '../../game/index.ts';
import { StartScreen, type NewGame, type SavedSummary } from '../../ui/start/StartScreen.tsx';
import { TeacherTools } from '../../ui/start/TeacherTools.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import type { Session, SessionData } from './session.ts';
import { clearStored, readStored, writeStored } from './storage.ts';
import { netRoute } from './net/routes.ts';

const GameScreen = lazy(() => import('./GameScreen.tsx'));
const DebriefScreen = lazy(() => import('../../ui/debrief/DebriefScreen.tsx'));
const NetApp = lazy(() => import('./net/NetApp.tsx'));

type Screen =
  | { name: 'start'; saved: SavedSummary }
  | { name: 'loading' }
  | { name: 'game'; session: Session }
  | { name: 'review'; record: GameRecord; states: GameState[] };

/** The saved game as the start screen tells it; `unsaved`: this page's last save failed. */
function summary(lang: string, unsaved: boolean): SavedSummary {
  // A save older than the game that could not be saved is never offered as current.
  if (unsaved) return { kind: 'lost' };
  const stored = readStored();
  if (stored.kind !== 'game') return stored;
  const { scenario } = stored.data.record;
  return {
    kind: 'game',
    scenario: textIn(scenario.title, lang),
    round: stored.round,
    rounds: scenario.rounds,
    ended: stored.ended,
  };
}

/** The hot-seat app: the start page and a game on this device (no server needed). */
function HotSeatApp() {
  const { t, i18n } = useTranslation();
  // Whether this page's last save failed (the storage may refuse even the marker that would say so).
  const unsaved = useRef(false);
  const save = useCallback((d: SessionData) => (unsaved.current = !writeStored(d)) === false, []);
  const [screen, setScreen] = useState<Screen>(() => ({ name: 'start', saved: summary(i18n.language, false) }));
  const [custom, setCustom] = useState<Scenario | null>(null);
  const toStart = useCallback(
    () => setScreen({ name: 'start', saved: summary(i18n.language, unsaved.current) }),
    [i18n.language],
  );

  useEffect(() => {
    const idle = setTimeout(() => void import('./GameScreen.tsx'), 1500);
    return () => clearTimeout(idle);
  }, []);

  const start = useCallback(
    async (game: NewGame) => {
      const scenario = game.custom ?? getScenario(game.scenarioId);
      if (!scenario) return;
      setScreen({ name: 'loading' });
      const { Session } = await import('./session.ts');
      const seed = /^\d+$/.test(game.seed) ? Number(game.seed) : game.seed;
      const session = Session.start(scenario, seed, game.seats, game.speed, save);
      setScreen({ name: 'game', session });
    },
    [save],
  );

  const resume = useCallback(async () => {
    const stored = readStored();
    if (stored.kind !== 'game') return toStart();
    setScreen({ name: 'loading' });
    const { Session } = await import('./session.ts');
    const session = Session.resume(stored.data, save);
    if (session.ok) setScreen({ name: 'game', session: session.value });
    else setScreen({ name: 'start', saved: { kind: 'broken', problems: session.error } });
  }, [toStart, save]);

  const leave = useCallback(
    (forget: boolean) => {
      if (screen.name === 'game') screen.session.dispose();
      if (forget) clearStored();
      toStart();
    },
    [screen, toStart],
  );

  const loading = <p className="loading">{t('app.loading')}</p>;
  return (
    <ErrorBoundary onHome={() => leave(false)}>
      {screen.name === 'start' && (
        <StartScreen
          saved={screen.saved}
          onStart={(g) => void start(g)}
          onResume={() => void resume()}
          onDiscard={() => {
            clearStored();
            unsaved.current = false;
            toStart();
          }}
          custom={custom}
          extra={
            <TeacherTools
              onScenario={setCustom}
              onGame={(record, states) => setScreen({ name: 'review', record, states })}
            />
          }
        />
      )}
      {screen.name === 'loading' && loading}
      {screen.name === 'game' && (
        <Suspense fallback={loading}>
          <GameScreen session={screen.session} onQuit={() => leave(false)} onNewGame={() => leave(true)} />
        </Suspense>
      )}
      {screen.name === 'review' && (
        <Suspense fallback={loading}>
          <DebriefScreen
            record={screen.record}
            states={screen.states}
            backLabel={t('debrief.backToStart')}
            onBack={toStart}
          />
        </Suspense>
      )}
    </ErrorBoundary>
  );
}

/** The page by its path: a network page (teacher, join, play, watch, class) or the hot-seat app. */
export function App() {
  const route = netRoute(window.location.pathname);
  if (!route) return <HotSeatApp />;
  return (
    <ErrorBoundary onHome={() => window.location.assign('/')}>
      <Suspense fallback={<p className="loading">…</p>}>
        <NetApp route={route} />
      </Suspense>
    </ErrorBoundary>
  );
}
