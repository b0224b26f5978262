/** The "what if?" strings (`whatif` in the i18n resources) and the numbers they carry, written the language's way. */
import type { TFunction } from 'i18next';
import type { enWhatif } from '../i18n/en-whatif.ts';
import { formatNumber } from '../i18n/number.ts';
import { tr } from '../view/names.ts';

export type WhatifKey = keyof typeof enWhatif;

/** One "what if?" string with its {{parameters}}. */
export function wt(t: TFunction, key: WhatifKey, params: Record<string, string | number> = {}): string {
  return tr(t, `whatif.${key}`, params);
}

const percents = new Map<string, Intl.NumberFormat>();

/** A share as a percentage ("24.5%", "24,5 %"). */
export function pct(x: number, lang: string): string {
  let f = percents.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
    percents.set(lang, f);
  }
  return f.format(x);
}

/** A mean, one decimal at most. */
export function num(x: number, lang: string): string {
  return formatNumber(Math.round(x * 10) / 10, lang);
}
