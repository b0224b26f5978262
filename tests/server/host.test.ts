/**
 * The GameHost as the class layer uses it, and a whole match played through the server by five
 * boardgame.io socket clients (the browser's own client code, run in Node): every move a round trip,
 * every seat seeing only its own agenda, and the record replaying to the server's final state.
 */
import { Client } from 'boardgame.io/client';
import { SocketIO } from 'boardgame.io/multiplayer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAYER_IDS, powerOf } from '../../game/bgio.ts';
import { getScenario, loadRecord, POWERS, toMove, type GameState } from '../../game/index.ts';
import { networkGame, scenarioEnhancer, shippedScenarioOf, withScenario } from '../../src/server/protocol.ts';
import { SCENARIO, Wire, aMove, clientsAt, seatedMatch, startServer, type TestServer } from './helpers.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startServer();
});
afterAll(async () => {
  await t.stop();
});

describe('the GameHost', () => {
  it('issues matches only for shipped scenarios, already dealt, with every seat free', async () => {
    await expect(t.server.host.createMatch('atlantis')).rejects.toThrow(
      /unknown scenario "atlantis"; shipped: .*autumn-2016/,
    );
    const { matchID } = await t.server.host.createMatch('tutorial');
    expect(matchID).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const G = (await t.server.host.fullState(matchID))!;
    expect(G.step).not.toBe('setup');
    expect(Object.values(G.agendas!).every((a) => a.length > 0)).toBe(true);
    const { metadata } = await t.store.fetch(matchID, { metadata: true });
    expect(Object.values(metadata!.players).every((p) => p.name === undefined && p.credentials === undefined)).toBe(
      true,
    );
    // Two matches of one scenario get fresh entropy each: seed and deal.
    const other = (await t.server.host.createMatch('tutorial')).matchID;
    const [a, b] = [(await t.server.host.record(matchID))!, (await t.server.host.record(other))!];
    expect(a.seed).not.toBe(b.seed);
    expect(a.moves[0]!.move).not.toEqual(b.moves[0]!.move);
    expect(a.moves[0]!.move).toMatchObject({ kind: 'start', deal: expect.any(Number) });
  });

  it('seats with fresh credentials, refuses bad names and taken seats, and frees seats', async () => {
    const { matchID } = await t.server.host.createMatch(SCENARIO);
    expect(await t.server.host.seat(matchID, '5', 'A')).toEqual({ refused: 'UNKNOWN_SEAT' });
    expect(await t.server.host.seat(matchID, '0', '   ')).toEqual({ refused: 'BAD_NAME' });
    expect(await t.server.host.seat(matchID, '0', 'x'.repeat(41))).toEqual({ refused: 'BAD_NAME' });
    expect(await t.server.host.seat(matchID, '0', 'bell\u0007')).toEqual({ refused: 'BAD_NAME' });
    expect(await t.server.host.seat('no-such-match', '0', 'A')).toEqual({ refused: 'UNKNOWN_MATCH' });
    const first = await t.server.host.seat(matchID, '0', '  Group Ä  ');
    expect('credentials' in first && first.credentials).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await t.server.host.seat(matchID, '0', 'Again')).toEqual({ refused: 'SEAT_TAKEN' });
    const { metadata } = await t.store.fetch(matchID, { metadata: true });
    expect(metadata!.players[0]!.name).toBe('Group Ä');
    // Only a digest is stored.
    expect(JSON.stringify(metadata)).not.toContain((first as { credentials: string }).credentials);
    await t.server.host.unseat(matchID, '0');
    const second = await t.server.host.seat(matchID, '0', 'Group B');
    expect('credentials' in second && second.credentials).not.toBe((first as { credentials: string }).credentials);
  });

  it('plays computer moves with playAs through the same checks, and tells onChange', async () => {
    const { matchID } = await t.server.host.createMatch(SCENARIO);
    const changes: string[] = [];
    const stop = t.server.host.onChange((id) => changes.push(id));
    const G = (await t.server.host.fullState(matchID))!;
    const { playerID, move } = aMove(G);
    const idle = PLAYER_IDS.find((id) => id !== playerID)!;
    expect(await t.server.host.playAs(matchID, idle, move)).toBe('NOT_YOUR_TURN');
    expect(await t.server.host.playAs(matchID, playerID, { kind: 'start' })).toBe('BAD_REQUEST');
    expect(await t.server.host.playAs(matchID, playerID, { kind: 'nonsense' } as never)).toBe('BAD_REQUEST');
    expect(await t.server.host.playAs('unknown', playerID, move)).toBe('UNKNOWN_MATCH');
    expect(changes).toEqual([]);
    expect(await t.server.host.playAs(matchID, playerID, move)).toBeNull();
    expect(changes).toEqual([matchID]);
    stop();
    const next = aMove((await t.server.host.fullState(matchID))!);
    expect(await t.server.host.playAs(matchID, next.playerID, next.move)).toBeNull();
    expect(changes).toEqual([matchID]);
  });

  it('keeps the moves of one match in order when many arrive at once', async () => {
    const { matchID } = await t.server.host.createMatch(SCENARIO);
    const G = (await t.server.host.fullState(matchID))!;
    const { playerID, move } = aMove(G);
    // Ten copies of the same move at once: the first is played, the rest find it is not their turn
    // any more or the move no longer legal; none is played twice.
    const answers = await Promise.all(Array.from({ length: 10 }, () => t.server.host.playAs(matchID, playerID, move)));
    expect(answers.filter((a) => a === null)).toHaveLength(1);
    const { state, log } = await t.store.fetch(matchID, { state: true, log: true });
    expect(state!._stateID).toBe(2);
    expect(log!.filter((e) => e.action.type === 'MAKE_MOVE')).toHaveLength(2);
  });
});

