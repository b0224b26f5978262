/** The coalitions now standing, numbered as the map's coalition marks are. */
import { useTranslation } from 'react-i18next';
import type { GameState } from '../../game/index.ts';
import { coalitionName, powerList } from '../view/names.ts';

export function CoalitionList({ view }: { view: GameState }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="coalitions" aria-labelledby="coalitions-title" data-testid="coalitions">
      <h3 id="coalitions-title">{t('board.coalitions')}</h3>
      {view.coalitions.length === 0 ? (
        <p>{t('board.noCoalitions')}</p>
      ) : (
        <ol>
          {view.coalitions.map((c, i) => (
            <li key={c.id} data-coalition={c.id}>
              <span className="coalition-num" aria-hidden="true">
                {i + 1}
              </span>
              {t('board.coalitionMembers', {
                name: coalitionName(t, view, c.id, i18n.language),
                members: powerList(t, c.members, i18n.language),
              })}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
