/**
 * Nothing lost on a restart, on SQLite and on PostgreSQL: the real server in a child process, five boardgame.io socket
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
import { MatchHost, loadState } from '../../src/server/host.ts';
import { networkGame, scenarioEnhancer } from '../../src/server/protocol.ts';
import { openSqlite } from '../../src/server/store/sqlite.ts';
import { openPostgres } from '../../src/server/store/postgres.ts';
import type { Store } from '../../src/server/store/store.ts';
import { startMain, type Child } from './child.ts';
import { startPostgres, type RunningPostgres } from './embedded-pg.ts';
import { SCENARIO, aMove, clientsAt, tempDir } from './helpers.ts';

const dir = tempDir('rotw-restart-');
const children: Child[] = [];
let pg: RunningPostgres | null = null;
afterAll(async () => {
  for (const c of children) if (c.process.exitCode === null && c.process.signalCode === null) c.process.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
  await pg?.remove();
});

/** A database the server runs on: how the test opens it beside the server, and what the server is told. */
interface Database {
  name: string;
  open(): Promise<Store>;
  /** The server's arguments and environment for this database. */
  args(): string[];
  env(): NodeJS.ProcessEnv;
}

const DATABASES: Database[] = [
  {
    name: 'SQLite',
    // A second connection to the same file, beside the running server (WAL allows it).
    open: () => openSqlite(dir),
    args: () => ['--data', dir],
    env: () => ({}),
  },
  {
    name: 'PostgreSQL',
    open: async () => openPostgres((pg ??= await startPostgres()).url),
    args: () => [],
    env: () => ({ DATABASE_URL: pg!.url }),
  },
];

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

async function storedState(db: Database): Promise<{ stateID: number; G: GameState; record: unknown }> {
  const store = await db.open();
  try {
    const state = await loadState(store, matchID);
    const record = await new MatchHost(store).record(matchID);
    return { stateID: state!._stateID, G: state!.G as GameState, record };
  } finally {
    await store.close();
  }
}

let matchID = '';

describe.each(DATABASES)('a restart mid-match ($name)', (db) => {
  it('loses no accepted move, and every client reconnects and carries on', async () => {
    // The teacher's side, before the server starts: a match with five seated groups.
    const setup = await db.open();
    const host = new MatchHost(setup);
    ({ matchID } = await host.createMatch(SCENARIO));
    const creds: string[] = [];
    for (const id of PLAYER_IDS) {
      const seat = await host.seat(matchID, id, `Group ${id}`);
      if (!('credentials' in seat)) throw new Error(seat.refused);
      creds.push(seat.credentials);
    }
    await setup.close();

    const first = await startMain(['--port', '0', ...db.args(), '--secret', 'restart-secret'], db.env());
    children.push(first.child);
    const port = new URL(first.url).port;
    const game = networkGame(getScenario(SCENARIO)!);
    const enhancer = scenarioEnhancer(getScenario(SCENARIO)!);
    const clients = PLAYER_IDS.map((playerID, i) =>
      Client({
        game,
        enhancer,
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

      const second = await startMain(['--port', port, ...db.args(), '--secret', 'restart-secret'], db.env());
      children.push(second.child);
      const stored = await storedState(db);
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
      expect((await storedState(db)).stateID).toBe(stored.stateID + 8);

      // A graceful stop (SIGTERM) and one more start: still all there.
      second.child.process.kill('SIGTERM');
      expect(await second.child.exited).toBe(0);
      const third = await startMain(['--port', port, ...db.args(), '--secret', 'restart-secret'], db.env());
      children.push(third.child);
      await clientsAt(clients, stored.stateID + 8);
      await clientsAt(clients, playOne(clients) + 1);
      expect((await storedState(db)).stateID).toBe(stored.stateID + 9);
      third.child.process.kill('SIGTERM');
      expect(await third.child.exited).toBe(0);
    } finally {
      for (const c of clients) c.stop();
    }
  });
});
