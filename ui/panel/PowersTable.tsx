/** All five powers at a glance: who plays them, IP, VP and regions controlled (public facts only). */
import { useTranslation } from 'react-i18next';
import { POWERS, actingPower, controlledRegions, type GameState, type Power } from '../../game/index.ts';
import type { Seats } from '../../game/seats.ts';
import { powerName } from '../view/names.ts';
import { PowerMark } from './PowerMark.tsx';
import { memoPanel } from './memoPanel.ts';

function PowersTablePanel({ view, seats, viewer }: { view: GameState; seats: Seats; viewer: Power | null }) {
  const { t } = useTranslation();
  const acting = actingPower(view);
  return (
    <table className="powers" data-testid="powers">
      <caption className="sr-only">{t('scores.heading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('scores.heading')}</th>
          <th scope="col">
            <abbr title={t('scores.ipLong')}>{t('scores.ip')}</abbr>
          </th>
          <th scope="col">
            <abbr title={t('scores.vpLong')}>{t('scores.vp')}</abbr>
          </th>
          <th scope="col">
            <abbr title={t('scores.regionsLong')}>{t('scores.regions')}</abbr>
          </th>
        </tr>
      </thead>
      <tbody>
        {POWERS.map((p) => (
          <tr
            key={p}
            className={[p === acting ? 'is-acting' : '', p === viewer ? 'is-me' : ''].join(' ')}
            data-power={p}
          >
            <th scope="row">
              <PowerMark power={p} />
              <span className="name">{powerName(t, p)}</span>
              <span className="seat">{seats[p].kind === 'computer' ? t('scores.computer') : t('scores.human')}</span>
              {p === acting && <span className="sr-only"> ({t('scores.turn')})</span>}
            </th>
            <td>{view.ip[p]}</td>
            <td>{view.vp[p]}</td>
            <td>{controlledRegions(view, p).length}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export const PowersTable = memoPanel(PowersTablePanel);
