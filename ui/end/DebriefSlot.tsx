/**
 * The end screen's place for the debrief (charts from `state.history`, the teacher's questions, export).
 * Helper D builds the debrief here; until then it lists the scenario's debrief questions.
 */
import { useTranslation } from 'react-i18next';
import { textIn, type GameState } from '../../game/index.ts';

export function DebriefSlot({ state }: { state: GameState }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="debrief" aria-labelledby="debrief-title" data-testid="debrief">
      <h2 id="debrief-title">{t('end.debrief')}</h2>
      <p>{t('end.debriefSoon')}</p>
      <ul>
        {state.scenario.teacherNotes.questions.map((q, i) => (
          <li key={i}>{textIn(q, i18n.language)}</li>
        ))}
      </ul>
    </section>
  );
}
