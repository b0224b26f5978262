/**
 * The blocs now standing (the CSTO, the Quadrilateral, any founded in play), numbered as the map's
 * coalition marks are: each with its leader and members, and what membership brings (joint action).
 */
import { useTranslation } from 'react-i18next';
import type { GameState } from '../../game/index.ts';
import { coalitionName, powerName } from '../view/names.ts';
import { PowerMark } from './PowerMark.tsx';
import { memoPanel } from './memoPanel.ts';

function CoalitionListPanel({ view }: { view: GameState }) {
  const { t, i18n } = useTranslation();
  const rules = view.scenario.rules.coalition;
  return (
    <section className="coalitions" aria-labelledby="coalitions-title" data-testid="coalitions">
      <h3 id="coalitions-title">{t('board.coalitions')}</h3>
      {view.coalitions.length === 0 ? (
        <p>{t('board.noCoalitions')}</p>
      ) : (
        <ol>
          {view.coalitions.map((c, i) => (
            <li key={c.id} data-coalition={c.id} data-members={c.members.join(' ')}>
              <span className="coalition-num" aria-hidden="true">
                {i + 1}
              </span>
              <strong>{coalitionName(t, view, c.id, i18n.language)}</strong>{' '}
              <span className="bloc-leader">({t('bloc.leader', { power: powerName(t, c.leader) })})</span>
              <span className="bloc-members">
                {c.members.map((p) => (
                  <PowerMark key={p} power={p} withName />
                ))}
              </span>
            </li>
          ))}
        </ol>
      )}
      <p className="hint">
        {t('bloc.joint', { threat: rules.jointThreat, influence: rules.jointInfluence })}{' '}
        {t('bloc.double', { tension: rules.doubleTension })}
      </p>
    </section>
  );
}

export const CoalitionList = memoPanel(CoalitionListPanel);
