/**
 * Two real server processes (`node --import tsx src/server/main.ts`, as a district runs them) on one
 * PostgreSQL: the teacher makes a class on process A; its match's two groups join and play over
 * sockets, Russia on A and China on B, the other powers computers. Each group sees the other's moves;
 * B is killed outright (SIGKILL) mid-match and started again, and no accepted move is lost. Then the
 * class layer across the processes: a pause made on A refuses a move sent on B (and a resume lets it
 * through), and a seat handed to a computer on A is played — once, by one process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toMove, type GameState, type Power } from '../../game/index.ts';
import { loadState } from '../../src/server/host.ts';
import { REFUSED_EVENT, type Refusal } from '../../src/server/protocol.ts';
import { openPostgres } from '../../src/server/store/postgres.ts';
import { startMain, type Child } from './child.ts';
import { TWO_GROUPS, request } from './class-fixture.ts';
import { startPostgres, type RunningPostgres } from './embedded-pg.ts';
import { SCENARIO, aMove } from './helpers.ts';
import { netClient, until, type NetClient } from './net-clients.ts';

const SECRET = 'two-processes-secret';
let pg: RunningPostgres;
const children: Child[] = [];
const clients: NetClient[] = [];

beforeAll(async () => {
  pg = await startPostgres();
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.stop();
  for (const c of children) if (c.process.exitCode === null && c.process.signalCode === null) c.process.kill('SIGKILL');
  await Promise.all(children.map((c) => c.exited));
  await pg?.remove();
});

async function serverProcess(port = '0'): Promise<{ child: Child; url: string }> {
  const started = await startMain(['--port', port, '--secret', SECRET], {
    DATABASE_URL: pg.url,
    ROTW_COMPUTER_DELAY_MS: '0',
  });
  children.push(started.child);
  return started;
}

/** The refusals a client's socket has been sent. */
function refusalsOf(c: NetClient): Refusal[] {
  const seen: Refusal[] = [];
  const socket = (c.client as unknown as { transport: { socket: { on(e: string, f: (r: Refusal) => void): void } } })
    .transport.socket;
  socket.on(REFUSED_EVENT, (r) => seen.push(r));
  return seen;
}

async function stored(matchID: string): Promise<{ stateID: number; G: GameState; movesBy: (id: string) => number }> {
  const store = await openPostgres(pg.url);
  try {
    const s = (await loadState(store, matchID))!;
    const { log } = await store.fetch(matchID, { log: true });
    const movesBy = (id: string) =>
      (log ?? []).filter((e) => e.action.type === 'MAKE_MOVE' && e.action.payload.playerID === id).length;
    return { stateID: s._stateID, G: s.G as GameState, movesBy };
  } finally {
    await store.close();
  }
}

