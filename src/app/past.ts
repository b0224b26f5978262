/**
 * Past games on this device: every game that was finished, or set aside when a new one started, kept in
 * localStorage under one key as a list, newest first, each with a short summary (for the start screen's
 * list, read without loading the engine) and its save (for the debrief, the export and resuming).
 * Bounded: at most `PAST_LIMIT` games and `PAST_CHARS` characters of saves; the oldest go first, and
 * when the browser refuses the list (storage full) older games are dropped until it fits.
 */
import type { LocalText } from '../../game/schema.ts';
import type { Power } from '../../game/vocabulary.ts';

export const PAST_KEY = 'roof-of-the-world.past';
/** At most this many past games are kept. */
export const PAST_LIMIT = 20;
/** At most this many characters of saves are kept (localStorage holds about 5 million). */
export const PAST_CHARS = 2_000_000;

export interface PastGame {
  /** The game's identity: scenario, seed and deal (the same game set aside twice is kept once). */
  id: string;
  /** When it was put in the list (ISO time). */
  savedAt: string;
  scenarioId: string;
  title: LocalText;
  round: number;
  rounds: number;
  ended: boolean;
  winners: Power[];
  /** The save's text (storage.ts `serialiseSave`). */
  save: string;
}

const isText = (v: unknown): v is LocalText =>
  typeof v === 'string' || (typeof v === 'object' && v !== null && typeof (v as { en?: unknown }).en === 'string');

/** One entry as stored, or null when it is not one (a damaged entry is skipped, never a crash). */
function entryOf(v: unknown): PastGame | null {
  if (typeof v !== 'object' || v === null) return null;
  const e = v as Record<string, unknown>;
  const ok =
    typeof e.id === 'string' &&
    typeof e.savedAt === 'string' &&
    typeof e.scenarioId === 'string' &&
    isText(e.title) &&
    typeof e.round === 'number' &&
    typeof e.rounds === 'number' &&
    typeof e.ended === 'boolean' &&
    Array.isArray(e.winners) &&
    typeof e.save === 'string';
  return ok ? (e as unknown as PastGame) : null;
}

/** The past games, newest first. Never throws. */
export function readPast(storage: Storage | undefined = globalThis.localStorage): PastGame[] {
  let text: string | null = null;
  try {
    text = storage?.getItem(PAST_KEY) ?? null;
  } catch {
    return [];
  }
  if (!text) return [];
  try {
    const list: unknown = JSON.parse(text);
    return Array.isArray(list) ? list.map(entryOf).filter((e): e is PastGame => e !== null) : [];
  } catch {
    return [];
  }
}

/** The list cut to the bounds: newest first, at most PAST_LIMIT games and PAST_CHARS of saves. */
export function bounded(list: readonly PastGame[]): PastGame[] {
  const out: PastGame[] = [];
  let chars = 0;
  for (const e of list) {
    if (out.length >= PAST_LIMIT || chars + e.save.length > PAST_CHARS) break;
    out.push(e);
    chars += e.save.length;
  }
  return out;
}

/**
 * Write the list (bounded). When the browser refuses it, the old list is removed (a browser may count it
 * against the quota until it is replaced) and the oldest games are dropped until the list fits: a list no
 * larger than the old one always does, so only the oldest games are ever given up.
 */
export function writePast(list: readonly PastGame[], storage: Storage | undefined = globalThis.localStorage): boolean {
  if (!storage) return false;
  const kept = bounded(list);
  let freed = false;
  for (;;) {
    try {
      if (kept.length === 0) storage.removeItem(PAST_KEY);
      else storage.setItem(PAST_KEY, JSON.stringify(kept));
      return true;
    } catch {
      if (!freed) {
        freed = true;
        try {
          storage.removeItem(PAST_KEY);
        } catch {
          return false;
        }
        continue;
      }
      if (kept.length === 0) return false;
      kept.pop();
    }
  }
}

/** Put a game at the top of the list (replacing the same game if it is there already). */
export function addPast(entry: PastGame, storage: Storage | undefined = globalThis.localStorage): boolean {
  return writePast([entry, ...readPast(storage).filter((e) => e.id !== entry.id)], storage);
}

/** Remove a game from the list. */
export function removePast(id: string, storage: Storage | undefined = globalThis.localStorage): void {
  writePast(
    readPast(storage).filter((e) => e.id !== id),
    storage,
  );
}
