/**
 * The store contract (`src/server/store/store.ts`), one suite for every database behind it: the
 * embedded SQLite and PostgreSQL run exactly these tests. `open` returns a store on the same
 * persistent database each time it is called (a second call after `close` is a restart).
 */
import type { LogEntry, Server, State } from 'boardgame.io';
import { InitializeGame } from 'boardgame.io/internal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeGame } from '../../game/bgio.ts';
import { getScenario } from '../../game/index.ts';
import type { Store } from '../../src/server/store/store.ts';

let counter = 0;
/** A fresh id, unique in this run (tests share one database). */
const fresh = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${++counter}`;

const game = makeGame(getScenario('autumn-2016')!, 7);

function initial(): State {
  return InitializeGame({ game, numPlayers: 5 }) as State;
}

function metadata(gameName = game.name!, createdAt = 1000): Server.MatchData {
  return {
    gameName,
    players: Object.fromEntries(
      [0, 1, 2, 3, 4].map((i) => [i, { id: i, name: undefined, credentials: undefined }]),
    ) as Server.MatchData['players'],
    setupData: undefined,
    unlisted: false,
    createdAt,
    updatedAt: createdAt,
  };
}

/** The state after one more accepted action: `_stateID` one higher, a marker in G. */
function next(state: State, mark: string): State {
  return { ...state, G: { ...(state.G as object), mark }, _stateID: state._stateID + 1 };
}

const entry = (n: number): LogEntry =>
  ({
    action: { type: 'MAKE_MOVE', payload: { type: 'pass', args: [{}], playerID: '0' } },
    _stateID: n,
    turn: 1,
    phase: 'actions',
  }) as LogEntry;

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`the ${name} store keeps the contract`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store.close();
    });

    it('creates a match and gives back each field it was asked for, and nothing for an unknown id', async () => {
      const id = fresh('m');
      const state = initial();
      await store.createMatch(id, { initialState: state, metadata: metadata() });
      const got = await store.fetch(id, { state: true, initialState: true, metadata: true, log: true });
      expect(got.state).toEqual(state);
      expect(got.initialState).toEqual(state);
      expect(got.metadata).toEqual(metadata());
      expect(got.log).toEqual([]);
      expect(Object.keys(await store.fetch(id, { metadata: true }))).toEqual(['metadata']);
      const none = await store.fetch(fresh('unknown'), { state: true, metadata: true });
      expect(none.state).toBeUndefined();
      expect(none.metadata).toBeUndefined();
    });

    it('refuses to create a match id twice, and keeps the first', async () => {
      const id = fresh('m');
      const state = initial();
      await store.createMatch(id, { initialState: state, metadata: metadata() });
      await expect(store.createMatch(id, { initialState: next(state, 'x'), metadata: metadata() })).rejects.toThrow(id);
      expect((await store.fetch(id, { state: true })).state).toEqual(state);
    });

    it('lands a newer state and appends its log; refuses a stale one and changes nothing', async () => {
      const id = fresh('m');
      const s0 = initial();
      await store.createMatch(id, { initialState: s0, metadata: metadata() });
      const s1 = next(s0, 'one');
      expect(await store.writeState(id, s1, [entry(0)])).toBe(true);
      // The same _stateID again (a second tab that moved on the same state), and an older one.
      expect(await store.writeState(id, next(s0, 'rival'), [entry(0)])).toBe(false);
      expect(await store.writeState(id, s0, [entry(9)])).toBe(false);
      const s2 = next(s1, 'two');
      await store.setState(id, s2, [entry(1)]);
      const got = await store.fetch(id, { state: true, initialState: true, log: true });
      expect(got.state).toEqual(s2);
      expect(got.initialState).toEqual(s0);
      expect(got.log).toEqual([entry(0), entry(1)]);
    });

    it('writes the metadata given with a state in the same write, and none with a stale state', async () => {
      const id = fresh('m');
      const s0 = initial();
      await store.createMatch(id, { initialState: s0, metadata: metadata() });
      const later = { ...metadata(), updatedAt: 5000 };
      expect(await store.writeState(id, next(s0, 'one'), [entry(0)], later)).toBe(true);
      expect((await store.fetch(id, { metadata: true })).metadata).toEqual(later);
      const over = { ...metadata(), updatedAt: 9000, gameover: { winner: 'x' } };
      expect(await store.writeState(id, next(s0, 'rival'), [entry(0)], over)).toBe(false);
      expect((await store.fetch(id, { metadata: true })).metadata).toEqual(later);
      expect(await store.listMatches({ where: { isGameover: true } })).not.toContain(id);
      expect(await store.writeState(id, next(next(s0, 'one'), 'two'), [entry(1)], over)).toBe(true);
      expect((await store.fetch(id, { metadata: true })).metadata).toEqual(over);
      expect(await store.listMatches({ where: { isGameover: true } })).toContain(id);
      // Racing writes with metadata: one lands, with its own metadata.
      const s2 = next(next(s0, 'one'), 'two');
      const results = await Promise.all(
        ['a', 'b'].map((m, i) => store.writeState(id, next(s2, m), [entry(2)], { ...over, updatedAt: 10_000 + i })),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      const got = await store.fetch(id, { state: true, metadata: true, log: true });
      expect(got.metadata!.updatedAt).toBe((got.state!.G as { mark: string }).mark === 'a' ? 10_000 : 10_001);
      expect(got.log).toHaveLength(3);
    });

    it('writes one seat at a time, only while it is as expected, and a move keeps a seat written meanwhile', async () => {
      const id = fresh('seat');
      const s0 = initial();
      await store.createMatch(id, { initialState: s0, metadata: metadata() });
      const taken = { id: 1, name: 'Group B', credentials: 'hash-b' };
      expect(await store.writeSeat(id, '1', taken, 2000, null)).toBe(true);
      // Taken already: a second group's claim on the free seat is refused, and nothing changes.
      expect(await store.writeSeat(id, '1', { id: 1, name: 'Group C', credentials: 'hash-c' }, 2100, null)).toBe(false);
      expect((await store.fetch(id, { metadata: true })).metadata!.players[1]).toEqual(taken);
      // A change on the seat's holder's own credentials lands; on someone else's it does not.
      expect(await store.writeSeat(id, '1', { ...taken, isConnected: true }, 2200, 'hash-other')).toBe(false);
      expect(await store.writeSeat(id, '1', { ...taken, isConnected: true }, 2200, 'hash-b')).toBe(true);
      // A move's write merges what it changes; the seat taken after its metadata was read survives.
      expect(await store.writeSeat(id, '2', { id: 2, name: 'Group C', credentials: 'hash-c' }, 2300, null)).toBe(true);
      expect(await store.writeState(id, next(s0, 'one'), [entry(0)], { updatedAt: 3000 })).toBe(true);
      const { metadata: after } = await store.fetch(id, { metadata: true });
      expect(after!.updatedAt).toBe(3000);
      expect(after!.players[1]).toEqual({ ...taken, isConnected: true });
      expect(after!.players[2]).toEqual({ id: 2, name: 'Group C', credentials: 'hash-c' });
      expect(after!.players[0]).toEqual(metadata().players[0]);
      // Freeing a seat needs no expectation; an unknown match is refused.
      expect(await store.writeSeat(id, '1', { id: 1 }, 4000)).toBe(true);
      expect((await store.fetch(id, { metadata: true })).metadata!.players[1]).toEqual({ id: 1 });
      expect(await store.writeSeat(fresh('nobody'), '1', { id: 1 }, 4000)).toBe(false);
    });

    it('never creates a match by writing to an unknown id', async () => {
      const id = fresh('forged');
      expect(await store.writeState(id, next(initial(), 'x'))).toBe(false);
      expect((await store.fetch(id, { state: true })).state).toBeUndefined();
      expect(await store.listMatches()).not.toContain(id);
    });

    it('lands exactly one of two writes racing on the same state', async () => {
      const id = fresh('m');
      const s0 = initial();
      await store.createMatch(id, { initialState: s0, metadata: metadata() });
      const results = await Promise.all([
        store.writeState(id, next(s0, 'a'), [entry(0)]),
        store.writeState(id, next(s0, 'b'), [entry(0)]),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      const got = await store.fetch(id, { state: true, log: true });
      expect(['a', 'b']).toContain((got.state!.G as { mark: string }).mark);
      expect(got.log).toHaveLength(1);
    });

    it('keeps metadata, and lists matches by game, game over and update time', async () => {
      const gameName = fresh('game');
      const [a, b] = [fresh('m'), fresh('m')];
      await store.createMatch(a, { initialState: initial(), metadata: metadata(gameName, 1000) });
      await store.createMatch(b, { initialState: initial(), metadata: metadata(gameName, 1000) });
      const over: Server.MatchData = {
        ...metadata(gameName, 1000),
        gameover: { winners: ['Russia'] },
        updatedAt: 5000,
      };
      await store.setMetadata(b, over);
      expect((await store.fetch(b, { metadata: true })).metadata).toEqual(over);
      expect((await store.listMatches({ gameName })).sort()).toEqual([a, b].sort());
      expect(await store.listMatches({ gameName, where: { isGameover: true } })).toEqual([b]);
      expect(await store.listMatches({ gameName, where: { isGameover: false } })).toEqual([a]);
      expect(await store.listMatches({ gameName, where: { updatedAfter: 4000 } })).toEqual([b]);
      expect(await store.listMatches({ gameName: fresh('other') })).toEqual([]);
    });

    it('wipes a match', async () => {
      const id = fresh('m');
      await store.createMatch(id, { initialState: initial(), metadata: metadata() });
      await store.wipe(id);
      expect((await store.fetch(id, { state: true })).state).toBeUndefined();
      expect(await store.listMatches()).not.toContain(id);
    });

    it('keeps class sessions, finds them by join code, and moves codes with a re-save', async () => {
      const [c1, c2] = [fresh('class'), fresh('class')];
      const [k1, k2, k3] = [fresh('K'), fresh('K'), fresh('K')];
      await store.saveClass({ id: c1, codes: [k1, k2], body: { name: 'Year 10', matches: [1, 2] } });
      await store.saveClass({ id: c2, codes: [k3], body: { name: 'Year 11' } });
      expect(await store.loadClass(c1)).toEqual({
        id: c1,
        codes: [k1, k2].sort(),
        body: { name: 'Year 10', matches: [1, 2] },
      });
      expect(await store.classOfCode(k2)).toBe(c1);
      expect(await store.classOfCode(k3)).toBe(c2);
      expect(await store.classOfCode(fresh('K'))).toBeUndefined();
      expect(await store.loadClass(fresh('class'))).toBeUndefined();
      const listed = (await store.listClasses()).map((c) => c.id);
      expect(listed.indexOf(c2)).toBeLessThan(listed.indexOf(c1)); // newest first
      await store.saveClass({ id: c1, codes: [k1], body: { name: 'Year 10', ended: true } });
      expect(await store.classOfCode(k2)).toBeUndefined();
      expect((await store.loadClass(c1))?.body).toEqual({ name: 'Year 10', ended: true });
    });

    it('refuses a join code that another session holds, naming it, and changes nothing', async () => {
      const [c1, c2] = [fresh('class'), fresh('class')];
      const code = fresh('K');
      await store.saveClass({ id: c1, codes: [code], body: { n: 1 } });
      await expect(store.saveClass({ id: c2, codes: [fresh('K'), code], body: { n: 2 } })).rejects.toThrow(code);
      expect(await store.loadClass(c2)).toBeUndefined();
      expect(await store.classOfCode(code)).toBe(c1);
    });

    it('keeps everything across a restart (close, then open again)', async () => {
      const id = fresh('m');
      const s0 = initial();
      const cls = fresh('class');
      const code = fresh('K');
      await store.createMatch(id, { initialState: s0, metadata: metadata() });
      await store.writeState(id, next(s0, 'kept'), [entry(0)]);
      await store.saveClass({ id: cls, codes: [code], body: { kept: true } });
      await store.close();
      store = await open();
      const got = await store.fetch(id, { state: true, log: true });
      expect((got.state!.G as { mark: string }).mark).toBe('kept');
      expect(got.log).toEqual([entry(0)]);
      expect(await store.classOfCode(code)).toBe(cls);
      // A stale write after the restart is still refused: the _stateID survived too.
      expect(await store.writeState(id, next(s0, 'late'))).toBe(false);
    });
  });
}
