/**
 * Names for the things the engine refers to by id — powers, regions, coalitions, lists of powers —
 * in the board's current language. Scenario texts are picked with the engine's `textIn`.
 */
import i18next, { type TFunction } from 'i18next';
// Leaf modules, not the game's index: the start screen uses these names without loading the engine.
import type { GameState } from '../../game/state.ts';
import { textIn } from '../../game/text.ts';
import { POWER_NAMES, REGION_CATALOGUE, isRegionId, type Power } from '../../game/vocabulary.ts';

export type T = TFunction;

/**
 * Names looked up once per translation function: the board asks for the same few dozen names hundreds
 * of times a render, and an i18next lookup is far slower than a map. Kept per function and language (a
 * component's `t` follows a language switch; i18next's own `t` stays the same function).
 */
const named = new WeakMap<T, Map<string, string>>();
function once(t: T, key: string, look: () => string): string {
  let cache = named.get(t);
  if (!cache) named.set(t, (cache = new Map()));
  const at = `${i18next.language}|${key}`;
  let name = cache.get(at);
  if (name === undefined) cache.set(at, (name = look()));
  return name;
}

export function powerName(t: T, p: Power): string {
  return once(t, `power.${p}`, () => t(`power.${p}`, { defaultValue: POWER_NAMES[p] }));
}

export function powerCode(t: T, p: Power): string {
  return t(`powerCode.${p}`);
}

export function regionName(t: T, id: string): string {
  return isRegionId(id)
    ? once(t, `region.${id}`, () => t(`region.${id}`, { defaultValue: REGION_CATALOGUE[id].name }))
    : id;
}

/** "A, B and C" in the current language. */
export function listOf(items: readonly string[], lang: string): string {
  try {
    return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

export function powerList(t: T, powers: readonly Power[], lang: string): string {
  return listOf(
    powers.map((p) => powerName(t, p)),
    lang,
  );
}

/** A coalition's name: its historical name, or "China's coalition" for one formed in play. */
export function coalitionName(t: T, view: GameState, id: string, lang: string, leader?: Power): string {
  const c = view.coalitions.find((x) => x.id === id);
  if (c?.name) return textIn(c.name, lang);
  const set = view.scenario.coalitions.find((x) => x.id === id);
  if (set) return textIn(set.name, lang);
  const who = c?.leader ?? leader;
  return who ? t('log.coalitionOf', { leader: powerName(t, who) }) : id;
}

/** Signed number for effects: "+2", "−1". */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}

/** Translate a key built at run time (codes from bots or data), with a default when it is missing. */
export function tr(t: T, key: string, options?: Record<string, unknown>): string {
  return (t as unknown as (k: string, o?: Record<string, unknown>) => string)(key, options);
}
