/**
 * The language menu: every shipped language under its own name. The choice applies at once (React
 * re-renders through react-i18next), is remembered for the next visit, and sets <html lang>.
 */
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES, chooseLanguage } from './index.ts';

/** `compact` (the top bar): the label is for screen readers only, and the menu shows language codes. */
export function LanguagePicker({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <label className={compact ? 'language is-compact' : 'language'}>
      <span className={compact ? 'sr-only' : undefined}>{t('app.language')}</span>
      <select value={i18n.language} onChange={(e) => void chooseLanguage(e.target.value)} data-testid="language">
        {Object.keys(LANGUAGES).map((code) => (
          <option key={code} value={code} lang={code} label={compact ? code.toUpperCase() : undefined}>
            {LANGUAGE_NAMES[code] ?? code}
          </option>
        ))}
      </select>
    </label>
  );
}
