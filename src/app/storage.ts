/**
 * The game in progress, kept in the browser's localStorage after every move so that it survives a
 * reload or a closed browser. A save is untrusted input: loading checks its shape here and replays
 * its record in the engine (`loadRecord`), and a bad save comes back as a list of problems that the
 * start screen shows with a way to start over — never as a crash.
 *
 * A save that cannot be written (storage full, private mode) leaves the previous save stale: it is
 * removed (which may free the room the new one needs, so the write is tried once more), and if the
 * game still cannot be kept, a small marker says so — the start screen then reports the lost game
 * instead of offering an older one as if it were current.
 */
import { z } from 'zod';
import {
  POWERS,
  dealOf,
  loadRecord,
  type GameRecord,
  type GameState,
  type Power,
  type Problem,
  type Result,
} from '../../game/index.ts';
import type { SessionData } from './session.ts';
import { SPEEDS } from '../../game/seats.ts';
import { addPast, type PastGame } from './past.ts';

export const SAVE_KEY = 'roof-of-the-world.save';
/** Present while the game in progress could not be saved: whatever save exists is not current. */
export const UNSAVED_KEY = 'roof-of-the-world.unsaved';

const SeatShape = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('human') }),
  z.object({ kind: z.literal('computer'), bot: z.string() }),
]);

const SaveShape = z.object({
  app: z.literal('roof-of-the-world'),
  version: z.literal(1),
  seats: z.object(
    Object.fromEntries(POWERS.map((p) => [p, SeatShape])) as Record<(typeof POWERS)[number], typeof SeatShape>,
  ),
  speed: z.enum(SPEEDS),
  record: z.unknown(),
  notes: z.array(
    z.object({
      at: z.number().int().min(0),
      power: z.enum(POWERS),
      move: z.object({ kind: z.string() }).passthrough(),
      why: z.object({
        code: z.string(),
        params: z.record(z.string(), z.union([z.string(), z.number()])),
        text: z.string(),
      }),
    }),
  ),
});

/** What is in storage: nothing, a valid game, a save that could not be read, or a game that could not be saved. */
export type Stored =
  { kind: 'none' } | { kind: 'lost' } | ({ kind: 'game' } & ReadSave) | { kind: 'broken'; problems: Problem[] };

/** A save that was read: the game and where it stands. */
export interface ReadSave {
  data: SessionData;
  round: number;
  ended: boolean;
  /** The winners, once it has ended. */
  winners: Power[];
  /** Every state of the game, from the start (for the debrief and the replay). */
  states: GameState[];
}

/** Read a save from text (what localStorage or an imported file holds). */
export function parseSave(text: string): Result<ReadSave, Problem[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: [{ path: '', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  const shape = SaveShape.safeParse(json);
  if (!shape.success) {
    const problems = shape.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
    return { ok: false, error: problems };
  }
  const loaded = loadRecord(shape.data.record);
  if (!loaded.ok) return { ok: false, error: loaded.error.map((p) => ({ ...p, path: `record.${p.path}` })) };
  const { seats, speed, notes } = shape.data;
  const last = loaded.value.states[loaded.value.states.length - 1]!;
  const data: SessionData = { seats, speed, notes: notes as SessionData['notes'], record: loaded.value.record };
  const ended = last.step === 'ended';
  const winners = last.result?.winners ?? [];
  return { ok: true, value: { data, round: last.round, ended, winners, states: loaded.value.states } };
}

/** The save as text. */
export function serialiseSave(data: SessionData): string {
  return JSON.stringify({ app: 'roof-of-the-world', version: 1, ...data });
}

/** What the browser holds now. Never throws (storage may be disabled or full). */
export function readStored(storage: Storage | undefined = globalThis.localStorage): Stored {
  let text: string | null = null;
  try {
    if (storage?.getItem(UNSAVED_KEY) != null) return { kind: 'lost' };
    text = storage?.getItem(SAVE_KEY) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  const parsed = parseSave(text);
  return parsed.ok ? { kind: 'game', ...parsed.value } : { kind: 'broken', problems: parsed.error };
}

/** Run a storage call; false when the browser refused it. */
function attempt(call: () => void): boolean {
  try {
    call();
    return true;
  } catch {
    return false;
  }
}

/**
 * Save the game in progress; false when the browser refused (private mode, storage full, no storage).
 * Then no older save is left to pass for this game: it is removed, and the loss is marked if possible.
 */
export function writeStored(data: SessionData, storage: Storage | undefined = globalThis.localStorage): boolean {
  if (!storage) return false;
  const text = serialiseSave(data);
  const put = () => storage.setItem(SAVE_KEY, text);
  if (attempt(put) || (attempt(() => storage.removeItem(SAVE_KEY)) && attempt(put))) {
    attempt(() => storage.removeItem(UNSAVED_KEY));
    return true;
  }
  attempt(() => storage.removeItem(SAVE_KEY));
  attempt(() => storage.setItem(UNSAVED_KEY, new Date().toISOString()));
  return false;
}

/** Forget the saved game (and any note that the last one was lost). */
export function clearStored(storage: Storage | undefined = globalThis.localStorage): void {
  attempt(() => storage?.removeItem(SAVE_KEY));
  attempt(() => storage?.removeItem(UNSAVED_KEY));
}

/** A game's identity in the past-games list: its scenario, seed and deal. */
export function gameId(record: GameRecord): string {
  return `${record.scenario.id}:${record.seed}:${dealOf(record) ?? '-'}`;
}

/** The past-games entry of a read save. */
export function pastEntry(read: ReadSave, savedAt: Date): PastGame {
  const { record } = read.data;
  return {
    id: gameId(record),
    savedAt: savedAt.toISOString(),
    scenarioId: record.scenario.id,
    title: record.scenario.title,
    round: read.round,
    rounds: record.scenario.rounds,
    ended: read.ended,
    winners: read.winners,
    save: serialiseSave(read.data),
  };
}

/**
 * Set the saved game aside: put it in the past-games list (finished or not) and clear the save, so
 * that a new game can start with nothing lost. A save that cannot be read is left where it is (the start
 * screen reports it). False when there was a game and the list refused it (then the save stays too).
 */
export function archiveStored(storage: Storage | undefined = globalThis.localStorage, now = new Date()): boolean {
  const stored = readStored(storage);
  if (stored.kind !== 'game') return true;
  if (!addPast(pastEntry(stored, now), storage)) return false;
  clearStored(storage);
  return true;
}
