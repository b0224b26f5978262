/**
 * i18next set up for the board: resources are bundled (no network), English is the fallback, and
 * React re-renders on a language change. Each shipped language registers its resources in
 * `LANGUAGES`; a test checks they all have every key of English. The player's choice is kept in
 * localStorage and put on <html lang>, so screen readers pronounce the page in the right language.
 * Formats available to sentences: the grammatical cases of `cases.ts` (`{{region, prep}}`) and
 * i18next's own `number`; every other number is written the language's way (`number.ts`).
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { CASES, inCase } from './cases.ts';
import { formatNumber } from './number.ts';
import { en, type Resources } from './en.ts';
import { ru } from './ru.ts';
import type { Catalogue } from './catalogue.ts';

/** The languages the board ships, by code. */
export const LANGUAGES: Record<string, Catalogue> = { en, ru };

/** Each language's name in itself, for the picker. */
export const LANGUAGE_NAMES: Record<string, string> = { en: 'English', ru: 'Русский' };

/** Where the player's language is kept. */
export const LANGUAGE_KEY = 'roof-of-the-world.lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
  }
}

/** The shipped language closest to `wanted` ("ru-RU" → "ru"), or English. */
export function shippedLanguage(wanted: string | null | undefined): string {
  const code = (wanted ?? '').toLowerCase().split('-')[0] ?? '';
  return Object.prototype.hasOwnProperty.call(LANGUAGES, code) ? code : 'en';
}

/** The language to start in: the player's saved choice, else the browser's, else English. */
export function preferredLanguage(): string {
  let saved: string | null = null;
  try {
    saved = globalThis.localStorage?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    saved = null;
  }
  if (saved && Object.prototype.hasOwnProperty.call(LANGUAGES, saved)) return saved;
  const nav = (globalThis as { navigator?: { language?: string } }).navigator;
  return shippedLanguage(nav?.language);
}

/** Initialise i18next once (idempotent); returns the instance. */
export function setupI18n(wanted = 'en') {
  const lng = shippedLanguage(wanted);
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: Object.fromEntries(Object.entries(LANGUAGES).map(([code, r]) => [code, { translation: r }])),
      lng,
      fallbackLng: 'en',
      interpolation: { escapeValue: false, alwaysFormat: true },
      initAsync: false,
      returnNull: false,
    });
    const formatter = i18next.services.formatter;
    if (formatter) {
      for (const c of CASES) formatter.add(c, (value, lang) => inCase(String(value), c, lang ?? 'en'));
      // Every number a sentence shows is written the language's way, unless the sentence formats it itself.
      const format = formatter.format.bind(formatter);
      const localised: typeof format = (value, spec, lang, options) =>
        !spec && typeof value === 'number' ? formatNumber(value, lang ?? 'en') : format(value, spec, lang, options);
      formatter.format = localised;
      for (const holder of [i18next.options.interpolation, i18next.services.interpolator])
        if (holder) (holder as unknown as { format: typeof localised }).format = localised;
    }
  }
  return i18next;
}

/** Put the language on the page: <html lang> (screen readers, hyphenation) and the window's title. */
export function showLanguage(): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = i18next.language;
  document.title = i18next.t('app.title');
}

/** Switch the board's language, remember it, and tell the page (for screen readers and hyphenation). */
export async function chooseLanguage(code: string): Promise<void> {
  const lng = shippedLanguage(code);
  await i18next.changeLanguage(lng);
  try {
    globalThis.localStorage?.setItem(LANGUAGE_KEY, lng);
  } catch {
    // Storage may be off (private mode): the choice lasts until the page closes.
  }
  showLanguage();
}

export { i18next };