describe('a whole match through the server', () => {
  it('is played to the end by five boardgame.io socket clients, and its record replays to the same state', async () => {
    const { matchID, creds } = await seatedMatch(t.server);
    const game = networkGame(getScenario(SCENARIO)!);
    const enhancer = scenarioEnhancer(getScenario(SCENARIO)!);
    const clients = PLAYER_IDS.map((playerID) =>
      Client({
        game,
        enhancer,
        matchID,
        playerID,
        credentials: creds[playerID],
        multiplayer: SocketIO({ server: t.server.url, socketOpts: { transports: ['websocket'] } }),
        debug: false,
      }),
    );
    const spectator = Client({
      game,
      enhancer,
      matchID,
      multiplayer: SocketIO({ server: t.server.url }),
      debug: false,
    });
    const all = [...clients, spectator];
    const atLeast = (stateID: number) => clientsAt(all, stateID);
    for (const c of all) c.start();
    try {
      await atLeast(1);
      let moves = 0;
      for (;;) {
        const view = clients[0]!.getState()!;
        if (view.ctx.gameover !== undefined) break;
        const power = toMove(view.G as GameState)!;
        const playerID = PLAYER_IDS[POWERS.indexOf(power)]!;
        const own = clients[Number(playerID)]!.getState()!;
        // Every seat sees its own agenda and no other; the spectator sees none.
        const agendas = (own.G as GameState).agendas!;
        for (const p of POWERS) expect(agendas[p] !== '').toBe(p === power);
        expect(Object.values((spectator.getState()!.G as GameState).agendas!).every((a) => a === '')).toBe(true);
        const { move } = aMove(own.G as GameState);
        const { kind, ...payload } = move;
        clients[Number(playerID)]!.moves[kind]!(payload);
        await atLeast(own._stateID + 1);
        moves++;
        expect(moves).toBeLessThan(2000);
      }
      const full = (await t.server.host.fullState(matchID))!;
      expect(full.step).toBe('ended');
      // Once ended, every agenda is public.
      const endView = spectator.getState()!.G as GameState;
      expect(endView.agendas).toEqual(full.agendas);
      // The scenario came as its id; the client's own copy was put back.
      expect(endView.scenario).toBe(getScenario(SCENARIO));
      const record = (await t.server.host.record(matchID))!;
      expect(record.moves).toHaveLength(moves + 1);
      const loaded = loadRecord(JSON.parse(JSON.stringify(record)));
      expect(loaded.ok).toBe(true);
      if (loaded.ok) expect(loaded.value.states.at(-1)).toEqual(full);
      expect(powerOf(clients[0]!.playerID)).toBe(POWERS[0]);
      // A move after the end is refused.
      expect(await t.server.host.playAs(matchID, '0', { kind: 'pass' })).toBe('GAME_OVER');
    } finally {
      for (const c of all) c.stop();
    }
  });
});

describe('the wire', () => {
  it('carries every state with the shipped scenario as its id, and a client puts its own copy back', async () => {
    const { matchID, creds } = await seatedMatch(t.server);
    const w = new Wire(t.server.url);
    try {
      const synced = await w.sync(matchID, '0', creds['0']);
      expect('sync' in synced).toBe(true);
      const first = (await t.store.fetch(matchID, { state: true })).state!;
      const G = first.G as GameState;
      const { playerID, move } = aMove(withScenario(first, getScenario(SCENARIO)!).G as GameState);
      const answer = w.nextAnswer();
      w.move(matchID, playerID, creds[playerID], first._stateID, move);
      expect('update' in (await answer)).toBe(true);
      const states = w.statesSeen();
      expect(states).toHaveLength(3); // the sync's state and initial state, one update
      for (const s of states) {
        expect(s.G.scenario).toEqual({ shipped: SCENARIO });
        expect(shippedScenarioOf(s)).toBe(SCENARIO);
      }
      // What the wire carried, made whole, is the seat's view: only the scenario differed.
      const whole = withScenario(states[2]!, getScenario(SCENARIO)!);
      expect((whole.G as GameState).scenario).toBe(getScenario(SCENARIO));
      expect(JSON.stringify(states[2]).length).toBeLessThan(JSON.stringify(whole).length / 4);
      expect(G.scenario).toEqual({ shipped: SCENARIO }); // as stored
      expect(() => withScenario(states[2]!, getScenario('tutorial')!)).toThrow(/scenario "autumn-2016"/);
    } finally {
      w.close();
    }
  });
});
