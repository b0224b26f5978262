/**
 * The "How to play" screen renders every section of the rulebook in English and in Russian, and each
 * number it shows is the running scenario's: a scenario whose rules are all changed to distinct values
 * shows those values, and no default slips through. Server-side rendering in node.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { getScenario } from '../../game/scenarios/index.ts';
import { i18next, setupI18n } from '../i18n/index.ts';
import { HOWTO_SECTIONS, HowToPlay, HowToPlayButton, type RulesSource } from './HowToPlay.tsx';

setupI18n('en');
afterAll(() => i18next.changeLanguage('en'));
const autumn = getScenario('autumn-2016')!;
const tutorial = getScenario('tutorial')!;

/** The page as a reader sees it: text only, one space between words. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

const render = (s: RulesSource) => renderToStaticMarkup(<HowToPlay scenario={s} onClose={() => {}} />);

/** The rules the screen shows, by path: each must appear on it as the scenario says. */
const SHOWN = [
  'income.carryOver',
  'income.perControlledValue',
  'income.baseRentPerLevel',
  'doors.maxPrice',
  'doors.changesPerTurn',
  'doors.closedTension',
  'control.thresholdFactor',
  'control.leadFactor',
  'aid.cost',
  'aid.maxSize',
  'aid.influence',
  'aid.domesticThreatReduction',
  'aid.dividend',
  'base.buildCost',
  'base.expandCost',
  'base.maxLevel',
  'base.influence',
  'base.threatSuppression',
  'base.tension',
  'exercise.cost',
  'exercise.coalitionCost',
  'exercise.maxSize',
  'exercise.threatReduction',
  'exercise.actorInfluence',
  'exercise.partnerInfluence',
  'exercise.tension',
  'coalition.foundCost',
  'coalition.joinCost',
  'coalition.leaveCost',
  'coalition.leaveTension',
  'coalition.doubleTension',
  'coalition.jointThreat',
  'coalition.jointInfluence',
  'special.russia.cost',
  'special.russia.threat',
  'special.russia.influence',
  'special.russia.tension',
  'special.china.cost',
  'special.china.influence',
  'special.tajikistan.cost',
  'special.tajikistan.ip',
  'special.pakistan.cost',
  'special.pakistan.influence',
  'special.pakistan.threat',
  'special.pakistan.partnerInfluence',
  'special.china.value',
  'special.afghanistan.cost',
  'special.afghanistan.threat',
  'special.afghanistan.influence',
  'threat.spreadAt',
  'threat.incidentInfluenceLoss',
  'threat.incidentStabilityLoss',
  'tension.start',
  'tension.decay',
  'tension.danger',
  'tension.max',
  'tension.crisisPenalty',
] as const;

/** Autumn 2016 with every shown rule set to its own number (101, 102, …), 12 rounds, scoring in 4, 8 and 12. */
function retuned(): { scenario: RulesSource; values: Map<string, number> } {
  const rules = structuredClone(autumn.rules) as unknown as Record<string, Record<string, unknown>>;
  const values = new Map<string, number>();
  SHOWN.forEach((path, i) => {
    const keys = path.split('.');
    let at: Record<string, unknown> = rules;
    for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
    at[keys.at(-1)!] = 101 + i;
    values.set(path, 101 + i);
  });
  const suddenDeath = [{ type: 'dominance' as const, regions: 201, vp: 202 }, { type: 'crisis' as const }];
  return {
    scenario: {
      ...autumn,
      rules: rules as unknown as RulesSource['rules'],
      rounds: 203,
      scoring: [8, 4, 12],
      suddenDeath,
    },
    values,
  };
}

describe.each(['en', 'ru'])('How to play, in %s', (lang) => {
  it('renders every section, every operation and every power’s ability, with history tagged', async () => {
    await i18next.changeLanguage(lang);
    const html = render(autumn);
    for (const id of HOWTO_SECTIONS) expect(html).toContain(`data-section="${id}"`);
    for (const op of ['aid', 'base', 'exercise', 'coalition', 'special', 'pass'])
      expect(html).toContain(`data-op="${op}"`);
    for (const p of ['russia', 'china', 'tajikistan', 'pakistan', 'afghanistan'])
      expect(html).toContain(`data-special="${p}"`);
    expect(html.match(/data-tag="history"/g)?.length).toBe(5);
    expect(html).toContain('data-tag="mechanism"');
    expect(html).not.toMatch(/\{\{|rules\.\w/);
    const page = text(html);
    expect(page).toContain(i18next.t('rules.heading'));
    if (lang === 'ru') expect(page).not.toMatch(/\b(the|and|of|IP|VP)\b/);
  });

  it('shows the scenario’s own numbers, not Autumn 2016’s', async () => {
    await i18next.changeLanguage(lang);
    const { scenario, values } = retuned();
    const page = text(render(scenario));
    for (const [path, v] of values) expect(page, path).toMatch(new RegExp(`(^|[^\\d])${v}([^\\d]|$)`));
    for (const n of [201, 202, 203, 4, 8, 12]) expect(page).toMatch(new RegExp(`(^|[^\\d])${n}([^\\d]|$)`));
    expect(page).toMatch(lang === 'en' ? /rounds 4, 8,? and 12/ : /раундов 4, 8 и 12/);
    const autumnPage = text(render(autumn));
    expect(autumnPage).toMatch(lang === 'en' ? /rounds 3 and 5/ : /раундов 3 и 5/);
    expect(autumnPage).not.toMatch(/(^|[^\d])10[1-9]([^\d]|$)/);
  });

  it('says aid at home lowers no threat when the scenario sets it to 0, instead of "by 0"', async () => {
    await i18next.changeLanguage(lang);
    const none = { ...autumn, rules: { ...autumn.rules, aid: { ...autumn.rules.aid, domesticThreatReduction: 0 } } };
    const some = { ...autumn, rules: { ...autumn.rules, aid: { ...autumn.rules.aid, domesticThreatReduction: 2 } } };
    expect(text(render(none))).toContain(text(i18next.t('rules.ops.aidNoDomestic', none.rules.aid)));
    expect(text(render(some))).toContain(text(i18next.t('rules.ops.aid', { ...some.rules.aid, domestic: 2 })));
  });

  it('says when a scenario has no crisis and no dominance (the tutorial)', async () => {
    await i18next.changeLanguage(lang);
    const page = text(render(tutorial));
    expect(page).toContain(i18next.t('rules.tension.noCrisis', { max: tutorial.rules.tension.max }));
    expect(page).not.toContain(i18next.t('rules.win.crisis'));
    expect(page).toContain(i18next.t('rules.scoring.rounds', { count: 1, rounds: String(tutorial.scoring[0]) }));
  });

  it('opens from a button (closed at first)', async () => {
    await i18next.changeLanguage(lang);
    const html = renderToStaticMarkup(<HowToPlayButton scenario={autumn} />);
    expect(html).toContain('data-testid="open-howto"');
    expect(html).toContain(i18next.t('rules.open'));
    expect(html).not.toContain('data-testid="howto"');
  });
});
