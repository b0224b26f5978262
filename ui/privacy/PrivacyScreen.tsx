/**
 * Between two human seats: nothing of the last player's board stays on screen (or in the page) until
 * the next player says they have the device. Until then the player who passed the device may still
 * take their move back (`undo`): a misclick on the move that ends a turn is not final.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Power } from '../../game/index.ts';
import { announce } from '../a11y/announcer.ts';
import { PowerMark } from '../panel/PowerMark.tsx';
import { powerName } from '../view/names.ts';
import './privacy.css';

/** The player who still holds the device, and how to take their last move back. */
export interface TakeBack {
  power: Power;
  onUndo: () => void;
}

export function PrivacyScreen({ power, onReady, undo }: { power: Power; onReady: () => void; undo?: TakeBack | null }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  const name = powerName(t, power);
  // Once a button is pressed, the screen steps aside at once while the board renders (in the background).
  const [leaving, setLeaving] = useState(false);
  const leave = (then: () => void) => () => {
    setLeaving(true);
    then();
  };
  // The focus moves as the screen appears (in the same commit), the announcement just after.
  useLayoutEffect(() => button.current?.focus(), [power]);
  useEffect(() => announce(t('a11y.privacy', { power: name }), 'assertive'), [power, name, t]);
  const holder = undo ? powerName(t, undo.power) : '';
  if (leaving) return <main className="privacy" aria-busy="true" data-testid="privacy-leaving" />;
  return (
    <main className="privacy" data-testid="privacy" data-power={power} aria-labelledby="privacy-title">
      <div className="privacy-card">
        <PowerMark power={power} />
        <h1 id="privacy-title">{t('privacy.heading', { power: name })}</h1>
        <p>{t('privacy.text', { power: name })}</p>
        <button ref={button} type="button" className="primary big" onClick={leave(onReady)} data-testid="privacy-ready">
          {t('privacy.ready', { power: name })}
        </button>
        {undo && (
          <p className="privacy-undo">
            <button
              type="button"
              onClick={leave(undo.onUndo)}
              data-testid="privacy-undo"
              aria-describedby="privacy-undo-hint"
            >
              ↶ {t('handover.undo', { power: holder })}
            </button>
            <span id="privacy-undo-hint" className="privacy-undo-hint">
              {t('handover.undoHint', { power: holder })}
            </span>
          </p>
        )}
      </div>
    </main>
  );
}
