/**
 * While computer seats play, the board shows the public view: this line says why the holder's agenda
 * has gone, so that nobody thinks it was lost. It names the power and nothing of its secrets.
 */
import { useTranslation } from 'react-i18next';
import type { Power } from '../../game/index.ts';
import { powerName } from '../view/names.ts';
import './privacy.css';

export function HiddenNote({ power }: { power: Power }) {
  const { t } = useTranslation();
  return (
    <p className="hidden-note" data-testid="hidden-note" data-power={power}>
      {t('handover.hidden', { power: powerName(t, power) })}
    </p>
  );
}
