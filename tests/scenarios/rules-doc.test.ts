/**
 * The printable rulebook (docs/rules.md) quotes the Autumn 2016 scenario's numbers: each is written
 * `**4**<!--rules.base.buildCost-->`, bold with the path of its field in autumn-2016.json hidden beside it.
 * Every such number must equal the file's value, and no other number may appear outside the history
 * quotes, so that retuning the scenario without updating the rulebook fails here. The history quotes
 * must be found, word for word, on the article line they name (where the article is on this machine).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const doc = read('docs/rules.md');
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
const quoted = [...doc.matchAll(QUOTED)].map((m) => ({ text: m[0], value: Number(m[2]), path: m[3]! }));

/** The text left to a reader once history quotes, citations and the quoted numbers are taken out. */
function unquoted(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('>'))
    .map((line) => line.replace(/^\d+\. /, ''))
    .join('\n')
    .replace(QUOTED, '')
    .replace(/\(line \d+\)/g, '')
    .replace(/vol\. 13, issue 185/g, '')
    .replace(/Autumn 2016|autumn-2016\.json|Rules 2\.0|rules-doc\.test\.ts/g, '');
}

const ARTICLE = [
  new URL('../../../shared/seeds/000_5d502a84ab0f63d8.txt', import.meta.url).pathname,
  '/work/shared/seeds/000_5d502a84ab0f63d8.txt',
].find((path) => existsSync(path));
const normalise = (t: string) => t.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();

describe('docs/rules.md', () => {
  it('quotes numbers, and every one is the Autumn 2016 value at the path beside it', () => {
    expect(quoted.length).toBeGreaterThan(40);
    const wrong = quoted
      .filter((q) => at(q.path) !== q.value)
      .map((q) => `${q.text} — the file has ${String(at(q.path))}`);
    expect(wrong).toEqual([]);
  });

  it('has no number without its path, outside the history quotes', () => {
    expect(unquoted(doc).match(/.{0,30}\d.{0,30}/g) ?? []).toEqual([]);
  });

  it('covers the round, every operation, doors, tension, threat, scoring and winning', () => {
    for (const heading of [
      'The round',
      'Doors and prices',
      'The operations',
      'Tension',
      'Threat',
      'Scoring',
      'How to win',
    ])
      expect(doc).toMatch(new RegExp(`^## ${heading}`, 'm'));
    for (const op of ['Aid', 'Base', 'Exercise', 'Coalition', 'Special ability', 'Pass'])
      expect(doc).toContain(`- **${op}**`);
    for (const power of ['Russia', 'China', 'Tajikistan', 'Pakistan', 'Afghanistan'])
      expect(doc).toMatch(new RegExp(`- \\*\\*${power}, `));
    const paths = new Set(quoted.map((q) => q.path));
    for (const key of Object.keys(at('rules.special') as object)) expect(paths).toContain(`rules.special.${key}.cost`);
  });

  it('quotes the article word for word, on the line it names (the article must be beside the checkout)', () => {
    expect(ARTICLE, 'the source article shared/seeds/000_5d502a84ab0f63d8.txt is missing').toBeDefined();
    const lines = readFileSync(ARTICLE!, 'utf8').split('\n').map(normalise);
    const history = doc
      .split('\n')
      .filter((l) => l.startsWith('>'))
      .map((l) => l.replace(/^>\s?/, ''))
      .join(' ');
    const quotes = [...history.matchAll(/"([^"]+)"(?:\s*\(line (\d+)\))?/g)];
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
