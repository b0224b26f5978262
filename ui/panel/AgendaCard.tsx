/**
 * The secret agenda of the power at the device, and its own score estimate. Rendered only for the
 * viewer's own power: other powers' agendas are not in this seat's state at all (playerView).
 */
import { useTranslation } from 'react-i18next';
import {
  agendaOf,
  agendaValue,
  roundObjectivesValue,
  scoreEstimate,
  textIn,
  type GameState,
  type Power,
} from '../../game/index.ts';
import { memoPanel } from './memoPanel.ts';

function AgendaCardPanel({ view, me }: { view: GameState; me: Power }) {
  const { t, i18n } = useTranslation();
  const agenda = agendaOf(view, me);
  if (!agenda) return null;
  const value = agendaValue(view, me);
  return (
    <section className="agenda" aria-labelledby="agenda-title" data-testid="agenda">
      <p className="eyebrow">{t('agenda.heading')}</p>
      <h3 id="agenda-title">{textIn(agenda.title, i18n.language)}</h3>
      <p>{textIn(agenda.text, i18n.language)}</p>
      <p className="worth">{t('agenda.worth', { vp: value })}</p>
      <p className="estimate">
        {t('agenda.estimate', {
          total: scoreEstimate(view, me),
          banked: view.vp[me],
          round: roundObjectivesValue(view, me),
          agenda: value,
        })}
      </p>
    </section>
  );
}

export const AgendaCard = memoPanel(AgendaCardPanel);
