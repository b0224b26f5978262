/**
 * A computer player's reason in the board's language. Bots explain themselves as data — a code and
 * parameters that are ids and numbers (`game/ai/explain.ts`) — plus an English clause. Here the code
 * picks the sentence (`why.<code>`), ids become names ("gbao" → "Gorno-Badakhshan", "kabul,kunduz" →
 * "Kabul and Kunduz"), numbers are written the locale's way, and a goal becomes its own phrase
 * (`goal.<type>`). A code the board does not know falls back to the bot's English clause.
 */
import { isPower, isRegionId } from '../../game/index.ts';
import type { Explanation } from '../../game/ai/index.ts';
import { listOf, powerName, regionName, tr, type T } from '../view/names.ts';
import { formatNumber } from './number.ts';

/** Codes whose sentence embeds a goal phrase. */
const GOAL_CODES = new Set(['goal', 'ahead', 'choose']);

/** A parameter for display: ids (or comma-separated lists of ids) as names, numbers per locale. */
function shown(t: T, value: string | number, lang: string): string {
  if (typeof value === 'number') return formatNumber(value, lang);
  const ids = value.split(',').filter(Boolean);
  if (!ids.length) return value;
  const names = ids.map((id) => (isRegionId(id) ? regionName(t, id) : isPower(id) ? powerName(t, id) : id));
  return listOf(names, lang);
}

/** The reason clause ("because threat in Khatlon reached 4, …") for the game log. */
export function whyText(t: T, why: Explanation, lang: string): string {
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(why.params)) params[k] = shown(t, v, lang);
  const key = `why.${why.code}`;
  if (GOAL_CODES.has(why.code)) {
    const goal = `goal.${String(why.params.goal ?? '')}`;
    params.goal = tr(t, goal, { ...params, defaultValue: String(why.params.goal ?? '') });
  }
  return tr(t, key, { ...params, defaultValue: why.text });
}
