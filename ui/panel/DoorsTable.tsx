/** Every host's doors, for everyone: whom it lets in and at what price an operation (public facts). */
import { useTranslation } from 'react-i18next';
import { POWERS, type GameState, type Power } from '../../game/index.ts';
import { allDoors } from '../../game/decision.ts';
import { powerCode, powerName } from '../view/names.ts';
import { PowerMark } from './PowerMark.tsx';

export function DoorsTable({ view, viewer }: { view: GameState; viewer: Power | null }) {
  const { t } = useTranslation();
  const hosts = allDoors(view);
  if (!hosts.length) return null;
  return (
    <section className="doors" aria-labelledby="doors-title" data-testid="doors">
      <h3 id="doors-title">{t('door.heading')}</h3>
      <p className="hint">{t('door.hint')}</p>
      <table>
        <caption className="sr-only">{t('door.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('door.host')}</th>
            {POWERS.map((g) => (
              <th key={g} scope="col" className={g === viewer ? 'is-me' : undefined}>
                <abbr title={powerName(t, g)}>{powerCode(t, g)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {hosts.map(({ host, doors }) => (
            <tr key={host} data-host={host}>
              <th scope="row">
                <PowerMark power={host} withName />
              </th>
              {POWERS.map((g) => {
                const d = doors.find((x) => x.guest === g);
                if (!d)
                  return (
                    <td key={g} className="door-self">
                      –
                    </td>
                  );
                return (
                  <td
                    key={g}
                    className={d.price === null ? 'door-closed' : 'door-open'}
                    data-guest={g}
                    data-price={d.price ?? 'closed'}
                    title={t('door.cell', { host: powerName(t, host), guest: powerName(t, g) })}
                  >
                    {d.price === null ? t('door.closedShort') : d.price === 0 ? t('door.freeShort') : d.price}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
