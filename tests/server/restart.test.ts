/**
 * Nothing lost on a restart (SQLite): the real server in a child process, five boardgame.io socket
 * clients playing; the process is killed outright (SIGKILL, no shutdown at all) with a move in
 * flight, started again on the same port and data folder, and every client reconnects by itself
 * to the state that includes every move any client saw accepted — then the match carries on.
 */
import { rmSync } from 'node:fs';
import { Client } from 'boardgame.io/client';
import { SocketIO } from 'boardgame.io/multiplayer';
import { afterAll, describe, expect, it } from 'vitest';
import { PLAYER_IDS } from '../../game/bgio.ts';
import { getScenario, loadRecord, toMove, POWERS, type GameState } from '../../game/index.ts';
import { MatchHost } from '../../src/server/host.ts';
import { networkGame } from '../../src/server/protocol.ts';
import { openSqlite } from '../../src/server/store/sqlite.ts';
import { startMain, type Child } from './child.ts';
import { SCENARIO, aMove, clientsAt, tempDir } from './helpers.ts';

const dir = tempDir('rotw-restart-');
const children: Child[] = [];
afterAll(async () => {
  for (const c of children) if (c.process.exitCode === null && c.process.signalCode === null) c.process.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

type BgioClient = ReturnType<typeof Client>;

/** The seat to move plays one legal move from its own view; resolves to the stateID it was sent on. */
function playOne(clients: BgioClient[]): number {
  const view = clients[0]!.getState()!;
  const power = toMove(view.G as GameState)!;
  const mover = clients[POWERS.indexOf(power)]!;
  const own = mover.getState()!;
  const { move } = aMove(own.G as GameState);
  const { kind, ...payload } = move;
  mover.moves[kind]!(payload);
  return own._stateID;
}

async function storedState(): Promise<{ stateID: number; G: GameState; record: unknown }> {
  // A second connection to the same file, beside the running server (WAL allows it).
  const store = await openSqlite(dir);
  try {
    const { state } = await store.fetch(matchID, { state: true });
    const record = await new MatchHost(store).record(matchID);
    return { stateID: state!._stateID, G: state!.G as GameState, record };
  } finally {
    await store.close();
  }
}

let matchID = '';

describe('a restart mid-match (SQLite)', () => {
  it('loses no accepted move, and every client reconnects and carries on', async () => {
    // The teacher's side, before the server starts: a match with five seated groups.
    const setup = await openSqlite(dir);
    const host = new MatchHost(setup);
    ({ matchID } = await host.createMatch(SCENARIO));
    const creds: string[] = [];
    for (const id of PLAYER_IDS) {
      const seat = await host.seat(matchID, id, `Group ${id}`);
      if (!('credentials' in seat)) throw new Error(seat.refused);
      creds.push(seat.credentials);
    }
    await setup.close();

    const first = await startMain(['--port', '0', '--data', dir, '--secret', 'restart-secret']);
    children.push(first.child);
    const port = new URL(first.url).port;
    const game = networkGame(getScenario(SCENARIO)!);
    const clients = PLAYER_IDS.map((playerID, i) =>
      Client({
        game,
        matchID,
        playerID,
        credentials: creds[i],
        multiplayer: SocketIO({
          server: first.url,
          socketOpts: { transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 300 },
        }),
        debug: false,
      }),
    );
    const seen = () => Math.max(...clients.map((c) => c.getState()?._stateID ?? -1));
    for (const c of clients) c.start();
    try {
      await clientsAt(clients, 1);
      for (let i = 0; i < 8; i++) await clientsAt(clients, playOne(clients) + 1);
      expect(seen()).toBe(9);

      // A move in flight, and the process is killed at once.
      playOne(clients);
      first.child.process.kill('SIGKILL');
      expect(await first.child.exited).toBe('SIGKILL');
      const acceptedBeforeKill = seen();

      const second = await startMain(['--port', port, '--data', dir, '--secret', 'restart-secret']);
      children.push(second.child);
      const stored = await storedState();
      expect(stored.stateID).toBeGreaterThanOrEqual(acceptedBeforeKill);
      // The clients reconnect by themselves and sync to what the store kept.
      await clientsAt(clients, stored.stateID);
      for (const c of clients) expect(c.getState()!._stateID).toBe(stored.stateID);
      // The record of every kept move replays to the kept state.
      const replayed = loadRecord(JSON.parse(JSON.stringify(stored.record)));
      expect(replayed.ok && replayed.value.states.at(-1)).toEqual(stored.G);

      // …and the match carries on.
      for (let i = 0; i < 8; i++) await clientsAt(clients, playOne(clients) + 1);
      expect(seen()).toBe(stored.stateID + 8);
      expect((await storedState()).stateID).toBe(stored.stateID + 8);

      // A graceful stop (SIGTERM) and one more start: still all there.
      second.child.process.kill('SIGTERM');
      expect(await second.child.exited).toBe(0);
      const third = await startMain(['--port', port, '--data', dir, '--secret', 'restart-secret']);
      children.push(third.child);
      await clientsAt(clients, stored.stateID + 8);
      await clientsAt(clients, playOne(clients) + 1);
      expect((await storedState()).stateID).toBe(stored.stateID + 9);
      third.child.process.kill('SIGTERM');
      expect(await third.child.exited).toBe(0);
    } finally {
      for (const c of clients) c.stop();
    }
  });
});
