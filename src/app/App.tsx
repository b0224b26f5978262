/**
 * The app shell: which screen is up (start, a game, or a message while loading), the saved game, and
 * the lazy loading of everything a game needs. Other screens (debrief, replay, custom scenarios) join
 * the `Screen` union here and get an entry on the start screen through its `extra` slot.
 */
import { Suspense, lazy, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getScenario, textIn } from '../../game/index.ts';
import { StartScreen, type NewGame, type SavedSummary } from '../../ui/start/StartScreen.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import type { Session } from './session.ts';
import { clearStored, readStored, writeStored } from './storage.ts';

const GameScreen = lazy(() => import('./GameScreen.tsx'));

type Screen = { name: 'start'; saved: SavedSummary } | { name: 'loading' } | { name: 'game'; session: Session };

function summary(lang: string): SavedSummary {
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

export function App() {
  const { t, i18n } = useTranslation();
  const [screen, setScreen] = useState<Screen>(() => ({ name: 'start', saved: summary(i18n.language) }));
  const toStart = useCallback(() => setScreen({ name: 'start', saved: summary(i18n.language) }), [i18n.language]);

  useEffect(() => {
    const idle = setTimeout(() => void import('./GameScreen.tsx'), 1500);
    return () => clearTimeout(idle);
  }, []);

  const start = useCallback(async (game: NewGame) => {
    const scenario = getScenario(game.scenarioId);
    if (!scenario) return;
    setScreen({ name: 'loading' });
    const { Session } = await import('./session.ts');
    const seed = /^\d+$/.test(game.seed) ? Number(game.seed) : game.seed;
    const session = Session.start(scenario, seed, game.seats, game.speed, (d) => void writeStored(d));
    setScreen({ name: 'game', session });
  }, []);

  const resume = useCallback(async () => {
    const stored = readStored();
    if (stored.kind !== 'game') return toStart();
    setScreen({ name: 'loading' });
    const { Session } = await import('./session.ts');
    const session = Session.resume(stored.data, (d) => void writeStored(d));
    if (session.ok) setScreen({ name: 'game', session: session.value });
    else setScreen({ name: 'start', saved: { kind: 'broken', problems: session.error } });
  }, [toStart]);

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
            toStart();
          }}
        />
      )}
      {screen.name === 'loading' && loading}
      {screen.name === 'game' && (
        <Suspense fallback={loading}>
          <GameScreen session={screen.session} onQuit={() => leave(false)} onNewGame={() => leave(true)} />
        </Suspense>
      )}
    </ErrorBoundary>
  );
}
