/**
 * A guided game's prompts for the decision at hand (from the scenario's `tutorial` steps, picked by the
 * engine's `tutorialPrompts`): what to try and where, shown only to the power whose decision it is. A
 * prompt that explains a part of the board (`point`: IP, VP, threat, tension, blocs, doors) highlights
 * that part where it appears — the panel's IP, the viewer's VP, the region's threat badge on the map,
 * the tension meter and panel, the blocs list, the doors — for as long as the prompt shows.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  textIn,
  tutorialPoint,
  tutorialPrompts,
  type GameState,
  type Power,
  type TutorialMark,
} from '../../game/index.ts';
import { regionName } from '../view/names.ts';
import './tutorial.css';

/** Where each mark appears on the board (CSS selectors of the board's own elements). */
export function markSelector(mark: TutorialMark, viewer: Power, region: string | undefined): string {
  switch (mark) {
    case 'ip':
      return '[data-testid="my-ip"]';
    case 'vp':
      return `[data-testid="powers"] tr[data-power="${viewer}"] td:nth-of-type(2)`;
    case 'threat':
      return region ? `[data-testid="map"] [data-region="${region}"] .threat` : '[data-testid="map"] .threat';
    case 'tension':
      return '[data-testid="tension"], [data-testid="tension-panel"]';
    case 'blocs':
      return '[data-testid="coalitions"]';
    case 'doors':
      return '[data-testid="doors"], [data-testid="door-controls"]';
  }
}

const ATTR = 'data-tutorial-point';

/** Highlight the elements a mark names while mounted (and again after each re-render of the board). */
function usePoint(selector: string | null, mark: TutorialMark | undefined) {
  useEffect(() => {
    if (!selector || !mark) return;
    const found = [...document.querySelectorAll(selector)];
    found.forEach((el) => el.setAttribute(ATTR, mark));
    return () => found.forEach((el) => el.removeAttribute(ATTR));
  });
}

export function TutorialBox({ view, viewer }: { view: GameState; viewer: Power }) {
  const { t, i18n } = useTranslation();
  const steps = tutorialPrompts(view, viewer);
  const pointing = tutorialPoint(view, viewer);
  const selector = pointing?.point ? markSelector(pointing.point, viewer, pointing.region) : null;
  usePoint(selector, pointing?.point);
  if (!steps.length) return null;
  const show = () => document.querySelector(selector ?? '')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return (
    <section className="tutorial" aria-labelledby="tutorial-title" data-testid="tutorial">
      <p className="eyebrow" id="tutorial-title">
        {t('tutorial.heading')}
      </p>
      {steps.map((s, i) => (
        <div key={i} className="tutorial-step" data-point={s.point}>
          {s.title && <h3>{textIn(s.title, i18n.language)}</h3>}
          <p>{textIn(s.prompt, i18n.language)}</p>
          {s.region && <p className="tutorial-where">{t('tutorial.where', { region: regionName(t, s.region) })}</p>}
          {s === pointing && s.point && (
            <p className="tutorial-look" data-testid="tutorial-look" data-mark={s.point}>
              {t('kit.tutorial.look', { mark: t(`kit.tutorial.mark.${s.point}`) })}{' '}
              <button type="button" onClick={show} data-testid="tutorial-show">
                {t('kit.tutorial.show')}
              </button>
            </p>
          )}
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
