/**
 * The debrief, replay and scenario-loader screens' strings. They live with the board's in the i18n
 * resources (`debrief` in `ui/i18n/en.ts`, `ru.ts`, …), so one language picker and one completeness
 * test cover every screen; `dt` is the short way these screens ask for one. Sentences take
 * {{parameters}} so a translation can reorder them, and `count` picks the plural form.
 */
import { en } from '../i18n/en.ts';
import { i18next } from '../i18n/index.ts';
import { tr } from '../view/names.ts';

/** The English table (for tests and for use before i18next starts). */
export const DEBRIEF_EN = en.debrief;

type Plain<K> = K extends `${infer B}_${'one' | 'other'}` ? B : K;
export type DebriefKey = Plain<keyof typeof DEBRIEF_EN>;

/** A string in `lang` with its {{parameters}} filled in (English where the language lacks it). */
export function dt(lang: string, key: DebriefKey, params: Record<string, string | number> = {}): string {
  if (i18next.isInitialized) return tr(i18next.getFixedT(lang), `debrief.${key}`, params);
  const table = DEBRIEF_EN as Record<string, string>;
  const plural = typeof params.count === 'number' ? (params.count === 1 ? '_one' : '_other') : '';
  const text = table[key + plural] ?? table[key] ?? key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`));
}
