/**
 * The teacher's kit's sentences and where each comes from. Every sentence the guide, the power cards
 * and the debrief's article sections present carries one of four tags: `article` (said by the source,
 * EDM 13/185, and then it quotes the line it comes from, word for word), `background` (general
 * knowledge, true but not from the article), `mechanism` (how the game models something) or
 * `speculation` (a possible future, the article's or the game's). A test checks every quote against
 * the article's line.
 */

import { SOURCE_KINDS, type SourceKind } from '../../game/index.ts';

/** Where a sentence comes from: the scenarios' own source kinds. */
export const SOURCE_TAGS = SOURCE_KINDS;
export type SourceTag = SourceKind;

/** A text in both shipped languages. */
export interface Bi {
  en: string;
  ru: string;
}

/** Words of the article, exactly as on its line (`text`), with a Russian translation. */
export interface Quote {
  line: number;
  text: string;
  ru: string;
}

/** One sentence of the kit, tagged by its source; an `article` sentence quotes its line. */
export interface Sentence {
  tag: SourceTag;
  text: Bi;
  quote?: Quote;
}

/** The source, as a citation names it. */
export const ARTICLE_TITLE = 'Beijing Encroaching on Moscow’s Military Dominance in Tajikistan';
export const ARTICLE_SOURCE = 'Eurasia Daily Monitor 13/185 (2016)';

export const say = (en: string, ru: string): Bi => ({ en, ru });
export const quote = (line: number, text: string, ru: string): Quote => ({ line, text, ru });
export const fromArticle = (text: Bi, q: Quote): Sentence => ({ tag: 'article', text, quote: q });
export const background = (text: Bi): Sentence => ({ tag: 'background', text });
export const mechanism = (text: Bi): Sentence => ({ tag: 'mechanism', text });
export const speculation = (text: Bi, q?: Quote): Sentence =>
  q ? { tag: 'speculation', text, quote: q } : { tag: 'speculation', text };

/** The text in `lang`, English when the language is not Russian. */
export const inLang = (b: Bi, lang: string): string => (lang === 'ru' ? b.ru : b.en);
