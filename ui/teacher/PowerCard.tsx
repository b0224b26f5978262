/**
 * A power's one-page card for its group, printable on A4: who it is in 2016 from the article (each
 * sentence with its line), its goals (the scenario's objectives, in the board's own words), its special
 * ability and its operations — every number read from the scenario, none written here.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { POWERS, hostOf, newGame, textIn, type Power, type Scenario } from '../../game/index.ts';
import { SPECIALS } from '../../game/ops/special.ts';
import { objectiveText } from '../panel/ObjectivesCard.tsx';
import { PowerMark } from '../panel/PowerMark.tsx';
import { listOf, powerList, powerName } from '../view/names.ts';
import { operationLines } from './ops.ts';
import { MODEL_NOTE, WHO } from './powers.ts';
import { Sourced } from './Sourced.tsx';

export function PowerCard({ scenario, power }: { scenario: Scenario; power: Power }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  // The objectives' words need a position (bloc names); the scenario's own start is that position.
  const start = useMemo(() => newGame(scenario, 1), [scenario]);
  const special = SPECIALS[power];
  const n = scenario.rules.special[power];
  const rivals = scenario.rivalries.flatMap((pair) =>
    pair.includes(power) ? pair.filter((p): p is Power => p !== power) : [],
  );
  const host = scenario.regions.some((r) => hostOf(r.id) === power);
  const me = scenario.powers[power];
  return (
    <article className="power-card" data-testid={`power-card-${power}`} data-power={power}>
      <header className="power-card-head">
        <h2>
          <PowerMark power={power} /> {t('kit.card.title', { power: powerName(t, power) })}
        </h2>
        <p>{t('kit.card.scenario', { scenario: textIn(scenario.title, lang) })}</p>
      </header>
      <section>
        <h3>{t('kit.card.who')}</h3>
        <ul className="kit-list">
          {WHO[power].map((s, i) => (
            <Sourced key={i} s={s} as="li" />
          ))}
        </ul>
        <Sourced s={MODEL_NOTE} />
      </section>
      <section>
        <h3>{t('kit.card.goals', { scoring: listOf(scenario.scoring.map(String), lang) })}</h3>
        <ul className="kit-list" data-testid="card-goals">
          {scenario.objectives[power].map((o, i) => (
            <li key={i} data-objective={o.type}>
              {objectiveText(t, start, o, lang)}
            </li>
          ))}
        </ul>
        <p>{t('kit.card.agenda')}</p>
        <p>
          {t('kit.card.start', { ip: me.ip, economy: me.economy })}{' '}
          {rivals.length > 0 && t('kit.card.rivals', { rivals: powerList(t, rivals, lang) })}{' '}
          {t(host ? 'kit.card.host' : 'kit.card.notHost')}
        </p>
      </section>
      <section>
        <h3>{t('kit.card.special')}</h3>
        <p data-testid="card-special">
          <strong>{t(`special.name.${special}`)}</strong> — {t(`special.text.${special}`, { ...n })}{' '}
          {t('special.cost', { cost: n.cost })}
        </p>
      </section>
      <section>
        <h3>{t('kit.card.ops')}</h3>
        <ul className="kit-list kit-ops">
          {operationLines(t, scenario.rules, power)
            .filter((l) => l.op !== 'special')
            .map((l) => (
              <li key={l.op} data-op={l.op}>
                {l.text}
              </li>
            ))}
        </ul>
      </section>
    </article>
  );
}

/** Every power's card for a scenario, one printed page each. */
export function PowerCards({ scenario }: { scenario: Scenario }) {
  return (
    <div className="power-cards" data-testid="power-cards">
      {POWERS.map((p) => (
        <PowerCard key={p} scenario={scenario} power={p} />
      ))}
    </div>
  );
}
