/**
 * Every shipped language is complete: the same keys as English (with the plural forms the language
 * needs), the same parameters in every sentence, and only formats the board knows. Every code the
 * engine and the bots can produce — refusal reasons, computer players' reasons, goals, bot levels —
 * has a sentence. Russian names decline through the case table, and the log reads in Russian.
 */
import { describe, expect, it } from 'vitest';
import { BOTS } from '../../game/ai/index.ts';
import {
  POWERS,
  ObjectiveSchema,
  REASONS,
  applyInPlace,
  getScenario,
  initialState,
  toMove,
  type Power,
} from '../../game/index.ts';
import { viewFor } from '../../game/view.ts';
import { CASES, CASE_TABLES } from './cases.ts';
import { compare, flatten, paramsOf, pluralCategories, type Catalogue } from './catalogue.ts';
import { en } from './en.ts';
import { LANGUAGES, setupI18n } from './index.ts';
import { ru } from './ru.ts';
import { whyText } from './why.ts';

const FORMATS = new Set<string>([...CASES, 'number']);
const shipped = Object.entries(LANGUAGES).filter(([code]) => code !== 'en');

describe('shipped languages', () => {
  it('ship English and Russian at least', () => {
    expect(Object.keys(LANGUAGES)).toEqual(expect.arrayContaining(['en', 'ru']));
  });

  it.each(shipped)('%s has every English key, its own plural forms and the same parameters', (code, cat) => {
    expect(compare(en, cat, code)).toEqual([]);
  });

  it('the comparison finds a missing key, a missing plural form and a dropped parameter', () => {
    const broken = structuredClone(ru) as unknown as Catalogue;
    delete (broken.app as Catalogue).title;
    delete (broken.start as Catalogue).rounds_few;
    (broken.log as Catalogue).pass = 'пас';
    const gaps = compare(en, broken, 'ru').map((g) => `${g.problem} ${g.key}`);
    expect(gaps).toEqual(expect.arrayContaining(['missing app.title', 'missing start.rounds_few', 'params log.pass']));
    expect(pluralCategories('ru')).toEqual(expect.arrayContaining(['one', 'few', 'many', 'other']));
  });

  it.each(Object.entries(LANGUAGES))('%s uses only formats the board registers', (_code, cat) => {
    for (const [key, text] of flatten(cat)) {
      for (const m of text.matchAll(/\{\{\s*[\w.]+\s*,\s*([^}]+?)\s*\}\}/g)) {
        expect(FORMATS.has(m[1]!), `${key}: unknown format "${m[1]}"`).toBe(true);
      }
    }
  });

  it('Russian translates every sentence (no English left behind)', () => {
    const english = flatten(en);
    const same = [...flatten(ru)].filter(
      ([key, text]) => english.get(key) === text && /[a-z]{3}/i.test(text.replace(/\{\{[^}]*\}\}/g, '')),
    );
    expect(same.map(([k]) => k)).toEqual([]);
  });

  it('Russian has no word in Latin letters but the allowed names (power codes in Cyrillic too)', () => {
    const latin = [...flatten(ru)].flatMap(([key, text]) =>
      (text.replace(/\{\{[^}]*\}\}/g, '').match(/[A-Za-z]{2,}/g) ?? [])
        .filter((w) => !LATIN_IN_RUSSIAN.has(w))
        .map((w) => `${key}: ${w}`),
    );
    expect(latin).toEqual([]);
  });
});

/** Latin words Russian keeps: the article's journal, file formats and a file name. */
const LATIN_IN_RUSSIAN = new Set([
  'EDM',
  'Eurasia',
  'Daily',
  'Monitor',
  'JSON',
  'CSV',
  'json',
  'docs',
  'scenarios',
  'md',
]);

