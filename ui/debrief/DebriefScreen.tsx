/**
 * The teacher's screen for one game: the debrief page and the replay on the map, with a bar to switch
 * between them and a way back (to the board, the results or the start screen). Loaded on demand — the
 * charts are the heaviest code in the app — from the end screen, the board's top bar and an imported
 * game file. During a game (`midGame`) it keeps the game's secrets: see `DebriefView`. Above either
 * view, a badge says whether the game's scenario is the shipped one, modified, or custom.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GameRecord, GameState } from '../../game/index.ts';
import { ReplayViewer } from '../replay/ReplayViewer.tsx';
import { DebriefView } from './DebriefView.tsx';
import { ProvenanceBadge } from './ProvenanceBadge.tsx';
import { dt } from './strings.ts';
import './debrief.css';

export type DebriefMode = 'debrief' | 'replay';

export interface DebriefScreenProps {
  record: GameRecord;
  /** The states `replay(record)` returns, when the caller has them already. */
  states?: readonly GameState[];
  initial?: DebriefMode;
  /** The game is still being played: show nothing that gives away a secret agenda. */
  midGame?: boolean;
  /** The way back, e.g. "Back to the game". */
  backLabel: string;
  onBack: () => void;
}

export default function DebriefScreen(props: DebriefScreenProps) {
  const { record, states, initial = 'debrief', midGame = false, backLabel, onBack } = props;
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [mode, setMode] = useState<DebriefMode>(initial);
  useEffect(() => {
    // Start at the top, with the focus on the page's heading, when it opens and at each switch.
    window.scrollTo(0, 0);
    document.getElementById(mode === 'debrief' ? 'debrief-heading' : 'replay-heading')?.focus({ preventScroll: true });
  }, [mode]);
  return (
    <div className="debrief-screen" data-testid="debrief-screen" data-mode={mode}>
      <header className="debrief-bar no-print">
        <h1 className="brand">{t('app.title')}</h1>
        <nav aria-label={dt(lang, 'views')} className="debrief-tabs">
          <button
            type="button"
            aria-pressed={mode === 'debrief'}
            onClick={() => setMode('debrief')}
            data-testid="show-debrief"
          >
            {dt(lang, 'heading')}
          </button>
          <button
            type="button"
            aria-pressed={mode === 'replay'}
            onClick={() => setMode('replay')}
            data-testid="show-replay"
          >
            {dt(lang, 'replayHeading')}
          </button>
        </nav>
        <button type="button" className="primary" onClick={onBack} data-testid="debrief-back">
          {backLabel}
        </button>
      </header>
      <main className="debrief-main">
        <ProvenanceBadge scenario={record.scenario} />
        {mode === 'debrief' ? (
          <DebriefView record={record} states={states} midGame={midGame} onReplay={() => setMode('replay')} />
        ) : (
          <ReplayViewer record={record} />
        )}
      </main>
    </div>
  );
}
