/**
 * The printable rulebook (docs/rules.md) and its Russian translation (docs/rules.ru.md) quote the Autumn
 * 2016 scenario's numbers: each is written `**4**<!--rules.base.buildCost-->`, bold with the path of its
 * field in autumn-2016.json hidden beside it. Every such number must equal the file's value, and no other
 * number may appear outside the history quotes, so that retuning the scenario without updating the
 * rulebook fails here. The English history quotes must be found, word for word, on the article line they
 * name (where the article is on this machine); the Russian ones translate the same lines, in the same order,
 * and the translation quotes the very same numbers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const scenario: unknown = JSON.parse(read('game/scenarios/autumn-2016.json'));

/** The value at a dotted path ("rules.aid.cost", "scoring.0") in the scenario file. */
function at(path: string): unknown {
  let v: unknown = scenario;
  for (const key of path.split('.'))
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** A quoted number: bold, optionally signed, with its path in a comment right after it. */
const QUOTED = /\*\*([−+-]?)(\d+)\*\*<!--\s*([\w.]+)\s*-->/g;
const quotedIn = (doc: string) =>
  [...doc.matchAll(QUOTED)].map((m) => ({ text: m[0], value: Number(m[2]), path: m[3]! }));

/** What differs between the rulebook and its translation: the words the tests look for. */
interface Edition {
  file: string;
  /** Names with digits in them that are not rule numbers (the scenario's title, the article's issue). */
  names: RegExp;
  /** A history quote's citation of its article line. */
  line: RegExp;
  headings: string[];
  operations: string[];
  powers: string[];
}

const EDITIONS: Edition[] = [
  {
    file: 'docs/rules.md',
    names: /Autumn 2016|autumn-2016\.json|Rules 2\.0|rules-doc\.test\.ts|vol\. 13, issue 185/g,
    line: /\(line (\d+)\)/g,
    headings: ['The round', 'Doors and prices', 'The operations', 'Tension', 'Threat', 'Scoring', 'How to win'],
    operations: ['Aid', 'Base', 'Exercise', 'Coalition', 'Special ability', 'Pass'],
    powers: ['Russia', 'China', 'Tajikistan', 'Pakistan', 'Afghanistan'],
  },
  {
    file: 'docs/rules.ru.md',
    names: /Осен[иь] 2016|autumn-2016\.json|Правила 2\.0|rules-doc\.test\.ts|т\. 13, вып\. 185/g,
    line: /\(строка (\d+)\)/g,
    headings: ['Раунд', 'Двери и цены', 'Операции', 'Напряжённость', 'Угроза', 'Подсчёт очков', 'Как победить'],
    operations: ['Помощь', 'База', 'Учения', 'Коалиция', 'Особая способность', 'Пас'],
    powers: ['Россия', 'Китай', 'Таджикистан', 'Пакистан', 'Афганистан'],
  },
];

/** The text left to a reader once history quotes, citations and the quoted numbers are taken out. */
function unquoted(text: string, edition: Edition): string {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('>'))
    .map((line) => line.replace(/^\d+\. /, ''))
    .join('\n')
    .replace(QUOTED, '')
    .replace(edition.line, '')
    .replace(edition.names, '');
}

/** The history blockquotes, joined. */
const historyOf = (doc: string) =>
  doc
    .split('\n')
    .filter((l) => l.startsWith('>'))
    .map((l) => l.replace(/^>\s?/, ''))
    .join(' ');

const ARTICLE = [
  new URL('../../../shared/seeds/000_5d502a84ab0f63d8.txt', import.meta.url).pathname,
  '/work/shared/seeds/000_5d502a84ab0f63d8.txt',
].find((path) => existsSync(path));
const normalise = (t: string) => t.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();

const english = read(EDITIONS[0]!.file);

describe.each(EDITIONS)('$file', (edition) => {
  const doc = read(edition.file);
  const quoted = quotedIn(doc);

  it('quotes numbers, and every one is the Autumn 2016 value at the path beside it', () => {
    expect(quoted.length).toBeGreaterThan(40);
    const wrong = quoted
      .filter((q) => at(q.path) !== q.value)
      .map((q) => `${q.text} — the file has ${String(at(q.path))}`);
    expect(wrong).toEqual([]);
  });

  it('has no number without its path, outside the history quotes', () => {
    expect(unquoted(doc, edition).match(/.{0,30}\d.{0,30}/g) ?? []).toEqual([]);
  });

  it('covers the round, every operation, doors, tension, threat, scoring and winning', () => {
    for (const heading of edition.headings) expect(doc).toMatch(new RegExp(`^## ${heading}`, 'm'));
    for (const op of edition.operations) expect(doc).toContain(`- **${op}**`);
    for (const power of edition.powers) expect(doc).toMatch(new RegExp(`- \\*\\*${power}, `));
    const paths = new Set(quoted.map((q) => q.path));
    for (const key of Object.keys(at('rules.special') as object)) expect(paths).toContain(`rules.special.${key}.cost`);
  });

  it('quotes every number the English rulebook quotes, in the same order', () => {
    expect(quoted.map((q) => `${q.path}=${q.value}`)).toEqual(quotedIn(english).map((q) => `${q.path}=${q.value}`));
  });

  it('cites the same article lines as the English rulebook, in the same order', () => {
    const lines = (text: string, pattern: RegExp) => [...historyOf(text).matchAll(pattern)].map((m) => Number(m[1]));
    expect(lines(doc, edition.line)).toEqual(lines(english, EDITIONS[0]!.line));
  });
});

describe('docs/rules.md', () => {
  it('quotes the article word for word, on the line it names (the article must be beside the checkout)', () => {
    expect(ARTICLE, 'the source article shared/seeds/000_5d502a84ab0f63d8.txt is missing').toBeDefined();
    const lines = readFileSync(ARTICLE!, 'utf8').split('\n').map(normalise);
    const quotes = [...historyOf(english).matchAll(/"([^"]+)"(?:\s*\(line (\d+)\))?/g)];
    expect(quotes.length).toBeGreaterThan(6);
    for (const [, words, line] of quotes) {
      const where = line ? [lines[Number(line) - 1] ?? ''] : lines;
      expect(
        where.some((l) => l.includes(normalise(words!))),
        `"${words}" on line ${line}`,
      ).toBe(true);
    }
  });
});
