/**
 * The app shell: which screen is up (start, a game, an imported or past game's debrief and replay, or a
 * message while loading), the saved game, the past games on this device, the teacher's own scenario
 * once loaded, the document viewer (`#/docs/…` over any screen), and the lazy loading of everything a
 * game or a debrief needs. The first screen carries no engine: the save is read (and checked by
 * replaying it) by storage.ts, loaded right after the start screen is up. Nothing is lost: starting a
 * game over another, or leaving a finished one, puts the earlier game in the past-games list.
 */
import { Suspense, lazy, startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GameRecord, GameState } from '../../game/index.ts';
import type { Scenario } from '../../game/schema.ts';
import { textIn } from '../../game/text.ts';
import { parseDocHash, docHref, type DocRoute } from '../../ui/docs/docs.ts';
import { StartScreen, type NewGame, type SavedSummary } from '../../ui/start/StartScreen.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { readPast, removePast, type PastGame } from './past.ts';
import type { Session, SessionData } from './session.ts';
import { netRoute } from './net/routes.ts';

const GameScreen = lazy(() => import('./GameScreen.tsx'));
const DebriefScreen = lazy(() => import('../../ui/debrief/DebriefScreen.tsx'));
const TeacherTools = lazy(() => import('../../ui/start/TeacherTools.tsx').then((m) => ({ default: m.TeacherTools })));
const DocViewer = lazy(() => import('../../ui/docs/DocViewer.tsx'));
const NetApp = lazy(() => import('./net/NetApp.tsx'));

const storage = () => import('./storage.ts');

type Screen =
  | { name: 'start'; saved: SavedSummary; notice: string | null }
  | { name: 'loading' }
  | { name: 'game'; session: Session }
  | { name: 'review'; record: GameRecord; states: GameState[] };

