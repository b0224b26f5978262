/**
 * A guided game's prompts for the decision at hand (from the scenario's `tutorial` steps, picked by the
 * engine's `tutorialPrompts`): what to try and where. Shown only to the power whose decision it is.
 */
import { useTranslation } from 'react-i18next';
import { textIn, tutorialPrompts, type GameState, type Power } from '../../game/index.ts';
import { regionName } from '../view/names.ts';

export function TutorialBox({ view, viewer }: { view: GameState; viewer: Power }) {
  const { t, i18n } = useTranslation();
  const steps = tutorialPrompts(view, viewer);
  if (!steps.length) return null;
  return (
    <section className="tutorial" aria-labelledby="tutorial-title" data-testid="tutorial">
      <p className="eyebrow" id="tutorial-title">
        {t('tutorial.heading')}
      </p>
      {steps.map((s, i) => (
        <div key={i} className="tutorial-step">
          {s.title && <h3>{textIn(s.title, i18n.language)}</h3>}
          <p>{textIn(s.prompt, i18n.language)}</p>
          {s.region && <p className="tutorial-where">{t('tutorial.where', { region: regionName(t, s.region) })}</p>}
        </div>
      ))}
    </section>
  );
}

/** The region a tutorial step points the viewer at right now, if any (the map marks it). */
export function tutorialRegion(view: GameState, viewer: Power | null): string | null {
  if (!viewer) return null;
  return tutorialPrompts(view, viewer).find((s) => s.region)?.region ?? null;
}
