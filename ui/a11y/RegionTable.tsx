/**
 * The map as a table, for screen readers and for anyone who reads figures better than a map: a row per
 * region with its country, the power in control, each power's influence, threat, stability, bases and
 * the host's coalitions. It renders the same engine view as the map (`regionViews`), so it is always in
 * sync, and when an action needs a region it offers the same choice as the map: a button per possible
 * target, and the reason in words for the others (through the same `onPick`).
 */
import { useTranslation } from 'react-i18next';
import { POWERS, type GameState } from '../../game/index.ts';
import type { TargetState } from '../map/RegionCard.tsx';
import { coalitionName, listOf, powerCode, powerName, regionName } from '../view/names.ts';
import { regionViews } from '../view/regionView.ts';

interface Props {
  view: GameState;
  /** Regions that are (or are not) targets of the action being chosen; empty when none is. */
  targets: ReadonlyMap<string, TargetState>;
  selected: string | null;
  onPick: (region: string) => void;
}

export function RegionTable({ view, targets, selected, onPick }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const choosing = targets.size > 0;
  return (
    <table className="region-table" data-testid="region-table">
      <caption>{t('a11y.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col" className="text">
            {t('a11y.region')}
          </th>
          <th scope="col" className="text">
            {t('a11y.controller')}
          </th>
          {POWERS.map((p) => (
            <th key={p} scope="col">
              <abbr title={powerName(t, p)}>{powerCode(t, p)}</abbr>
            </th>
          ))}
          <th scope="col">{t('a11y.threat')}</th>
          <th scope="col">{t('a11y.stability')}</th>
          <th scope="col" className="text">
            {t('a11y.bases')}
          </th>
          <th scope="col" className="text">
            {t('a11y.coalitions')}
          </th>
          {choosing && (
            <th scope="col" className="text">
              {t('a11y.target')}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {regionViews(view).map((r) => {
          const name = regionName(t, r.id);
          const target = targets.get(r.id);
          const classes = [target === 'legal' ? 'is-legal' : '', selected === r.id ? 'is-selected' : ''];
          return (
            <tr key={r.id} className={classes.join(' ').trim() || undefined} data-row={r.id}>
              <th scope="row">
                {name}
                <span className="sr-only">, {powerName(t, r.host)}</span>
              </th>
              <td className="text">{r.controller ? powerName(t, r.controller) : t('a11y.nobody')}</td>
              {POWERS.map((p) => (
                <td key={p}>{r.influence[p]}</td>
              ))}
              <td>{r.threat}</td>
              <td>{r.stability}</td>
              <td className="text">
                {r.bases.length
                  ? listOf(
                      r.bases.map((b) => t('regionCard.base', { power: powerName(t, b.owner), level: b.level })),
                      lang,
                    )
                  : t('a11y.none')}
              </td>
              <td className="text">
                {r.coalitions.length
                  ? listOf(
                      r.coalitions.map((n) => coalitionName(t, view, view.coalitions[n - 1]!.id, lang)),
                      lang,
                    )
                  : t('a11y.none')}
              </td>
              {choosing && (
                <td className="text">
                  {selected === r.id ? (
                    <strong>{t('a11y.picked')}</strong>
                  ) : (
                    <button
                      type="button"
                      onClick={() => onPick(r.id)}
                      aria-disabled={target !== 'legal'}
                      className={target === 'legal' ? undefined : 'is-off'}
                    >
                      {target === 'legal' ? t('a11y.pick') : t('a11y.notTarget')}
                      <span className="sr-only">: {name}</span>
                    </button>
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
