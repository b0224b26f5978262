/**
 * Great-power tension: the level, the danger zone (what it forbids) and the crisis at the top, and who
 * carries the blame — the power that loses VP if the crisis comes is named.
 */
import { useTranslation } from 'react-i18next';
import { blameRanking, certainlyBlamed, inDangerZone, type GameState } from '../../game/index.ts';
import { powerName } from '../view/names.ts';
import { memoPanel } from './memoPanel.ts';

function TensionPanelPanel({ view }: { view: GameState }) {
  const { t } = useTranslation();
  const { danger, max, crisisPenalty } = view.scenario.rules.tension;
  const blamed = blameRanking(view);
  const sure = certainlyBlamed(view);
  const inDanger = inDangerZone(view);
  return (
    <section
      className={inDanger ? 'tension-panel is-danger' : 'tension-panel'}
      aria-labelledby="tension-title"
      data-testid="tension-panel"
      data-danger={inDanger}
    >
      <h3 id="tension-title">{t('tensionPanel.heading', { tension: view.tension, max })}</h3>
      <TensionScale tension={view.tension} danger={danger} max={max} />
      <p className={inDanger ? 'is-warn' : undefined}>
        {inDanger ? '⚠ ' : ''}
        {t(inDanger ? 'tensionPanel.inDanger' : 'tensionPanel.danger', { danger })}
      </p>
      <p>{t('tensionPanel.crisis', { max, penalty: crisisPenalty })}</p>
      <p data-testid="blame">
        {blamed.length === 0
          ? t('tensionPanel.noBlame')
          : t('tensionPanel.blame', {
              list: blamed
                .map((p) => t('tensionPanel.blameItem', { power: powerName(t, p), blame: view.blame[p] }))
                .join(', '),
            })}
        {sure && <> {t('tensionPanel.wouldLose', { power: powerName(t, sure), penalty: crisisPenalty })}</>}
      </p>
    </section>
  );
}

/** One box a point of tension, the danger zone shaded and the crisis box marked. */
export function TensionScale({ tension, danger, max }: { tension: number; danger: number; max: number }) {
  const { t } = useTranslation();
  return (
    <ol className="tension-scale" aria-hidden="true">
      {Array.from({ length: max + 1 }, (_, i) => (
        <li
          key={i}
          className={[
            i <= tension ? 'is-filled' : '',
            i >= danger ? 'is-danger' : '',
            i === max ? 'is-crisis' : '',
          ].join(' ')}
          title={i === max ? t('tensionPanel.crisisMark') : i === danger ? t('tensionPanel.dangerMark') : undefined}
        >
          {i === max ? '✸' : i}
        </li>
      ))}
    </ol>
  );
}

export const TensionPanel = memoPanel(TensionPanelPanel);
