/** A power's special ability: its name, what it does (with the scenario's numbers) and its cost. */
import { useTranslation } from 'react-i18next';
import type { GameState, Power } from '../../game/index.ts';
import { SPECIALS } from '../../game/ops/special.ts';

export function SpecialInfo({ view, power }: { view: GameState; power: Power }) {
  const { t } = useTranslation();
  const id = SPECIALS[power];
  const n = view.scenario.rules.special[power];
  return (
    <div className="special" data-testid="special" data-special={id}>
      <p>
        <strong>{t(`special.name.${id}`)}</strong> — {t(`special.text.${id}`, { ...n })}
      </p>
      <p className="special-cost">{t('special.cost', { cost: n.cost })}</p>
    </div>
  );
}
