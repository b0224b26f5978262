/**
 * Grammatical cases for languages that decline names. A sentence asks for a case with an i18next
 * format, `{{region, prep}}`; the formatter rewrites each known word of the (nominative) value into
 * that case, so lists work too: "Кабул, Кундуз и Бадахшан" → "Кабуле, Кундузе и Бадахшане". Words it
 * does not know (a custom scenario's coalition, say) stay as they are, which reads a little stiff but
 * never wrong-headed. English has no table: its sentences never ask for a case.
 */

export const CASES = ['gen', 'dat', 'acc', 'ins', 'prep'] as const;
export type Case = (typeof CASES)[number];

/** gen, dat, acc, ins, prep — in that order. */
type Forms = readonly [string, string, string, string, string];

/**
 * Russian: the names the board uses (powers, regions, home cities), and the words of coalition names.
 * Adjectives and nouns are listed word by word ("Раштская" + "долина").
 */
const RU: Record<string, Forms> = {
  Россия: ['России', 'России', 'Россию', 'Россией', 'России'],
  Китай: ['Китая', 'Китаю', 'Китай', 'Китаем', 'Китае'],
  Таджикистан: ['Таджикистана', 'Таджикистану', 'Таджикистан', 'Таджикистаном', 'Таджикистане'],
  Пакистан: ['Пакистана', 'Пакистану', 'Пакистан', 'Пакистаном', 'Пакистане'],
  Афганистан: ['Афганистана', 'Афганистану', 'Афганистан', 'Афганистаном', 'Афганистане'],
  Согд: ['Согда', 'Согду', 'Согд', 'Согдом', 'Согде'],
  Хатлон: ['Хатлона', 'Хатлону', 'Хатлон', 'Хатлоном', 'Хатлоне'],
  Раштская: ['Раштской', 'Раштской', 'Раштскую', 'Раштской', 'Раштской'],
  долина: ['долины', 'долине', 'долину', 'долиной', 'долине'],
  Горный: ['Горного', 'Горному', 'Горный', 'Горным', 'Горном'],
  Бадахшан: ['Бадахшана', 'Бадахшану', 'Бадахшан', 'Бадахшаном', 'Бадахшане'],
  Кундуз: ['Кундуза', 'Кундузу', 'Кундуз', 'Кундузом', 'Кундузе'],
  Кабул: ['Кабула', 'Кабулу', 'Кабул', 'Кабулом', 'Кабуле'],
  'Гилгит-Балтистан': [
    'Гилгит-Балтистана',
    'Гилгит-Балтистану',
    'Гилгит-Балтистан',
    'Гилгит-Балтистаном',
    'Гилгит-Балтистане',
  ],
  'Хайбер-Пахтунхва': [
    'Хайбер-Пахтунхвы',
    'Хайбер-Пахтунхве',
    'Хайбер-Пахтунхву',
    'Хайбер-Пахтунхвой',
    'Хайбер-Пахтунхве',
  ],
  Исламабад: ['Исламабада', 'Исламабаду', 'Исламабад', 'Исламабадом', 'Исламабаде'],
  Синьцзян: ['Синьцзяна', 'Синьцзяну', 'Синьцзян', 'Синьцзяном', 'Синьцзяне'],
  Москва: ['Москвы', 'Москве', 'Москву', 'Москвой', 'Москве'],
  Пекин: ['Пекина', 'Пекину', 'Пекин', 'Пекином', 'Пекине'],
  Коалиция: ['Коалиции', 'Коалиции', 'Коалицию', 'Коалицией', 'Коалиции'],
  Четырёхсторонняя: [
    'Четырёхсторонней',
    'Четырёхсторонней',
    'Четырёхстороннюю',
    'Четырёхсторонней',
    'Четырёхсторонней',
  ],
  Четырехсторонняя: [
    'Четырехсторонней',
    'Четырехсторонней',
    'Четырехстороннюю',
    'Четырехсторонней',
    'Четырехсторонней',
  ],
};

/** Case tables by language code. */
export const CASE_TABLES: Record<string, Record<string, Forms>> = { ru: withLowerCase(RU) };

/** Each capitalised entry also under its lower-case first letter ("коалиция"), unless listed already. */
function withLowerCase(table: Record<string, Forms>): Record<string, Forms> {
  const out: Record<string, Forms> = { ...table };
  for (const [word, forms] of Object.entries(table)) {
    const lower = word[0]!.toLowerCase() + word.slice(1);
    if (!(lower in out)) out[lower] = forms.map((f) => f[0]!.toLowerCase() + f.slice(1)) as unknown as Forms;
  }
  return out;
}

const patterns = new Map<string, RegExp>();

function patternFor(lang: string, table: Record<string, Forms>): RegExp {
  let re = patterns.get(lang);
  if (!re) {
    const words = Object.keys(table).sort((a, b) => b.length - a.length);
    re = new RegExp(`(?<![\\p{L}\\-])(${words.join('|')})(?![\\p{L}\\-])`, 'gu');
    patterns.set(lang, re);
  }
  return re;
}

/** `value` with every word the language's table knows put into `grammaticalCase`. */
export function inCase(value: string, grammaticalCase: Case, lang: string): string {
  const table = CASE_TABLES[lang.split('-')[0] ?? lang];
  if (!table) return value;
  const i = CASES.indexOf(grammaticalCase);
  return value.replace(patternFor(lang, table), (word) => table[word]?.[i] ?? word);
}
