/**
 * Every shipped scenario is true to its source, in both languages. Each text that makes a claim has a
 * source saying what it is — from the article, background, a game rule (mechanism) or speculation —
 * with a citation in English and Russian. An "article" citation names the article's line(s) and quotes
 * it; every quote in any citation appears word for word on a line it names (or, naming none, somewhere
 * in the article); the Russian citation names the same lines and as many quotes. The article must be
 * present: CI lays `shared/` beside the checkout, and a missing article fails here rather than
 * skipping the checks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  SCENARIOS,
  SCENARIO_IDS,
  SOURCE_KINDS,
  citedLines,
  loadScenario,
  quotesOf,
  sourcesOf,
  textIn,
  type LocalText,
} from '../../game/index.ts';
import { enRules } from '../../ui/i18n/en-rules.ts';
import { ruRules } from '../../ui/i18n/ru-rules.ts';
import { numbersIn } from '../../ui/i18n/scenarioTexts.ts';

const SEED = 'seeds/000_5d502a84ab0f63d8.txt';
/** The source article lives in the steering repo's shared/ folder, beside this checkout (CI lays it there too). */
const PLACES = [new URL(`../../../shared/${SEED}`, import.meta.url).pathname, `/work/shared/${SEED}`];
const ARTICLE = PLACES.find((path) => existsSync(path));

function articleLines(): string[] {
  if (!ARTICLE) throw new Error(`The source article is missing: looked for ${PLACES.join(' and ')}`);
  return readFileSync(ARTICLE, 'utf8').split('\n');
}

const normalise = (t: string) => t.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();

/** Latin-letter words a Russian citation may keep: the article's journal. */
const LATIN_OK = new Set(['EDM']);

const langs = (t: LocalText) => (typeof t === 'string' ? { en: t } : t);

describe('the source article', () => {
  it('is beside the checkout, so that every quote can be checked', () => {
    expect(ARTICLE, `looked for ${PLACES.join(' and ')}`).toBeDefined();
    expect(articleLines().length).toBeGreaterThan(10);
  });
});

describe.each(SCENARIO_IDS)('sources of %s', (id) => {
  const scenario = SCENARIOS[id]!;
  const all = sourcesOf(scenario);

  it('tag the summary, every blurb, bloc, event card, history and background note', () => {
    const missing = all.filter((s) => !s.source).map((s) => s.at);
    expect(missing).toEqual([]);
    for (const { at, source } of all) expect(SOURCE_KINDS, at).toContain(source!.kind);
  });

  it('cite in English and in Russian, naming the same lines and as many quotes', () => {
    for (const { at, source } of all) {
      const c = langs(source!.citation);
      expect(c.ru, `${at}: no Russian citation`).toBeTruthy();
      expect(citedLines(c.ru!), `${at}: ${c.en} / ${c.ru}`).toEqual(citedLines(c.en));
      expect(quotesOf(c.ru!).length, `${at}: ${c.ru}`).toBe(quotesOf(c.en).length);
      expect(numbersIn(c.ru!), `${at}: numbers differ between\n${c.en}\n${c.ru}`).toEqual(numbersIn(c.en));
      const latin = (c.ru!.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !LATIN_OK.has(w));
      expect(latin, `${at}: English left in the Russian citation: ${c.ru}`).toEqual([]);
    }
  });

  it('name a line of the article and quote it for every "article" source', () => {
    for (const { at, source } of all) {
      if (source!.kind !== 'article') continue;
      const c = langs(source!.citation);
      expect(c.en, at).toMatch(/^EDM 13\/185, lines? \d+/);
      expect(c.ru, at).toMatch(/^EDM 13\/185, строк[аи] \d+/);
      expect(quotesOf(c.en).length, `${at}: an article citation quotes the article`).toBeGreaterThan(0);
    }
  });

  it('quote the article word for word, on a line they name', () => {
    const lines = articleLines();
    const whole = normalise(lines.join(' '));
    for (const { at, source } of all) {
      const en = textIn(source!.citation, 'en');
      const named = citedLines(en);
      for (const quote of quotesOf(en)) {
        const q = normalise(quote);
        if (named.length === 0) expect(whole, `${at}: “${quote}” is not in the article`).toContain(q);
        else
          expect(
            named.some((n) => normalise(lines[n - 1] ?? '').includes(q)),
            `${at}: “${quote}” is not on line ${named.join(', ')} of the article`,
          ).toBe(true);
      }
    }
  });
});

describe('a source written before Rules 2.0', () => {
  it('loads "counterfactual" as speculation', () => {
    const data = structuredClone(SCENARIOS['moscow-2009']) as unknown as { events: { source: { kind: string } }[] };
    data.events[0]!.source.kind = 'counterfactual';
    const loaded = loadScenario(data);
    expect(loaded.ok && loaded.value.events[0]!.source.kind).toBe('speculation');
  });
});

describe('the rulebook in the app (How to play)', () => {
  const sections = Object.entries(enRules as unknown as Record<string, { history?: unknown }>).flatMap(([key, v]) =>
    typeof v === 'object' && typeof v.history === 'string' ? [[key, { history: v.history }] as const] : [],
  );

  it('quotes the article word for word in each "History" line', () => {
    const whole = normalise(articleLines().join(' '));
    expect(sections.length).toBeGreaterThan(4);
    for (const [key, { history }] of sections) {
      const quotes = quotesOf(history);
      expect(quotes.length, key).toBeGreaterThan(0);
      for (const q of quotes) expect(whole, `rules.${key}.history: “${q}”`).toContain(normalise(q));
    }
  });

  it('has a Russian translation of each, as a quote', () => {
    for (const [key] of sections) {
      const ru = (ruRules as unknown as Record<string, { history?: string }>)[key]?.history ?? '';
      expect(quotesOf(ru).length, `rules.${key}.history in Russian`).toBeGreaterThan(0);
    }
  });
});
