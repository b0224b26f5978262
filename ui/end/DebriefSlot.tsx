/**
 * The end screen's way into the debrief: the scenario's discussion questions, and buttons that open
 * the debrief page (charts, turning points, final map, history, downloads, printing) or the replay.
 * Both open on their own screen, loaded on demand, so the end screen stays light and prints alone.
 */
import { useTranslation } from 'react-i18next';
import { textIn, type GameState } from '../../game/index.ts';

interface Props {
  state: GameState;
  /** Open the debrief page or the replay; absent where there is no record to show. */
  onOpen?: (mode: 'debrief' | 'replay') => void;
}

export function DebriefSlot({ state, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <section className="debrief" aria-labelledby="debrief-title" data-testid="debrief">
      <h2 id="debrief-title">{t('end.debrief')}</h2>
      {onOpen && (
        <>
          <p>{t('end.debriefIntro')}</p>
          <div className="confirm-row">
            <button type="button" className="primary" onClick={() => onOpen('debrief')} data-testid="open-debrief">
              {t('end.openDebrief')}
            </button>
            <button type="button" onClick={() => onOpen('replay')} data-testid="end-replay">
              {t('end.openReplay')}
            </button>
          </div>
        </>
      )}
      <p>{t('end.debriefSoon')}</p>
      <ul>
        {state.scenario.teacherNotes.questions.map((q, i) => (
          <li key={i}>{textIn(q, i18n.language)}</li>
        ))}
      </ul>
    </section>
  );
}
