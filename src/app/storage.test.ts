/**
 * Saving in the browser, against a storage stub that can be made to refuse writes (a full quota, or a
 * private mode that refuses them all): the failure is reported, the older save it leaves behind is
 * never offered as the game in progress, and a later successful save puts things right.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { getScenario } from '../../game/index.ts';
import { allHuman } from '../../game/seats.ts';
import { Session, type SessionData } from './session.ts';
import { PAST_CHARS, PAST_KEY, PAST_LIMIT, addPast, bounded, readPast, removePast, type PastGame } from './past.ts';
import { SAVE_KEY, UNSAVED_KEY, archiveStored, clearStored, parseSave, readStored, writeStored } from './storage.ts';

/** A Storage in memory that can refuse `setItem`: always, or past a quota of `room` characters. */
class StubStorage implements Storage {
  items = new Map<string, string>();
  /** Refuse every write ('all'), or writes of more than `room` characters in total ('quota'), or none. */
  refuse: 'none' | 'all' | 'quota' = 'none';
  room = Infinity;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    // Like a browser that checks the quota before freeing the value being replaced.
    const used = [...this.items.values()].reduce((n, v) => n + v.length, 0);
    if (this.refuse === 'all' || (this.refuse === 'quota' && used + value.length > this.room))
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const scenario = getScenario('autumn-2016')!;
let storage: StubStorage;
let datas: SessionData[];

beforeEach(() => {
  storage = new StubStorage();
  datas = [];
  const session = Session.start(scenario, 1, allHuman(), 'fast', (d) => void datas.push(d), { deal: 0 });
  session.takeDevice();
  const me = session.snapshot().viewer!;
  session.send(me, { kind: 'pass' });
  session.dispose();
});

describe('saving the game in progress', () => {
  it('an older save is not resumed as current once a newer one could not be written', () => {
    const [older, newer] = [datas[0]!, datas.at(-1)!];
    expect(writeStored(older, storage)).toBe(true);
    expect(readStored(storage)).toMatchObject({ kind: 'game', data: { record: older.record } });
    storage.refuse = 'all';
    expect(writeStored(newer, storage)).toBe(false);
    expect(readStored(storage)).toEqual({ kind: 'none' });
    expect(storage.getItem(SAVE_KEY)).toBeNull();
  });

  it('marks the lost game when the marker fits, and a later successful save clears it', () => {
    const [older, newer] = [datas[0]!, datas.at(-1)!];
    writeStored(older, storage);
    storage.refuse = 'quota';
    storage.room = storage.getItem(SAVE_KEY)!.length - 1;
    storage.items.set('other', 'x'.repeat(10));
    expect(writeStored(newer, storage)).toBe(false);
    expect(storage.getItem(UNSAVED_KEY)).not.toBeNull();
    expect(readStored(storage)).toEqual({ kind: 'lost' });
    storage.refuse = 'none';
    expect(writeStored(newer, storage)).toBe(true);
    expect(readStored(storage)).toMatchObject({ kind: 'game', data: { record: newer.record } });
    clearStored(storage);
    expect(storage.length).toBe(1);
  });

  it('removing the stale save can make room: then the new one is written after all', () => {
    const [older, newer] = [datas[0]!, datas.at(-1)!];
    writeStored(older, storage);
    storage.refuse = 'quota';
    storage.room = JSON.stringify(newer).length + 200;
    storage.items.set('other', 'x'.repeat(150));
    expect(writeStored(newer, storage)).toBe(true);
    expect(readStored(storage)).toMatchObject({ kind: 'game', data: { record: newer.record } });
  });

  it('no storage at all is a failed save, not a crash', () => {
    expect(writeStored(datas[0]!, undefined)).toBe(false);
    expect(readStored(undefined)).toEqual({ kind: 'none' });
  });
});

describe('past games on the device', () => {
  const entry = (id: string, save = 'x'): PastGame => ({
    id,
    savedAt: '2026-01-01T10:00:00.000Z',
    scenarioId: 'autumn-2016',
    title: { en: 'Autumn 2016' },
    round: 1,
    rounds: 5,
    ended: false,
    winners: [],
    save,
  });

  it('setting the saved game aside keeps it in the list, readable again, and clears the save', () => {
    const data = datas.at(-1)!;
    writeStored(data, storage);
    expect(archiveStored(storage, new Date('2026-03-04T05:06:07Z'))).toBe(true);
    expect(storage.getItem(SAVE_KEY)).toBeNull();
    const [kept, ...more] = readPast(storage);
    expect(more).toEqual([]);
    expect(kept).toMatchObject({
      scenarioId: 'autumn-2016',
      rounds: 5,
      ended: false,
      savedAt: '2026-03-04T05:06:07.000Z',
    });
    const again = parseSave(kept!.save);
    expect(again.ok && again.value.data.record).toEqual(data.record);
    // The same game set aside again replaces its entry rather than doubling it.
    writeStored(data, storage);
    archiveStored(storage);
    expect(readPast(storage)).toHaveLength(1);
  });

  it('a damaged save is not archived (the start screen reports it), and nothing at all is fine', () => {
    expect(archiveStored(storage)).toBe(true);
    storage.setItem(SAVE_KEY, '{"app":');
    expect(archiveStored(storage)).toBe(true);
    expect(storage.getItem(SAVE_KEY)).toBe('{"app":');
    expect(readPast(storage)).toEqual([]);
  });

  it('keeps the newest games within the bounds, and drops the oldest while the browser refuses the list', () => {
    const many = Array.from({ length: PAST_LIMIT + 5 }, (_, i) => entry(`g${i}`));
    expect(bounded(many).map((e) => e.id)).toEqual(many.slice(0, PAST_LIMIT).map((e) => e.id));
    const big = [entry('a', 'x'.repeat(PAST_CHARS - 10)), entry('b', 'x'.repeat(20))];
    expect(bounded(big).map((e) => e.id)).toEqual(['a']);
    for (const e of [entry('old', 'o'.repeat(400)), entry('mid', 'm'.repeat(400))]) addPast(e, storage);
    storage.refuse = 'quota';
    storage.room = 1500;
    expect(addPast(entry('new', 'n'.repeat(400)), storage)).toBe(true);
    expect(readPast(storage).map((e) => e.id)).toEqual(['new', 'mid']);
    storage.refuse = 'none';
    removePast('new', storage);
    expect(readPast(storage).map((e) => e.id)).toEqual(['mid']);
  });

  it('a damaged list or entry is skipped, never a crash', () => {
    storage.setItem(PAST_KEY, 'not json');
    expect(readPast(storage)).toEqual([]);
    storage.setItem(PAST_KEY, JSON.stringify([entry('ok'), { id: 3 }, null]));
    expect(readPast(storage).map((e) => e.id)).toEqual(['ok']);
    expect(readPast(undefined)).toEqual([]);
  });
});
