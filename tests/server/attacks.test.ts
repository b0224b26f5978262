/**
 * boardgame.io's server holes (STACK.md 2–16), each tried over real sockets against a real server
 * with a SQLite file, and each refused. Every refusal is awaited as the server's own answer
 * (`rotw:refused`), then the stored match is checked to be unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import type { State } from 'boardgame.io';
import { powerOf } from '../../game/bgio.ts';
import { POWERS, type GameState } from '../../game/index.ts';
import { loadState } from '../../src/server/host.ts';
import { gameNameOf } from '../../src/server/protocol.ts';
import { NAMESPACE, Wire, aMove, seatedMatch, startServer, type TestServer } from './helpers.ts';

let t: TestServer;
const wires: Wire[] = [];
function wire(headers: Record<string, string> = {}, namespace = NAMESPACE): Wire {
  const w = new Wire(t.server.url, namespace, headers);
  wires.push(w);
  return w;
}

beforeAll(async () => {
  t = await startServer();
});
afterAll(async () => {
  for (const w of wires) w.close();
  await t.stop();
});

async function stored(matchID: string): Promise<State | undefined> {
  return loadState(t.store, matchID);
}

describe('forged credentials', () => {
  it('refuses a seat synced with wrong, missing or another seat’s credentials', async () => {
    const { matchID, creds } = await seatedMatch(t.server);
    const w = wire();
    // One character off (never the same character: 1 in 64 credentials ends in any given one).
    const offByOne = creds['0']!.slice(0, -1) + (creds['0']!.endsWith('x') ? 'y' : 'x');
    for (const credentials of ['wrong', undefined, creds['1'], offByOne, '']) {
      const answer = await w.sync(matchID, '0', credentials);
      expect(answer).toEqual({ refused: { matchID, request: 'sync', reason: 'UNAUTHORIZED' } });
    }
    expect(w.received.some((r) => r.event === 'sync')).toBe(false);
    const ok = await w.sync(matchID, '0', creds['0']);
    expect('sync' in ok).toBe(true);
  });

  it('refuses a move with forged credentials and keeps the match as it was', async () => {
    const { matchID, creds } = await seatedMatch(t.server);
    const before = (await stored(matchID))!;
    const { playerID, move } = aMove(before.G as GameState);
    const other = playerID === '0' ? '1' : '0';
    const w = wire();
    for (const credentials of ['forged', creds[other], undefined]) {
      const answer = w.nextAnswer();
      w.move(matchID, playerID, credentials, before._stateID, move);
      expect(await answer).toEqual({ refused: { matchID, request: 'update', reason: 'UNAUTHORIZED' } });
    }
    expect((await stored(matchID))!._stateID).toBe(before._stateID);
    // The same move with the right credentials is played.
    const answer = w.nextAnswer();
    const spectator = wire();
    await spectator.sync(matchID, null);
    const seen = spectator.nextAnswer();
    w.move(matchID, playerID, creds[playerID], before._stateID, move);
    expect('update' in (await seen)).toBe(true);
    expect((await stored(matchID))!._stateID).toBe(before._stateID + 1);
    void answer;
  });
});

describe('unknown match IDs', () => {
  it('never creates a match for a sync or an update naming an id the server did not issue', async () => {
    const before = await t.store.listMatches();
    const w = wire();
    for (const id of ['default', 'not-issued-1', 'x'.repeat(64)]) {
      expect(await w.sync(id, null)).toEqual({ refused: { matchID: id, request: 'sync', reason: 'UNKNOWN_MATCH' } });
      expect(await w.sync(id, '0', 'anything')).toEqual({
        refused: { matchID: id, request: 'sync', reason: 'UNKNOWN_MATCH' },
      });
      const answer = w.nextAnswer();
      w.move(id, '0', 'anything', 0, { kind: 'pass' });
      expect(await answer).toEqual({ refused: { matchID: id, request: 'update', reason: 'UNKNOWN_MATCH' } });
      expect(await stored(id)).toBeUndefined();
    }
    for (const id of ['', 'x'.repeat(65), '../etc', 42, null]) {
      const answer = await w.sync(id as string, null);
      expect(answer).toMatchObject({ refused: { request: 'sync', reason: 'UNKNOWN_MATCH' } });
    }
    expect(await t.store.listMatches()).toEqual(before);
  });

  it('refuses a real match synced on another scenario’s namespace', async () => {
    const { matchID, creds } = await seatedMatch(t.server);
    const w = wire({}, gameNameOf('tutorial'));
    expect(await w.sync(matchID, '0', creds['0'])).toEqual({
      refused: { matchID, request: 'sync', reason: 'UNKNOWN_MATCH' },
    });
    expect(await w.sync(matchID, null)).toMatchObject({ refused: { reason: 'UNKNOWN_MATCH' } });
  });
});

describe('another seat’s moves', () => {
  it('refuses a seat that is not to move, and a seat that names another seat in its action', async () => {
    const { matchID, creds } = await seatedMatch(t.server);
    const before = (await stored(matchID))!;
    const { playerID, move } = aMove(before.G as GameState);
    const idle = ['0', '1', '2', '3', '4'].find((id) => id !== playerID)!;
    const w = wire();

    let answer = w.nextAnswer();
    w.move(matchID, idle, creds[idle], before._stateID, move);
    expect(await answer).toMatchObject({ refused: { reason: 'NOT_YOUR_TURN' } });

    // Authenticated as the idle seat, the action claims to be the seat to move.
    answer = w.nextAnswer();
    const { kind, ...payload } = move;
    w.update(matchID, idle, before._stateID, {
      type: 'MAKE_MOVE',
      payload: { type: kind, args: [payload], playerID, credentials: creds[idle] },
    });
    expect(await answer).toMatchObject({ refused: { reason: 'BAD_REQUEST' } });

    // The seat to move with the idle seat's credentials.
    answer = w.nextAnswer();
    w.move(matchID, playerID, creds[idle], before._stateID, move);
    expect(await answer).toMatchObject({ refused: { reason: 'UNAUTHORIZED' } });

    // An action with no playerID (boardgame.io would run it as the current player).
    answer = w.nextAnswer();
    w.update(matchID, idle, before._stateID, {
      type: 'MAKE_MOVE',
      payload: { type: kind, args: [payload], credentials: creds[idle] },
    });
    expect(await answer).toMatchObject({ refused: { reason: 'BAD_REQUEST' } });
    expect((await stored(matchID))!._stateID).toBe(before._stateID);
  });

  it('refuses an illegal move with the engine’s reason', async () => {
    const { matchID, creds } = await seatedMatch(t.server);
    const before = (await stored(matchID))!;
    const { playerID } = aMove(before.G as GameState);
    const w = wire();
    const answer = w.nextAnswer();
    w.move(matchID, playerID, creds[playerID], before._stateID, { kind: 'aid', region: 'nowhere' as never, size: 99 });
    const refused = await answer;
    expect('refused' in refused && refused.refused.reason).toMatch(/^[A-Z_]+$/);
    expect('refused' in refused && refused.refused.reason).not.toBe('BAD_REQUEST');
    expect((await stored(matchID))!._stateID).toBe(before._stateID);
  });
});

describe('client events', () => {
  it('refuses boardgame.io events, undo/redo, plugin actions and a second deal from a client', async () => {
    const { matchID, creds } = await seatedMatch(t.server);
    const before = (await stored(matchID))!;
    const { playerID } = aMove(before.G as GameState);
    const credentials = creds[playerID];
    const w = wire();
    const actions = [
      { type: 'GAME_EVENT', payload: { type: 'endGame', args: [{ winner: playerID }], playerID, credentials } },
      { type: 'GAME_EVENT', payload: { type: 'endTurn', args: [], playerID, credentials } },
      { type: 'GAME_EVENT', payload: { type: 'setActivePlayers', args: [[playerID]], playerID, credentials } },
      { type: 'GAME_EVENT', payload: { type: 'setPhase', args: ['setup'], playerID, credentials } },
      { type: 'UNDO', payload: { type: null, args: null, playerID, credentials } },
      { type: 'REDO', payload: { type: null, args: null, playerID, credentials } },
      { type: 'PLUGIN', payload: { type: 'movesOnly', args: [], playerID, credentials } },
      { type: 'MAKE_MOVE', payload: { type: 'start', args: [{ deal: 7 }], playerID, credentials } },
      { type: 'MAKE_MOVE', payload: { type: 'toString', args: [], playerID, credentials } },
      { type: 'MAKE_MOVE', payload: { type: 'pass', args: [{}, {}], playerID, credentials } },
      { type: 'MAKE_MOVE', payload: { type: 'pass', args: ['x'], playerID, credentials } },
      'MAKE_MOVE',
      null,
    ];
    for (const action of actions) {
      const answer = w.nextAnswer();
      w.update(matchID, playerID, before._stateID, action);
      expect(await answer).toMatchObject({ refused: { request: 'update', reason: 'BAD_REQUEST' } });
    }
    const after = (await stored(matchID))!;
    expect(after._stateID).toBe(before._stateID);
    expect(after.ctx.gameover).toBeUndefined();
  });

  it('does not relay chat', async () => {
    const { matchID, creds } = await seatedMatch(t.server);
    const a = wire();
    const b = wire();
    await a.sync(matchID, '0', creds['0']);
    await b.sync(matchID, '1', creds['1']);
    a.socket.emit('chat', matchID, { id: 'x', sender: '0', payload: 'hello' }, creds['0']);
    // A round trip on the same socket: the server handles a socket's events in order.
    const refused = a.nextAnswer();
    a.move(matchID, '0', 'forged', 0, { kind: 'pass' });
    await refused;
    const move = b.nextAnswer();
    const before = (await stored(matchID))!;
    const next = aMove(before.G as GameState);
    a.move(matchID, next.playerID, creds[next.playerID], before._stateID, next.move);
    await move;
    expect(b.received.some((r) => r.event === 'chat')).toBe(false);
  });
});

describe('oversized payloads', () => {
  it('drops a socket that sends more than the message limit, and refuses a large move', async () => {
    const { matchID, creds } = await seatedMatch(t.server);
    const before = (await stored(matchID))!;
    const { playerID } = aMove(before.G as GameState);
    const w = wire();
    await w.connected();
    const answer = w.nextAnswer();
    w.move(matchID, playerID, creds[playerID], before._stateID, { kind: 'pass', junk: 'x'.repeat(4000) } as never);
    expect(await answer).toMatchObject({ refused: { reason: 'BAD_REQUEST' } });

    const gone = new Promise<string>((resolve) => w.socket.once('disconnect', (reason) => resolve(reason)));
    w.move(matchID, playerID, creds[playerID], before._stateID, { kind: 'pass', junk: 'x'.repeat(100_000) } as never);
    expect(await gone).toMatch(/transport close|transport error/);
    expect((await stored(matchID))!._stateID).toBe(before._stateID);
  });
});

describe('origins', () => {
  it('refuses a socket handshake from a page on another origin, over WebSocket and polling', async () => {
    for (const transports of [['websocket'], ['polling']]) {
      const socket = io(`${t.server.url}/${NAMESPACE}`, {
        transports: transports as ('websocket' | 'polling')[],
        reconnection: false,
        forceNew: true,
        extraHeaders: { Origin: 'http://evil.example' },
      });
      const outcome = await new Promise<string>((resolve) => {
        socket.once('connect', () => resolve('connected'));
        socket.once('connect_error', () => resolve('refused'));
      });
      socket.close();
      expect(outcome).toBe('refused');
    }
    const good = wire({ Origin: t.server.url });
    await good.connected();
    expect(good.socket.connected).toBe(true);
  });

  it('answers socket.io CORS with the allowed origin only (the right key, not `origins`)', async () => {
    const poll = `${t.server.url}/socket.io/?EIO=4&transport=polling`;
    const ok = await fetch(poll, { headers: { Origin: t.server.url } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(t.server.url);
    const bad = await fetch(poll, { headers: { Origin: 'http://evil.example' } });
    expect(bad.headers.get('access-control-allow-origin')).not.toBe('http://evil.example');
    expect(bad.status).toBe(403);
  });
});

describe('secrets', () => {
  it('sends no seat or spectator another power’s agenda or the random state, from the very first sync', async () => {
    const { matchID, creds } = await seatedMatch(t.server);
    const full = (await t.server.host.fullState(matchID))!;
    const record = (await t.server.host.record(matchID))!;
    const deal = record.moves[0]!.move.kind === 'start' ? record.moves[0]!.move.deal : undefined;
    expect(typeof deal).toBe('number');
    const viewers: (string | null)[] = [null, '0', '1', '2', '3', '4'];
    const sockets = viewers.map(() => wire());
    for (let i = 0; i < viewers.length; i++) {
      const id = viewers[i]!;
      await sockets[i]!.sync(matchID, id, id === null ? undefined : creds[id]);
    }
    // A few moves, so that updates and the log are seen too.
    const mover = wire();
    for (let n = 0; n < 6; n++) {
      const state = (await stored(matchID))!;
      const { playerID, move } = aMove(state.G as GameState);
      const seen = sockets[0]!.nextAnswer();
      mover.move(matchID, playerID, creds[playerID], state._stateID, move);
      expect('update' in (await seen)).toBe(true);
    }
    const late = wire();
    await late.sync(matchID, null);
    sockets.push(late);
    viewers.push(null);

    for (let i = 0; i < sockets.length; i++) {
      const viewer = powerOf(viewers[i]);
      const states = sockets[i]!.statesSeen();
      expect(states.length).toBeGreaterThanOrEqual(2);
      for (const s of states) {
        const G = s.G as GameState;
        expect(G.rng).toBe(0);
        for (const p of POWERS) {
          if (p === viewer) continue;
          expect(G.agendas === null || G.agendas[p] === '').toBe(true);
          expect(G.baseline === null || G.baseline.agenda[p] === 0).toBe(true);
        }
        expect(s.plugins?.random?.data).toBeUndefined();
      }
      if (viewer) expect((sockets[i]!.statesSeen()[0]!.G as GameState).agendas![viewer]).toBe(full.agendas![viewer]);
      const everything = JSON.stringify(sockets[i]!.received);
      expect(everything).not.toContain(String(deal));
      expect(everything).not.toContain('credentials":"');
    }
  });
});

describe('two tabs of one seat', () => {
  it('plays only one of two moves sent on the same state', async () => {
    const { matchID, creds } = await seatedMatch(t.server);
    let state = (await stored(matchID))!;
    // Get to a turn with at least two different legal moves.
    const mover = wire();
    const tab1 = wire();
    const tab2 = wire();
    const { playerID, power } = aMove(state.G as GameState);
    await tab1.sync(matchID, playerID, creds[playerID]);
    await tab2.sync(matchID, playerID, creds[playerID]);
    const { legalMoves } = await import('../../game/index.ts');
    const moves = legalMoves(state.G as GameState, power);
    expect(moves.length).toBeGreaterThan(1);
    const a1 = tab1.nextAnswer();
    const a2 = tab2.nextAnswer();
    tab1.move(matchID, playerID, creds[playerID], state._stateID, moves[0]!);
    tab2.move(matchID, playerID, creds[playerID], state._stateID, moves[1]!);
    const answers = [await a1, await a2];
    // Each tab hears the accepted move as an update; the loser also hears why its own was refused.
    const after = (await stored(matchID))!;
    expect(after._stateID).toBe(state._stateID + 1);
    const refusals = [...tab1.received, ...tab2.received].filter((r) => r.event === 'rotw:refused');
    expect(refusals.map((r) => (r.args[0] as { reason: string }).reason)).toEqual(['STALE']);
    expect(answers.every((a) => 'update' in a)).toBe(true);
    state = after;
    void mover;
  });
});

describe('the gate and freed seats', () => {
  it('refuses every move while the gate says so, then plays again', async () => {
    const { matchID, creds } = await seatedMatch(t.server);
    const state = (await stored(matchID))!;
    const { playerID, move } = aMove(state.G as GameState);
    t.server.host.setGate((id) => (id === matchID ? 'PAUSED' : null));
    try {
      const w = wire();
      const answer = w.nextAnswer();
      w.move(matchID, playerID, creds[playerID], state._stateID, move);
      expect(await answer).toMatchObject({ refused: { reason: 'PAUSED' } });
      expect(await t.server.host.playAs(matchID, playerID, move)).toBe('PAUSED');
      expect((await stored(matchID))!._stateID).toBe(state._stateID);
    } finally {
      t.server.host.setGate(() => null);
    }
    expect(await t.server.host.playAs(matchID, playerID, move)).toBeNull();
  });

  it('disconnects a freed seat’s sockets and refuses its old credentials at once', async () => {
    const { matchID, creds } = await seatedMatch(t.server);
    const w = wire();
    await w.sync(matchID, '2', creds['2']);
    const gone = new Promise<string>((resolve) => w.socket.once('disconnect', (reason) => resolve(reason)));
    await t.server.host.unseat(matchID, '2');
    expect(await gone).toBe('io server disconnect');
    expect(
      w.received.some((r) => r.event === 'rotw:refused' && (r.args[0] as { reason: string }).reason === 'UNSEATED'),
    ).toBe(true);
    const again = wire();
    expect(await again.sync(matchID, '2', creds['2'])).toMatchObject({ refused: { reason: 'UNAUTHORIZED' } });
    const seat = await t.server.host.seat(matchID, '2', 'New group');
    expect('credentials' in seat).toBe(true);
    expect(await t.server.host.seat(matchID, '2', 'Someone else')).toEqual({ refused: 'SEAT_TAKEN' });
  });
});

describe('the raw lobby', () => {
  it('is closed: no route of boardgame.io’s lobby answers, and none creates a match', async () => {
    const before = await t.store.listMatches();
    const { matchID } = await seatedMatch(t.server);
    const base = `${t.server.url}/games`;
    const requests: [string, string, unknown?][] = [
      ['GET', base],
      ['GET', `${base}/${NAMESPACE}`],
      ['GET', `${base}/${NAMESPACE}/${matchID}`],
      ['POST', `${base}/${NAMESPACE}/create`, { numPlayers: 5 }],
      ['POST', `${base}/${NAMESPACE}/${matchID}/join`, { playerID: '0', playerName: 'x' }],
      ['POST', `${base}/${NAMESPACE}/${matchID}/leave`, { playerID: '0', credentials: 'x' }],
      ['POST', `${base}/${NAMESPACE}/${matchID}/update`, { playerID: '0', credentials: 'x', newName: 'y' }],
      ['POST', `${base}/${NAMESPACE}/${matchID}/playAgain`, { playerID: '0', credentials: 'x' }],
    ];
    for (const [method, url, body] of requests) {
      const res = await fetch(url, {
        method,
        headers: { 'Content-Type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      expect(res.status, `${method} ${url}`).toBe(404);
      expect(await res.json()).toMatchObject({ error: 'CLOSED' });
    }
    expect((await t.store.listMatches()).length).toBe(before.length + 1);
  });
});

describe('rate limits', () => {
  it('refuses a flood of requests from one socket', async () => {
    const w = wire();
    await w.connected();
    for (let i = 0; i < 80; i++) w.socket.emit('sync', 'nope', null);
    const last = w.next((e, args) => e === 'rotw:refused' && (args[0] as { reason: string }).reason === 'RATE_LIMITED');
    expect((await last)[0]).toMatchObject({ reason: 'RATE_LIMITED' });
  });
});
