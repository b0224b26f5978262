/**
 * The SQLite store on a real file in a temp folder: what boardgame.io's storage API expects, the
 * stale-write rule, the class documents and their join codes, and that it all survives reopening.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { LogEntry, Server, State } from 'boardgame.io';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../src/server/store/sqlite.ts';
import type { Store } from '../../src/server/store/store.ts';
import { tempDir } from './helpers.ts';
import { storeContract } from './store-contract.ts';

const opened: { store: Store; dir: string }[] = [];
afterEach(async () => {
  for (const { store, dir } of opened.splice(0)) {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

async function fresh(dir = tempDir()): Promise<{ store: Store; dir: string }> {
  const store = await openSqlite(dir);
  opened.push({ store, dir });
  return { store, dir };
}

// The suite the PostgreSQL store keeps too, on one SQLite file (opened again from the same folder).
const contractDir = tempDir();
storeContract('SQLite', () => openSqlite(contractDir));
afterAll(() => rmSync(contractDir, { recursive: true, force: true }));

function state(stateID: number, G: unknown = { n: stateID }): State {
  return { G, ctx: { turn: stateID } as never, plugins: {}, _undo: [], _redo: [], _stateID: stateID } as State;
}

function metadata(gameName = 'rotw-tutorial', extra: Partial<Server.MatchData> = {}): Server.MatchData {
  return { gameName, players: { 0: { id: 0 }, 1: { id: 1 } }, createdAt: 1000, updatedAt: 1000, ...extra };
}

function entry(stateID: number, type = 'pass'): LogEntry {
  return {
    action: { type: 'MAKE_MOVE', payload: { type, args: [], playerID: '0' } },
    _stateID: stateID,
    turn: 1,
    phase: 'x',
  } as LogEntry;
}

describe('the SQLite store', () => {
  it('keeps a match: initial state, state, metadata and log, fetched field by field', async () => {
    const { store } = await fresh();
    await store.createMatch('m1', { initialState: state(0), metadata: metadata() });
    expect(await store.fetch('m1', { state: true })).toEqual({ state: state(0) });
    expect(await store.writeState('m1', state(1), [entry(0)])).toBe(true);
    expect(await store.writeState('m1', state(2), [entry(1), entry(1, 'aid')])).toBe(true);
    const all = await store.fetch('m1', { state: true, initialState: true, metadata: true, log: true });
    expect(all.state).toEqual(state(2));
    expect(all.initialState).toEqual(state(0));
    expect(all.metadata).toEqual(metadata());
    expect(all.log).toEqual([entry(0), entry(1), entry(1, 'aid')]);
    expect(await store.fetch('m1', { metadata: true })).toEqual({ metadata: metadata() });
    expect(await store.fetch('nope', { state: true, metadata: true })).toEqual({});
    expect((await store.fetch('nope', { log: true })).log).toEqual([]);
  });

  it('refuses a stale write (same or older _stateID) and appends nothing to the log', async () => {
    const { store } = await fresh();
    await store.createMatch('m', { initialState: state(0), metadata: metadata() });
    expect(await store.writeState('m', state(1), [entry(0)])).toBe(true);
    expect(await store.writeState('m', state(1, 'other'), [entry(0, 'aid')])).toBe(false);
    expect(await store.writeState('m', state(0, 'older'), [entry(0, 'base')])).toBe(false);
    // boardgame.io's setState is writeState with the answer dropped.
    await store.setState('m', state(1, 'again'), [entry(0, 'found')]);
    const { state: kept, log } = await store.fetch('m', { state: true, log: true });
    expect(kept).toEqual(state(1));
    expect(log).toEqual([entry(0)]);
  });

  it('never creates a match by writing to an unknown id, and refuses to create one twice', async () => {
    const { store } = await fresh();
    expect(await store.writeState('ghost', state(5), [entry(4)])).toBe(false);
    await store.setMetadata('ghost', metadata());
    expect(await store.listMatches()).toEqual([]);
    await store.createMatch('m', { initialState: state(0), metadata: metadata() });
    await expect(store.createMatch('m', { initialState: state(0), metadata: metadata() })).rejects.toThrow(
      /match m already exists/,
    );
  });

  it('lists matches by game, game over, and last update', async () => {
    const { store } = await fresh();
    await store.createMatch('a', { initialState: state(0), metadata: metadata('rotw-tutorial', { updatedAt: 100 }) });
    await store.createMatch('b', { initialState: state(0), metadata: metadata('rotw-lease-2042', { updatedAt: 200 }) });
    await store.createMatch('c', { initialState: state(0), metadata: metadata('rotw-tutorial', { updatedAt: 300 }) });
    await store.setMetadata('c', metadata('rotw-tutorial', { updatedAt: 400, gameover: { winner: 'russia' } }));
    expect(await store.listMatches()).toEqual(['a', 'b', 'c']);
    expect(await store.listMatches({ gameName: 'rotw-tutorial' })).toEqual(['a', 'c']);
    expect(await store.listMatches({ where: { isGameover: true } })).toEqual(['c']);
    expect(await store.listMatches({ where: { isGameover: false } })).toEqual(['a', 'b']);
    expect(await store.listMatches({ where: { updatedBefore: 200 } })).toEqual(['a']);
    expect(await store.listMatches({ where: { updatedAfter: 200 } })).toEqual(['c']);
    expect(
      await store.listMatches({ gameName: 'rotw-tutorial', where: { updatedAfter: 50, isGameover: false } }),
    ).toEqual(['a']);
    await store.wipe('a');
    expect(await store.listMatches()).toEqual(['b', 'c']);
    expect(await store.fetch('a', { state: true, log: true })).toEqual({ log: [] });
  });

  it('keeps class sessions with their join codes, newest first, one session per code', async () => {
    const { store } = await fresh();
    await store.saveClass({ id: 'k1', codes: ['ABC234', 'XYZ789'], body: { name: 'Monday', n: [1, 2] } });
    await store.saveClass({ id: 'k2', codes: ['QQQ222'], body: { name: 'Tuesday' } });
    expect(await store.loadClass('k1')).toEqual({
      id: 'k1',
      codes: ['ABC234', 'XYZ789'],
      body: { name: 'Monday', n: [1, 2] },
    });
    expect(await store.loadClass('none')).toBeUndefined();
    expect((await store.listClasses()).map((c) => c.id)).toEqual(['k2', 'k1']);
    expect(await store.classOfCode('XYZ789')).toBe('k1');
    expect(await store.classOfCode('NOPE22')).toBeUndefined();
    await expect(store.saveClass({ id: 'k3', codes: ['NEW333', 'ABC234'], body: {} })).rejects.toThrow(
      /join code ABC234 already belongs to class k1/,
    );
    // The failed save wrote nothing at all (one transaction).
    expect(await store.loadClass('k3')).toBeUndefined();
    expect(await store.classOfCode('NEW333')).toBeUndefined();
    // Replacing a session replaces its codes and body, and keeps its place in the list.
    await store.saveClass({ id: 'k1', codes: ['XYZ789', 'MMM444'], body: { name: 'Monday, again' } });
    expect(await store.loadClass('k1')).toEqual({
      id: 'k1',
      codes: ['XYZ789', 'MMM444'],
      body: { name: 'Monday, again' },
    });
    expect(await store.classOfCode('ABC234')).toBeUndefined();
    expect((await store.listClasses()).map((c) => c.id)).toEqual(['k2', 'k1']);
  });

  it('survives closing and reopening the folder, in WAL mode', async () => {
    const dir = tempDir();
    const first = await openSqlite(dir);
    await first.createMatch('m', { initialState: state(0), metadata: metadata() });
    await first.writeState('m', state(1), [entry(0)]);
    await first.saveClass({ id: 'k', codes: ['CODE22'], body: { x: 1 } });
    await first.close();
    const { store } = await fresh(dir);
    expect(await store.fetch('m', { state: true, log: true })).toEqual({ state: state(1), log: [entry(0)] });
    expect(await store.classOfCode('CODE22')).toBe('k');
    const raw = new Database(join(dir, 'rotw.sqlite'), { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('names the folder it cannot create', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-file'), 'not a folder');
    await expect(openSqlite(join(dir, 'a-file', 'data'))).rejects.toThrow(
      /cannot create the data folder .*a-file\/data/,
    );
    rmSync(dir, { recursive: true, force: true });
  });
});
