/** Picking a language out of a scenario's localised text, falling back to English. */
import type { LocalText } from './schema.ts';

/** The text in `lang` (e.g. "ru"), or English when the scenario has no such translation. */
export function textIn(t: LocalText, lang: string): string {
  if (typeof t === 'string') return t;
  return t[lang] ?? t.en;
}
