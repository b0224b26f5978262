/**
 * A host's own doors on its turn: for each other power, closed or open at a price, changed free before
 * the turn's operation (up to the changes the rules allow). Each setting comes from the engine's
 * `pendingDecision` with its refusal code; a change keeps the turn and the device.
 */
import { useTranslation } from 'react-i18next';
import type { Move } from '../../game/index.ts';
import type { TurnOptions } from '../../game/decision.ts';
import { powerName } from '../view/names.ts';
import { PowerMark } from './PowerMark.tsx';

interface Props {
  options: TurnOptions;
  onMove: (m: Move) => void;
  explain: (text: string | null) => void;
}

/** The select's value for a door setting. */
const valueOf = (price: number | null) => (price === null ? 'closed' : String(price));

export function DoorControls({ options, onMove, explain }: Props) {
  const { t } = useTranslation();
  if (!options.doors.length) return null;
  return (
    <fieldset className="door-controls" data-testid="door-controls" data-left={options.doorChangesLeft}>
      <legend>{t('door.yours')}</legend>
      <p className="hint">
        {t('door.yoursHint')} {t('door.changesLeft', { count: options.doorChangesLeft })}
      </p>
      {options.doors.map((d) => (
        <label key={d.guest} className="door-row">
          <PowerMark power={d.guest} withName />
          <select
            value={valueOf(d.price)}
            aria-label={t('door.for', { power: powerName(t, d.guest) })}
            data-testid={`door-${d.guest}`}
            onChange={(e) => {
              const s = d.settings.find((x) => valueOf(x.price) === e.target.value);
              if (!s) return;
              if (s.reason) explain(t('panel.cannot', { reason: t(`reason.${s.reason}`) }));
              else {
                explain(null);
                onMove(s.move);
              }
            }}
          >
            {d.settings.map((s) => (
              <option
                key={valueOf(s.price)}
                value={valueOf(s.price)}
                disabled={s.reason !== null && s.reason !== 'DOOR_UNCHANGED'}
              >
                {s.price === null
                  ? t('door.closed')
                  : s.price === 0
                    ? t('door.free')
                    : t('door.price', { price: s.price })}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
