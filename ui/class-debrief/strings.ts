/** The class-wide debrief's strings (`classDebrief` in the i18n resources). */
import type { TFunction } from 'i18next';
import type { enClass } from '../i18n/en-class.ts';
import { tr } from '../view/names.ts';

export type ClassKey = keyof typeof enClass;

/** One class-debrief string with its {{parameters}}. */
export function ct(t: TFunction, key: ClassKey, params: Record<string, string | number> = {}): string {
  return tr(t, `classDebrief.${key}`, params);
}