/** The saved game as the start screen tells it; `unsaved`: this page's last save failed. */
async function summary(lang: string, unsaved: boolean): Promise<SavedSummary> {
  // A save older than the game that could not be saved is never offered as current.
  if (unsaved) return { kind: 'lost' };
  const { readStored } = await storage();
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

/** The document route in the address, if any. */
const docRoute = () => (typeof location === 'undefined' ? null : parseDocHash(location.hash));

/** The hot-seat app: the start page and a game on this device (no server needed). */
function HotSeatApp() {
  const { t, i18n } = useTranslation();
  // Whether this page's last save failed (the storage may refuse even the marker that would say so).
  const unsaved = useRef(false);
  const [screen, setScreen] = useState<Screen>({ name: 'start', saved: { kind: 'checking' }, notice: null });
  const [past, setPast] = useState<PastGame[]>(() => readPast());
  const [custom, setCustom] = useState<Scenario | null>(null);
  const [doc, setDoc] = useState<DocRoute | null>(docRoute);
  const toStart = useCallback(
    (notice: string | null = null) => {
      setPast(readPast());
      setScreen({ name: 'start', saved: { kind: 'checking' }, notice });
      void summary(i18n.language, unsaved.current).then((saved) =>
        setScreen((s) => (s.name === 'start' ? { ...s, saved } : s)),
      );
    },
    [i18n.language],
  );

  useEffect(() => {
    toStart();
    const idle = setTimeout(() => void import('./GameScreen.tsx'), 1500);
    const onHash = () => setDoc(docRoute());
    window.addEventListener('hashchange', onHash);
    return () => {
      clearTimeout(idle);
      window.removeEventListener('hashchange', onHash);
    };
    // Once, on mount: later visits to the start screen go through toStart themselves.
  }, []);

  // A save the session has not written yet (it writes after the board has drawn a move) is written
  // before the page goes: closed, reloaded, or put in the background.
  const playing = screen.name === 'game' ? screen.session : null;
  useEffect(() => {
    if (!playing) return;
    const flush = () => playing.flushSave();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [playing]);

  const openDoc = useCallback((route: DocRoute) => {
    location.hash = docHref(route);
  }, []);
  const closeDoc = useCallback(() => {
    history.replaceState(null, '', location.pathname + location.search);
    setDoc(null);
  }, []);

  const start = useCallback(async (game: NewGame) => {
    const { getScenario } = await import('../../game/scenarios/index.ts');
    const scenario = game.custom ?? getScenario(game.scenarioId);
    if (!scenario) return;
    setScreen({ name: 'loading' });
    const [{ Session }, { archiveStored, writeStored }] = await Promise.all([import('./session.ts'), storage()]);
    // The game on the device (finished or set aside, as the start screen asked) goes to the past games.
    archiveStored();
    const seed = /^\d+$/.test(game.seed) ? Number(game.seed) : game.seed;
    const keep = (d: SessionData) => (unsaved.current = !writeStored(d)) === false;
    const session = Session.start(scenario, seed, game.seats, game.speed, keep, { awaitScreen: true, deferSave: true });
    // The board's first render as a transition: time-sliced, not one long task (the loading note stays meanwhile).
    startTransition(() => setScreen({ name: 'game', session }));
  }, []);

  const resume = useCallback(async () => {
    setScreen({ name: 'loading' });
    const [{ Session }, { readStored, writeStored }] = await Promise.all([import('./session.ts'), storage()]);
    const stored = readStored();
    if (stored.kind !== 'game') return toStart();
    const keep = (d: SessionData) => (unsaved.current = !writeStored(d)) === false;
    const session = Session.resume(stored.data, keep, { awaitScreen: true, deferSave: true });
    if (session.ok) startTransition(() => setScreen({ name: 'game', session: session.value }));
    else setScreen({ name: 'start', saved: { kind: 'broken', problems: session.error }, notice: null });
  }, [toStart]);

  /** Leave the game: `setAside` when the player asked for a new game (the finished game is kept, not deleted). */
  const leave = useCallback(
    async (setAside: boolean) => {
      if (screen.name === 'game') screen.session.dispose();
      if (!setAside) return toStart();
      const { archiveStored } = await storage();
      toStart(archiveStored() ? t('startPage.kept') : null);
    },
    [screen, toStart, t],
  );

  const openPast = useCallback(
    async (id: string) => {
      const entry = readPast().find((e) => e.id === id);
      if (!entry) return;
      const { parseSave } = await storage();
      const read = parseSave(entry.save);
      if (read.ok) setScreen({ name: 'review', record: read.value.data.record, states: read.value.states });
      else toStart(t('pastGames.unreadable', { problem: read.error[0]?.message ?? '' }));
    },
    [toStart, t],
  );

  const resumePast = useCallback(
    async (id: string) => {
      const entry = readPast().find((e) => e.id === id);
      if (!entry) return;
      const { parseSave, archiveStored, writeStored } = await storage();
      const read = parseSave(entry.save);
      if (!read.ok) return toStart(t('pastGames.unreadable', { problem: read.error[0]?.message ?? '' }));
      archiveStored();
      if (!writeStored(read.value.data)) return toStart(t('alerts.saveFailed'));
      removePast(id);
      await resume();
    },
    [resume, toStart, t],
  );

  const deletePast = useCallback((id: string) => {
    removePast(id);
    setPast(readPast());
  }, []);

  const discard = useCallback(async () => {
    const { clearStored } = await storage();
    clearStored();
    unsaved.current = false;
    toStart();
  }, [toStart]);

  const loading = <p className="loading">{t('app.loading')}</p>;
  return (
    <ErrorBoundary onHome={() => void leave(false)}>
      {screen.name === 'start' && (
        <StartScreen
          saved={screen.saved}
          notice={screen.notice}
          onStart={(g) => void start(g)}
          onResume={() => void resume()}
          onDiscard={() => void discard()}
          past={past}
          onPastDebrief={(id) => void openPast(id)}
          onPastResume={(id) => void resumePast(id)}
          onPastDelete={deletePast}
          custom={custom}
          extra={
            <Suspense fallback={null}>
              <TeacherTools
                onScenario={setCustom}
                onGame={(record, states) => setScreen({ name: 'review', record, states })}
              />
            </Suspense>
          }
        />
      )}
      {screen.name === 'loading' && loading}
      {screen.name === 'game' && (
        <Suspense fallback={loading}>
          <GameScreen session={screen.session} onQuit={() => void leave(false)} onNewGame={() => void leave(true)} />
        </Suspense>
      )}
      {screen.name === 'review' && (
        <Suspense fallback={loading}>
          <DebriefScreen
            record={screen.record}
            states={screen.states}
            backLabel={t('debrief.backToStart')}
            onBack={() => toStart()}
          />
        </Suspense>
      )}
      {doc && (
        <Suspense fallback={null}>
          <DocViewer route={doc} onOpen={openDoc} onClose={closeDoc} />
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
