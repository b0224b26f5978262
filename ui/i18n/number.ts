/** Numbers written the locale's way: "1,234.5" in English, "1 234,5" in Russian (Intl). */

const formats = new Map<string, Intl.NumberFormat>();

/** `n` in the language's digits and separators, at most one decimal. */
export function formatNumber(n: number, lang: string): string {
  let f = formats.get(lang);
  if (!f) {
    try {
      f = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    } catch {
      f = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
    }
    formats.set(lang, f);
  }
  return f.format(n);
}
