/**
 * A region's details, shown when it is tapped or clicked (also before an action is chosen): who holds
 * it, its stability and what control needs, threat, each power's influence, bases and the host's
 * coalitions — what the map card draws and its hover tooltip says, in words a touch screen can reach.
 * Read from the same `regionViews` as the map; it decides nothing.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { POWERS, type GameState } from '../../game/index.ts';
import { PowerMark } from '../panel/PowerMark.tsx';
import { coalitionName, listOf, powerName, regionName } from '../view/names.ts';
import { regionViews } from '../view/regionView.ts';

interface Props {
  view: GameState;
  region: string;
  onClose: () => void;
}

export function RegionDetails({ view, region, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const ref = useRef<HTMLElement>(null);
  const r = regionViews(view).find((x) => x.id === region);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [region]);
  if (!r) return null;
  const name = regionName(t, r.id);
  const country = powerName(t, r.host);
  return (
    <section
      ref={ref}
      className="region-details"
      aria-labelledby="region-details-title"
      aria-live="polite"
      data-testid="region-details"
      data-region={r.id}
    >
      <header className="region-details-head">
        <div>
          <p className="eyebrow">{t('details.heading')}</p>
          <h3 id="region-details-title">{name}</h3>
          <p className="region-details-sub">
            {t('details.country', { country })} ·{' '}
            {r.controller
              ? t('details.controlledBy', { power: powerName(t, r.controller) })
              : t('details.uncontrolled')}
          </p>
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label={t('details.closeLabel', { name })}
          data-testid="region-details-close"
        >
          ✕
        </button>
      </header>
      <dl className="region-details-figures">
        <div>
          <dt>{t('details.stability')}</dt>
          <dd data-testid="details-stability">{r.stability}</dd>
        </div>
        <div>
          <dt>{t('details.threat')}</dt>
          <dd data-testid="details-threat">{r.threat}</dd>
        </div>
      </dl>
      <p className="region-details-needs">{t('details.needs', { threshold: r.threshold, lead: r.lead })}</p>
      <h4>{t('details.influence')}</h4>
      <ul className="region-details-influence">
        {POWERS.map((p) => (
          <li key={p} data-power={p} data-value={r.influence[p]}>
            <PowerMark power={p} withName /> <strong>{r.influence[p]}</strong>
          </li>
        ))}
      </ul>
      <p>
        <strong>{t('details.bases')}:</strong>{' '}
        {r.bases.length
          ? listOf(
              r.bases.map(
                (b) =>
                  t('details.base', { power: powerName(t, b.owner), level: b.level }) +
                  (b.leaseLabel ? ` (${t('board.leaseEnds', { label: b.leaseLabel })})` : ''),
              ),
              lang,
            )
          : t('details.none')}
      </p>
      <p>
        <strong>{t('details.coalitions', { country })}:</strong>{' '}
        {r.coalitions.length
          ? listOf(
              r.coalitions.map((n) => coalitionName(t, view, view.coalitions[n - 1]!.id, lang)),
              lang,
            )
          : t('details.none')}
      </p>
    </section>
  );
}
