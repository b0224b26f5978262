/**
 * The round's event card: title, historical text, its source line and what it did; when the card
 * gives a power a choice, that power (if it is at the device) picks an option, each with its preview.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { eventCard, textIn, toMove, type GameState, type Move, type Power } from '../../game/index.ts';
import { SourceTag } from '../debrief/ProvenanceBadge.tsx';
import { effectText } from '../view/effectText.ts';
import { powerName } from '../view/names.ts';
import { PreviewBox } from './PreviewBox.tsx';

interface Props {
  view: GameState;
  viewer: Power | null;
  onMove: (m: Move) => void;
}

function EventCardViewImpl({ view, viewer, onMove }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (!view.event) {
    return (
      <section className="event-card">
        <h3>{t('event.heading')}</h3>
        <p>{t('event.none')}</p>
      </section>
    );
  }
  const card = eventCard(view, view.event.card);
  const choosing = view.step === 'event' && card.choice && toMove(view) === viewer && viewer !== null;
  const chosen = card.choice?.options.find((o) => o.id === view.event?.chosen);
  return (
    <section
      className={choosing ? 'event-card is-choosing' : 'event-card'}
      aria-labelledby="event-title"
      data-testid="event-card"
    >
      <p className="eyebrow">{t('event.heading')}</p>
      <h3 id="event-title">{textIn(card.title, lang)}</h3>
      <p className="event-text">{textIn(card.text, lang)}</p>
      <SourceTag source={card.source} />
      {card.effects.length > 0 && (
        <p className="effects">
          <strong>{t('event.effects')}:</strong> {card.effects.map((e) => effectText(t, e, lang)).join('; ')}
        </p>
      )}
      {card.choice && chosen && (
        <p className="chosen">
          {t('event.chosen', { power: powerName(t, card.choice.power), option: textIn(chosen.label, lang) })}
        </p>
      )}
      {card.choice && !chosen && !choosing && (
        <p className="waiting">{t('event.waiting', { power: powerName(t, card.choice.power) })}</p>
      )}
      {choosing && card.choice && (
        <fieldset className="event-choice" data-testid="event-choice">
          <legend>{textIn(card.choice.prompt, lang)}</legend>
          {card.choice.options.map((o) => (
            <div key={o.id} className="option">
              <p className="option-label">{textIn(o.label, lang)}</p>
              <PreviewBox view={view} me={viewer} move={{ kind: 'choose', option: o.id }} />
              <button
                type="button"
                className="primary"
                onClick={() => onMove({ kind: 'choose', option: o.id })}
                data-testid={`option-${o.id}`}
              >
                {t('event.choose')}
              </button>
            </div>
          ))}
        </fieldset>
      )}
    </section>
  );
}

/**
 * Re-rendered only when the card, the step, the viewer or whose decision it is changes — or on every
 * change while its options are being chosen (their previews read the whole state).
 */
export const EventCardView = memo(
  EventCardViewImpl,
  (a, b) =>
    a.viewer === b.viewer &&
    a.onMove === b.onMove &&
    a.view.scenario === b.view.scenario &&
    a.view.event === b.view.event &&
    a.view.step === b.view.step &&
    toMove(a.view) === toMove(b.view) &&
    (a.view.step !== 'event' || a.view === b.view),
);