describe('two server processes on one PostgreSQL, with a class', () => {
  it('a class made on A is played by a group on A and a group on B; a SIGKILL of B loses no move', async () => {
    const a = await serverProcess();
    let b = await serverProcess();

    const made = await request(a.url, 'POST', '/api/teacher/classes', TWO_GROUPS, SECRET);
    expect(made.status).toBe(200);
    const { matchID, code } = (made.body.matches as { matchID: string; code: string }[])[0]!;
    // Russia joins on A, China on B (which has not been told of the class by anything but the database).
    const russiaSeat = await request(a.url, 'POST', `/api/join/${code}`, { power: 'russia', name: 'Table 1' }, null);
    const chinaSeat = await request(b.url, 'POST', `/api/join/${code}`, { power: 'china', name: 'Table 2' }, null);
    expect([russiaSeat.status, chinaSeat.status]).toEqual([200, 200]);
    // Both seats are kept: the second join did not write over the first.
    const status = await request(b.url, 'GET', `/api/matches/${matchID}`, undefined, null);
    const taken = (status.body.seats as { power: Power; taken: boolean }[]).filter((s) => s.taken).map((s) => s.power);
    expect(taken.sort()).toEqual(['china', 'russia']);

    /** A group's socket client on one process, seated with what its join answered. */
    const seated = (url: string, seat: { body: Record<string, unknown> }) =>
      netClient(url, SCENARIO, matchID, seat.body.playerID as string, seat.body.credentials as string);
    const groups: Record<'russia' | 'china', NetClient> = {
      russia: seated(a.url, russiaSeat),
      china: seated(b.url, chinaSeat),
    };
    clients.push(groups.russia, groups.china);
    const refusals = { russia: refusalsOf(groups.russia), china: refusalsOf(groups.china) };
    await until(() => groups.russia.state() !== null && groups.china.state() !== null, 'both groups synced');

    /** The groups whose sockets follow the match (China's leaves when its seat goes to a computer). */
    let following: ('russia' | 'china')[] = ['russia', 'china'];
    /** Wait until a group is to move (the computers play in between), on the state both groups hold. */
    const groupToMove = async (what: string): Promise<'russia' | 'china'> => {
      let power: Power | null = null;
      await until(
        () => {
          const r = groups.russia.state();
          const c = following.includes('china') ? groups.china.state() : r;
          if (!r || !c || r._stateID !== c._stateID) return false;
          power = toMove(r.G);
          return power === 'russia' || power === 'china';
        },
        what,
        30_000,
      ).catch(async (e: Error) => {
        const s = await stored(matchID);
        throw new Error(
          `${e.message}; stored state ${s.stateID} (step ${s.G.step}, round ${s.G.round}, to move ${toMove(s.G)}); ` +
            `groups at ${groups.russia.state()?._stateID}/${groups.china.state()?._stateID}\n` +
            children.map((c) => c.stderr()).join('\n---\n'),
        );
      });
      return power as unknown as 'russia' | 'china';
    };
    /** The group to move plays one move; both groups are sent it. */
    const playOne = async (n: number) => {
      const power = await groupToMove(`a group to move (${n})`);
      const before = groups[power].state()!._stateID;
      groups[power].send(aMove(groups[power].state()!.G).move);
      await until(
        () => following.every((g) => groups[g].state()!._stateID > before),
        `move ${n} (${power}) at ${following.join(' and ')}`,
        30_000,
      );
      return power;
    };

    const movers = new Set<string>();
    // (Autumn 2016 has five rounds: the test plays few moves so that the match is still on at the end.)
    for (let n = 0; n < 6 && movers.size < 2; n++) movers.add(await playOne(n));
    expect([...movers].sort()).toEqual(['china', 'russia']);
    await groupToMove('both groups at one state');
    expect(groups.russia.state()!.G.log).toEqual(groups.china.state()!.G.log);

    // B is killed outright mid-match, with China's move in flight if it is China's turn.
    const power = await groupToMove('a group to move before the kill');
    const sentOn = groups[power].state()!._stateID;
    if (power === 'china') groups.china.send(aMove(groups.china.state()!.G).move);
    b.child.process.kill('SIGKILL');
    expect(await b.child.exited).toBe('SIGKILL');
    const seen = Math.max(groups.russia.state()!._stateID, groups.china.state()!._stateID, sentOn);
    b = await serverProcess(new URL(b.url).port);
    const kept = await stored(matchID);
    expect(kept.stateID).toBeGreaterThanOrEqual(seen);
    // China reconnects to B by itself, and both groups carry on from what the database kept.
    await until(
      () => groups.china.state()!._stateID >= kept.stateID && groups.russia.state()!._stateID >= kept.stateID,
      'both groups back at the kept state',
      30_000,
    );
    for (let n = 6; n < 8; n++) await playOne(n);
    // Each group holds the same log as the other whenever both hold the same state.
    await groupToMove('both groups at one state');
    expect(groups.russia.state()!.G.log).toEqual(groups.china.state()!.G.log);

    // ── Pause on A → a move sent on B is refused, with the reason; resume → accepted. ──
    while ((await groupToMove('China to move')) !== 'china') await playOne(99);
    const paused = await request(a.url, 'POST', `/api/teacher/matches/${matchID}/pause`, { paused: true }, SECRET);
    expect(paused.status).toBe(200);
    const onB = await request(b.url, 'GET', `/api/matches/${matchID}`, undefined, null);
    expect(onB.body.paused).toBe(true);
    const atPause = groups.china.state()!._stateID;
    const chinaMove = aMove(groups.china.state()!.G).move;
    groups.china.send(chinaMove);
    await until(() => refusals.china.some((r) => r.reason === 'PAUSED'), "China's move refused as PAUSED");
    expect(refusals.china.at(-1)).toEqual({ matchID, request: 'update', reason: 'PAUSED' });
    expect((await stored(matchID)).stateID).toBe(atPause);
    const resumed = await request(a.url, 'POST', `/api/teacher/matches/${matchID}/pause`, { paused: false }, SECRET);
    expect(resumed.status).toBe(200);
    groups.china.send(chinaMove);
    await until(() => groups.russia.state()!._stateID > atPause, "China's move accepted after the resume");

    // ── China's seat handed to a computer on A: China's socket on B is cut off, and the computer plays. ──
    const handed = await request(
      a.url,
      'POST',
      `/api/teacher/matches/${matchID}/seats/china`,
      { to: 'computer:novice' },
      SECRET,
    );
    expect(handed.status).toBe(200);
    // The seat was freed on A; China's socket is on B, and B tells it (the kick goes through the pub/sub).
    await until(() => refusals.china.some((r) => r.reason === 'UNSEATED'), "China's page on B told its seat was taken");
    following = ['russia'];
    const chinaID = chinaSeat.body.playerID as string;
    const chinaMovesBefore = (await stored(matchID)).movesBy(chinaID);
    // The computer plays China's next turn (Russia plays its own turns in between).
    for (let n = 0; (await stored(matchID)).movesBy(chinaID) === chinaMovesBefore; n++) {
      expect(n, 'China played by the computer within a few turns').toBeLessThan(500);
      const s = groups.russia.state()!;
      if (toMove(s.G) === 'russia') await playOne(100 + n);
      else await new Promise((r) => setTimeout(r, 20));
    }
    const after = await stored(matchID);
    expect(after.movesBy(chinaID)).toBeGreaterThan(chinaMovesBefore);
    // Once, from one process: neither process had a computer move refused (a second try would be).
    for (const c of children) expect(c.stderr()).not.toMatch(/was refused/);
    expect(refusals.russia).toEqual([]);
  }, 240_000);
});
