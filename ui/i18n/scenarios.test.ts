/**
 * Scenario texts in every language a scenario claims. A scenario either gives a language for all of
 * its texts or for none (no half-translated card in the middle of a game), and every shipped scenario
 * is complete in Russian. A translation keeps the original's numbers — a VP value or a date that
 * differs means one side was retuned and the other not — uses the agreed terms (ОДКБ, ЕАЭС, ПИВТ, …),
 * and leaves no English behind.
 */
import { describe, expect, it } from 'vitest';
import { SCENARIOS, SCENARIO_IDS, textIn, type Scenario } from '../../game/index.ts';
import { claimedLanguages, numbersIn, scenarioTexts } from './scenarioTexts.ts';

const shipped = SCENARIO_IDS.map((id) => [id, SCENARIOS[id]!] as const);

/** English terms and the Russian that must stand for them. */
const GLOSSARY: [RegExp, RegExp][] = [
  [/\bCSTO\b/, /ОДКБ/],
  [/Eurasian Economic Union|\bEEU\b/, /ЕАЭС|Евразийск\S+ экономическ\S+ союз/],
  [/\bIRPT\b|Islamic Renaissance Party/, /ПИВТ|Партии исламского возрождения Таджикистана/],
  [/People's Liberation Army|\bPLA\b/, /НОАК|Народно-освободительн/],
  [/\bISAF\b/, /МССБ/],
  [/Silk Road/, /Шёлков/],
  [/Ishkoshim/, /Ишкашим/],
  [/Gorno-Badakhshan/, /Горн\S+ Бадахшан|ГБАО/],
  [/\bIP\b/, /ОВ/],
  [/\bVP\b/, /ПО/],
];

describe.each(shipped)('scenario %s', (_id, scenario) => {
  const texts = scenarioTexts(scenario);

  it('gives each language it claims for every text, or for none', () => {
    for (const lang of claimedLanguages(scenario)) {
      const without = texts.filter((t) => typeof t.text === 'string' || !t.text[lang]).map((t) => t.path);
      expect(without, lang).toEqual([]);
    }
  });

  it('is complete in Russian', () => {
    expect(claimedLanguages(scenario)).toContain('ru');
  });

  it('keeps the numbers and the terms of the English in Russian, and leaves no English behind', () => {
    for (const { path, text } of texts) {
      const en = textIn(text, 'en');
      const ru = textIn(text, 'ru');
      expect(numbersIn(ru), `${path}: ${ru}`).toEqual(numbersIn(en));
      for (const [term, russian] of GLOSSARY) if (term.test(en)) expect(ru, `${path}: ${term}`).toMatch(russian);
      if (/[a-z]/i.test(en)) {
        expect(ru, path).toMatch(/[а-яё]/i);
        expect(ru.match(/[A-Za-z]{3,}/g) ?? [], `${path}: ${ru}`).toEqual([]);
      }
    }
  });
});

describe('the all-or-none rule', () => {
  const base = SCENARIOS[SCENARIO_IDS[0]!]!;
  it('finds a text left without a language the scenario claims elsewhere', () => {
    const half: Scenario = { ...base, title: { en: 'A title', ru: 'Заголовок' }, summary: 'Only English' };
    expect(claimedLanguages(half)).toContain('ru');
    const without = scenarioTexts(half).filter((t) => typeof t.text === 'string' || !t.text.ru);
    expect(without.map((t) => t.path)).toContain('summary');
  });

  it('reads numbers with any thousands separator', () => {
    expect(numbersIn('10,000 troops, October 20–24, $70 million')).toEqual([20, 24, 70, 10000]);
    expect(numbersIn('10 000 военных, 20–24 октября')).toEqual([20, 24, 10000]);
  });
});
