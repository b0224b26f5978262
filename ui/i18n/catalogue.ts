/**
 * The shape of a language's strings, and the comparison that keeps every shipped language complete:
 * the same keys as English, the plural forms the language needs (`_one`, `_few`, … from
 * `Intl.PluralRules`), and the same {{parameters}} in every sentence. A translation may add a format
 * to a parameter (`{{region, prep}}`), never drop or invent one.
 */

/** Nested strings: what an i18next resource file holds. */
export interface Catalogue {
  [key: string]: string | Catalogue;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every leaf as "a.b.c" → text. */
export function flatten(c: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(c)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** The parameter names of a sentence, without their formats: "{{power, gen}} +{{vp}}" → ["power", "vp"]. */
export function paramsOf(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)) names.add(m[1]!);
  return [...names].sort();
}

/** The plural categories a language uses ("en": one, other; "ru": one, few, many, other). */
export function pluralCategories(lang: string): string[] {
  return [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories];
}

/** A difference between a translation and English. */
export interface Gap {
  key: string;
  problem: 'missing' | 'extra' | 'params' | 'empty';
  detail?: string;
}

/** Every key or parameter in which `other` (in language `lang`) differs from English. */
export function compare(en: Catalogue, other: Catalogue, lang: string): Gap[] {
  const want = expected(flatten(en), lang);
  const have = flatten(other);
  const gaps: Gap[] = [];
  for (const [key, params] of want) {
    const text = have.get(key);
    if (text === undefined) gaps.push({ key, problem: 'missing' });
    else if (!text.trim()) gaps.push({ key, problem: 'empty' });
    else {
      const got = paramsOf(text).join(',');
      if (got !== params.join(','))
        gaps.push({ key, problem: 'params', detail: `wants {${params.join(',')}}, has {${got}}` });
    }
  }
  for (const key of have.keys()) if (!want.has(key)) gaps.push({ key, problem: 'extra' });
  return gaps;
}

/** The keys a language must have, each with its parameters: English plural keys become the language's forms. */
function expected(en: Map<string, string>, lang: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const forms = pluralCategories(lang);
  for (const [key, text] of en) {
    const plural = key.match(PLURAL);
    if (!plural) {
      out.set(key, paramsOf(text));
      continue;
    }
    const base = key.slice(0, -plural[0].length);
    const params = paramsOf(en.get(`${base}_other`) ?? text);
    for (const f of forms) out.set(`${base}_${f}`, params);
  }
  return out;
}