describe('codes the engine and bots produce', () => {
  it('every refusal reason, goal type and bot level has a sentence', () => {
    for (const r of REASONS) expect(en.reason[r], r).toBeTruthy();
    const goals = ObjectiveSchema.options.map((o) => o.shape.type.value);
    for (const g of goals) expect((en.goal as Record<string, string>)[g], g).toBeTruthy();
    for (const b of BOTS) expect((en.bots as Record<string, string>)[b.id], b.id).toBeTruthy();
  });

  it('every reason a computer player gives in real games has a sentence, and it reads in Russian', () => {
    const i18n = setupI18n('en');
    const tRu = i18n.getFixedT('ru');
    const codes = new Set<string>();
    for (const id of ['random', 'greedy', 'novice', 'planner', 'passive']) {
      const bot = BOTS.find((b) => b.id === id)!;
      for (const scenarioId of ['tutorial', 'autumn-2016']) {
        const s = initialState(getScenario(scenarioId)!, `why-${id}`);
        const rng = { rng: 7 };
        for (let power = toMove(s), n = 0; power !== null && n < 400; power = toMove(s), n++) {
          const d = bot.decide(viewFor(s, power), power, rng);
          codes.add(d.why.code);
          const line = whyText(tRu, d.why, 'ru');
          expect(line, `${d.why.code}: ${d.why.text}`).not.toMatch(/[a-z]{3}|\{\{/i);
          applyInPlace(s, power, d.move);
        }
      }
    }
    const known = new Set(Object.keys(en.why));
    expect([...codes].filter((c) => !known.has(c))).toEqual([]);
    expect(codes.size).toBeGreaterThan(6);
  });
});

describe('Russian names decline', () => {
  const table = CASE_TABLES.ru!;
  const indeclinable = new Set(['Душанбе']);

  it('every word of every power, region and home name is in the case table (or indeclinable)', () => {
    const names = [...Object.values(ru.power), ...Object.values(ru.region), ...Object.values(ru.home)];
    const words = names.flatMap((n) => n.split(' '));
    expect(words.filter((w) => !table[w] && !indeclinable.has(w))).toEqual([]);
    for (const forms of Object.values(table)) expect(forms).toHaveLength(CASES.length);
  });

  it('sentences put names into the case they ask for, lists included', () => {
    const t = setupI18n('en').getFixedT('ru');
    const p = (x: Power) => ru.power[x];
    expect(
      t('log.exercise', {
        power: p('china'),
        region: ru.region.gbao,
        size: 2,
        before: 4,
        after: 2,
        actor: 2,
        cost: 3,
      }),
    ).toBe('Китай проводит учения размера 2 в Горном Бадахшане: угроза 4 → 2, влияние Китая +2 (стоит 3 ОВ).');
    expect(t('log.exerciseHost', { partner: p('tajikistan'), partnerGain: 1 })).toBe(
      'Участвуют войска Таджикистана: влияние Таджикистана +1.',
    );
    expect(t('log.spread', { from: ru.region.kunduz, to: ru.region.rasht })).toBe(
      'Угроза распространяется из Кундуза в Раштскую долину.',
    );
    expect(t('action.describe.found', { invitees: 'Таджикистан, Пакистан и Афганистан' })).toBe(
      'блок с Таджикистаном, Пакистаном и Афганистаном',
    );
    expect(t('log.doorClosed', { power: p('tajikistan'), guest: p('russia') })).toBe(
      'Таджикистан закрывает дверь для России.',
    );
    expect(t('door.changesLeft', { count: 2 })).toBe('В этом ходу осталось 2 изменения.');
    expect(t('door.changesLeft', { count: 5 })).toBe('В этом ходу осталось 5 изменений.');
    expect(t('start.rounds', { count: 21 })).toBe('21 раунд');
    for (const power of POWERS) expect(t('privacy.heading', { power: p(power) })).not.toContain(`за ${p(power)}я`);
  });

  it('numbers are written the language’s way', () => {
    const i18n = setupI18n('en');
    expect(i18n.getFixedT('ru')('board.tension', { tension: 1234.5, max: 8 })).toBe('Напряжённость 1\u00a0234,5/8');
    expect(i18n.getFixedT('en')('board.tension', { tension: 1234.5, max: 8 })).toBe('Tension 1,234.5 / 8');
    expect(i18n.getFixedT('ru')('start.rounds', { count: 1500 })).toBe('1\u00a0500 раундов');
  });

  it('parameters are found with or without a format', () => {
    expect(paramsOf('{{power, gen}} +{{vp}} and {{power}}')).toEqual(['power', 'vp']);
  });
});
