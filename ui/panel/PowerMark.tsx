/** A power's swatch (colour and pattern) with its short mark: the key that ties panel text to the map. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Power } from '../../game/index.ts';
import { powerCode } from '../view/names.ts';

/** Memoised: it depends on its props and the language only (useTranslation re-renders it on a language change). */
export const PowerMark = memo(function PowerMark({ power, withName = false }: { power: Power; withName?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="power-mark" data-power={power}>
      <span className={`swatch pat-${power}`} aria-hidden="true" />
      <span className="code" aria-hidden={withName}>
        {powerCode(t, power)}
      </span>
      {withName && <span className="name">{t(`power.${power}`)}</span>}
    </span>
  );
});
