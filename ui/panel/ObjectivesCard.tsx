/**
 * A power's public objectives: what each pays, when they are scored (the scenario's scoring rounds) and
 * what each would score now — its gain over the start of the game (`objectiveGain`).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  POWERS,
  objectiveGain,
  roundObjectivesValue,
  type GameState,
  type Objective,
  type Power,
} from '../../game/index.ts';
import { PowerMark } from './PowerMark.tsx';
import { coalitionName, listOf, powerList, powerName, regionName, type T } from '../view/names.ts';
import { memoPanel } from './memoPanel.ts';

export function objectiveText(t: T, view: GameState, o: Objective, lang: string): string {
  const regions =
    'regions' in o
      ? listOf(
          o.regions.map((r) => regionName(t, r)),
          lang,
        )
      : '';
  switch (o.type) {
    case 'control':
    case 'noForeignControl':
      return t(`objective.${o.type}`, { vp: o.vp, regions });
    case 'influence':
      return t('objective.influence', { vp: o.vp, per: o.per, regions });
    case 'security':
      return t('objective.security', { vp: o.vp, max: o.maxThreat, regions });
    case 'outweigh':
      return t('objective.outweigh', { vp: o.vp, rival: powerName(t, o.rival), regions });
    case 'aidReceived':
      return t('objective.aidReceived', { vp: o.vp, from: powerList(t, o.from, lang) });
    case 'lowTension':
      return t('objective.lowTension', { vp: o.vp, atMost: o.atMost });
    case 'fees':
      return t('objective.fees', { vp: o.vp, per: o.per });
    case 'notMember':
      return t('objective.notMember', { vp: o.vp, coalition: coalitionName(t, view, o.coalition, lang) });
    case 'blocAtMost':
      return t('objective.blocAtMost', {
        vp: o.vp,
        members: o.members,
        coalition: coalitionName(t, view, o.coalition, lang),
      });
    case 'bases':
    case 'coalitionPartners':
      return t(`objective.${o.type}`, { vp: o.vp });
  }
}

/** One power's objectives, each with what it would score now. */
function ObjectiveList({ view, power }: { view: GameState; power: Power }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  // The sentences change only with the language and the coalitions (their names), not with each move:
  // worked out once for those (formatting them on every render was most of the panel's render time).
  const { scenario, coalitions } = view;
  const texts = useMemo(
    () => scenario.objectives[power].map((o) => objectiveText(t, view, o, lang)),
    [t, lang, scenario, coalitions, power], // the view is read only for these two
  );
  return (
    <ul>
      {scenario.objectives[power].map((o, i) => {
        const gain = objectiveGain(view, power, i);
        return (
          <li key={i} data-objective={o.type} data-gain={gain}>
            <span>{texts[i]}</span>{' '}
            <strong className={gain > 0 ? 'gain' : 'gain is-zero'}>{t('objective.now', { vp: gain })}</strong>
          </li>
        );
      })}
    </ul>
  );
}

/** When the objectives are scored (the scenario's scoring rounds) and which scoring comes next. */
function ScoringRounds({ view }: { view: GameState }) {
  const { t, i18n } = useTranslation();
  const rounds = listOf(view.scenario.scoring.map(String), i18n.language);
  const left = view.scenario.scoring.filter((r) => r >= view.round);
  return (
    <p className="hint">
      {t('objective.scoredIn', { rounds })}{' '}
      {left.length ? t('objective.next', { round: left[0] }) : t('objective.noneLeft')}
    </p>
  );
}

/** The viewer's own public objectives. */
function ObjectivesCardPanel({ view, power }: { view: GameState; power: Power }) {
  const { t } = useTranslation();
  return (
    <section className="objectives" aria-labelledby="objectives-title" data-testid="objectives">
      <h3 id="objectives-title">{t('objective.heading', { power: powerName(t, power) })}</h3>
      <ScoringRounds view={view} />
      <ObjectiveList view={view} power={power} />
    </section>
  );
}

/** Every other power's public objectives (they are public), folded, with what each would score now. */
function OtherObjectivesPanel({ view, viewer }: { view: GameState; viewer: Power | null }) {
  const { t } = useTranslation();
  return (
    <section className="objectives" aria-labelledby="others-objectives-title" data-testid="other-objectives">
      <h3 id="others-objectives-title">{t('objective.others')}</h3>
      {viewer === null && <ScoringRounds view={view} />}
      {POWERS.filter((p) => p !== viewer).map((p) => (
        <details key={p} data-power={p}>
          <summary>
            <PowerMark power={p} withName /> — {t('objective.total', { vp: roundObjectivesValue(view, p) })}
          </summary>
          <ObjectiveList view={view} power={p} />
        </details>
      ))}
    </section>
  );
}

export const ObjectivesCard = memoPanel(ObjectivesCardPanel);

export const OtherObjectives = memoPanel(OtherObjectivesPanel);
