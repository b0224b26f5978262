/**
 * Between two human seats: nothing of the last player's board stays on screen (or in the page) until
 * the next player says they have the device.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Power } from '../../game/index.ts';
import { announce } from '../a11y/announcer.ts';
import { PowerMark } from '../panel/PowerMark.tsx';
import { powerName } from '../view/names.ts';

export function PrivacyScreen({ power, onReady }: { power: Power; onReady: () => void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  const name = powerName(t, power);
  useEffect(() => {
    button.current?.focus();
    announce(t('a11y.privacy', { power: name }), 'assertive');
  }, [power, name, t]);
  return (
    <main className="privacy" data-testid="privacy" data-power={power} aria-labelledby="privacy-title">
      <div className="privacy-card">
        <PowerMark power={power} />
        <h1 id="privacy-title">{t('privacy.heading', { power: name })}</h1>
        <p>{t('privacy.text', { power: name })}</p>
        <button ref={button} type="button" className="primary big" onClick={onReady} data-testid="privacy-ready">
          {t('privacy.ready', { power: name })}
        </button>
      </div>
    </main>
  );
}
