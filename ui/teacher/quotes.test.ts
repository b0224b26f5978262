/**
 * Every quote in the teacher's kit — power cards, guide, the debrief's questions, hedges, timeline and
 * after-2016 notes — appears word for word on the article line it names; every sentence from the article
 * quotes one; every text has its Russian. The article lives in the steering repo's shared/ folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AFTER_2016, HEDGES, QUESTIONS, TIMELINE } from '../debrief/argument.ts';
import { GUIDE_SENTENCES } from './guide.ts';
import { MODEL_NOTE, WHO } from './powers.ts';
import { SOURCE_TAGS, type Bi, type Quote, type Sentence } from './source.ts';

const ARTICLE = [
  new URL('../../../shared/seeds/000_5d502a84ab0f63d8.txt', import.meta.url).pathname,
  '/work/shared/seeds/000_5d502a84ab0f63d8.txt',
].find((path) => existsSync(path));
const normalise = (t: string) => t.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();

const sentences: { at: string; s: Sentence }[] = [
  ...Object.entries(WHO).flatMap(([p, list]) => list.map((s, i) => ({ at: `WHO.${p}.${i}`, s }))),
  { at: 'MODEL_NOTE', s: MODEL_NOTE },
  ...TIMELINE.map((m) => ({ at: `TIMELINE.${m.id}`, s: m.what })),
  ...AFTER_2016.map((s, i) => ({ at: `AFTER_2016.${i}`, s })),
  ...GUIDE_SENTENCES.map(({ at, s }) => ({ at: `guide.${at}`, s })),
];
const quotes: { at: string; q: Quote }[] = [
  ...sentences.flatMap(({ at, s }) => (s.quote ? [{ at, q: s.quote }] : [])),
  ...QUESTIONS.flatMap((x) => x.quotes.map((q, i) => ({ at: `QUESTIONS.${x.id}.${i}`, q }))),
  ...HEDGES.map((h) => ({ at: `HEDGES.${h.word}`, q: h.quote })),
];
const texts: { at: string; b: Bi }[] = [
  ...sentences.map(({ at, s }) => ({ at, b: s.text })),
  ...quotes.map(({ at, q }) => ({ at: `${at}.quote`, b: { en: q.text, ru: q.ru } })),
  ...QUESTIONS.flatMap((x) => [
    { at: `QUESTIONS.${x.id}.question`, b: x.question },
    { at: `QUESTIONS.${x.id}.aim`, b: x.aim },
  ]),
  ...TIMELINE.map((m) => ({ at: `TIMELINE.${m.id}.when`, b: m.when })),
];

describe('the teacher’s kit and the debrief’s article sections', () => {
  it('tag every sentence, and quote a line for every sentence from the article', () => {
    expect(sentences.length).toBeGreaterThan(30);
    for (const { at, s } of sentences) {
      expect(SOURCE_TAGS, at).toContain(s.tag);
      if (s.tag === 'article') expect(s.quote, at).toBeDefined();
      if (s.tag === 'background' || s.tag === 'mechanism') expect(s.quote, at).toBeUndefined();
    }
    for (const tag of SOURCE_TAGS)
      expect(
        sentences.some(({ s }) => s.tag === tag),
        tag,
      ).toBe(true);
  });

  it('have every text in English and in Russian', () => {
    const gaps = texts.filter(({ b }) => !b.en.trim() || (!/[а-яё]/i.test(b.ru) && !/^[\d–\s]+$/.test(b.ru)));
    expect(gaps.map((g) => g.at)).toEqual([]);
  });

  it('cover the hedges the issue names, each inside its own quote', () => {
    for (const word of ['could', 'almost certainly', 'presumably']) expect(HEDGES.map((h) => h.word)).toContain(word);
    for (const h of HEDGES) expect(normalise(h.quote.text), h.word).toContain(h.word);
    expect(TIMELINE.map((m) => m.id)).toEqual(expect.arrayContaining(['feb-25', 'dushanbe', 'august', 'october']));
  });

  it.runIf(ARTICLE)('quote the article word for word, on the line they name', () => {
    const lines = readFileSync(ARTICLE!, 'utf8').split('\n');
    const wrong = quotes
      .filter(({ q }) => !normalise(lines[q.line - 1] ?? '').includes(normalise(q.text)))
      .map(({ at, q }) => `${at}: line ${q.line}: “${q.text}”`);
    expect(quotes.length).toBeGreaterThan(40);
    expect(wrong).toEqual([]);
  });
});
