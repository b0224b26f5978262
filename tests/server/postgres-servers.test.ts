/**
 * Several server processes against one PostgreSQL: two game servers, each with its own connection
 * pool and pub/sub, share a match whose groups sit on different servers. Every move one group makes
 * reaches the groups on the other server (pub/sub over LISTEN/NOTIFY), both servers read and write
 * the one stored state, and a move made on the other server's stale copy is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAYER_IDS, playerIdOf } from '../../game/bgio.ts';
import { legalMoves, toMove } from '../../game/index.ts';
import { PostgresPubSub } from '../../src/server/pubsub.ts';
import { createServer, type RunningServer } from '../../src/server/server.ts';
import { openPostgres, type PostgresStore } from '../../src/server/store/postgres.ts';
import { startPostgres, type RunningPostgres } from './embedded-pg.ts';
import { netClient, until, type NetClient } from './net-clients.ts';

const SCENARIO = 'autumn-2016';

interface Process {
  server: RunningServer;
  store: PostgresStore;
  pubSub: PostgresPubSub;
}

let pg: RunningPostgres;
const processes: Process[] = [];
const clients: NetClient[] = [];

async function serverProcess(): Promise<Process> {
  const store = await openPostgres(pg.url);
  const pubSub = await PostgresPubSub.open(pg.url);
  const server = await createServer({ store, pubSub: pubSub as never, port: 0, distDir: null });
  const p = { server, store, pubSub };
  processes.push(p);
  return p;
}

beforeAll(async () => {
  pg = await startPostgres();
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.stop();
  for (const p of processes) {
    await p.server.close().catch(() => {});
    await p.pubSub.close().catch(() => {});
    await p.store.close().catch(() => {});
  }
  await pg?.remove();
});

describe('two server processes, one PostgreSQL', () => {
  it('plays one match with groups on both servers: each move reaches every group, in order', async () => {
    const a = await serverProcess();
    const b = await serverProcess();
    const { matchID } = await a.server.host.createMatch(SCENARIO);
    // Seats alternate between the two servers: Russia, Tajikistan, Afghanistan on A; China, Pakistan on B.
    const seated: Record<string, NetClient> = {};
    for (const [i, playerID] of PLAYER_IDS.entries()) {
      const on = i % 2 === 0 ? a : b;
      const seat = await on.server.host.seat(matchID, playerID, `group ${i + 1}`);
      if (!('credentials' in seat)) throw new Error(`seat ${playerID} refused: ${seat.refused}`);
      const c = netClient(on.server.url, SCENARIO, matchID, playerID, seat.credentials);
      clients.push(c);
      seated[playerID] = c;
    }
    await until(() => Object.values(seated).every((c) => c.state() !== null), 'every group synced');

    let stateID = seated['0']!.state()!._stateID;
    for (let n = 0; n < 12; n++) {
      const full = (await a.server.host.fullState(matchID))!;
      const power = toMove(full);
      if (!power) break;
      const mover = seated[playerIdOf(power)]!;
      const view = mover.state()!.G;
      const move = legalMoves(view, power).find((m) => m.kind !== 'door') ?? legalMoves(view, power)[0]!;
      mover.send(move);
      stateID += 1;
      // Every group, on either server, is sent the new state.
      await until(
        () => Object.values(seated).every((c) => c.state()!._stateID === stateID),
        `move ${n + 1} (${power} ${move.kind}) at every group`,
      );
      const logs = Object.values(seated).map((c) => c.state()!.G.log.length);
      expect(new Set(logs).size, `the log after move ${n + 1}`).toBe(1);
    }
    expect(stateID).toBeGreaterThan(10);
    // Both servers read the same stored state.
    const [fromA, fromB] = [await a.server.host.fullState(matchID), await b.server.host.fullState(matchID)];
    expect(fromB).toEqual(fromA);
    // A group on server B is sent its own agenda and no other power's.
    const full = (await b.server.host.fullState(matchID))!;
    const chinaView = seated[playerIdOf('china')]!.state()!.G;
    expect(chinaView.agendas!.china).toBe(full.agendas!.china);
    for (const p of ['russia', 'tajikistan', 'pakistan', 'afghanistan'] as const)
      expect(chinaView.agendas![p]).toBe('');
    expect(chinaView.rng).toBe(0);
  }, 60_000);

  it('refuses a move made on a state the other server has already moved past', async () => {
    const a = await serverProcess();
    const b = await serverProcess();
    const { matchID } = await a.server.host.createMatch(SCENARIO);
    const full = (await a.server.host.fullState(matchID))!;
    const power = toMove(full)!;
    const playerID = playerIdOf(power);
    const moves = legalMoves(full, power).filter((m) => m.kind !== 'door');
    // The same seat's move sent to both servers at once: one lands, the other is stale.
    const results = await Promise.all([
      a.server.host.playAs(matchID, playerID, moves[0]!),
      b.server.host.playAs(matchID, playerID, moves[0]!),
    ]);
    expect(results.filter((r) => r === null)).toHaveLength(1);
    const after = (await b.server.host.fullState(matchID))!;
    expect(after.log.length).toBe(full.log.length + 1);
  }, 30_000);
});
