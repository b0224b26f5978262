/**
 * i18next set up for the board: resources are bundled (no network), English is the fallback, and
 * React re-renders on a language change. Other languages register their resources in `LANGUAGES`.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, type Resources } from './en.ts';

/** The languages the board ships, by code. */
export const LANGUAGES: Record<string, Resources> = { en };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
  }
}

/** Initialise i18next once (idempotent); returns the instance. */
export function setupI18n(wanted = 'en') {
  const lng = Object.prototype.hasOwnProperty.call(LANGUAGES, wanted) ? wanted : 'en';
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: Object.fromEntries(Object.entries(LANGUAGES).map(([code, r]) => [code, { translation: r }])),
      lng,
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
  }
  return i18next;
}

export { i18next };
