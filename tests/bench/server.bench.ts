/**
 * Benchmark (`npm run bench:server`): the game server under a classroom district's load. The real
 * server runs as its own process (`node --import tsx src/server/main.ts`, SQLite in a temp folder);
 * this process holds N matches × 5 seated socket clients on loopback (every seat synced, so every
 * accepted move goes out to five sockets). In each match the seat to move plays a legal move from
 * its own view, waits until its socket hears the update, and — in the paced run — waits out the rest
 * of the interval before the next; the saturated run plays with no pause at all.
 *
 * Prints moves per second and the move round trip (send → the mover's socket has the new state):
 * median, 95th percentile, 99th percentile, maximum. Target: 200 matches at p95 ≤ 50 ms (SQLite,
 * this two-core machine). Figures only; nothing is asserted.
 *
 *   npm run bench:server -- [--matches 200] [--moves 20] [--interval 2000] [--saturated 50]
 *
 * --interval: ms between one match's moves in the paced run (a group thinks for far longer);
 * --saturated: matches in the run with no pause (0 skips it).
 */
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import type { State } from 'boardgame.io';
import { PLAYER_IDS } from '../../game/bgio.ts';
import type { GameState } from '../../game/index.ts';
import { MatchHost } from '../../src/server/host.ts';
import { gameNameOf } from '../../src/server/protocol.ts';
import { openSqlite } from '../../src/server/store/sqlite.ts';
import { startMain } from '../server/child.ts';
import { aMove, tempDir } from '../server/helpers.ts';

interface Options {
  matches: number;
  moves: number;
  interval: number;
  saturated: number;
}

function parse(argv: string[]): Options {
  const opts: Options = { matches: 200, moves: 20, interval: 2000, saturated: 50 };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]?.replace(/^--/, '') as keyof Options;
    const value = Number(argv[i + 1]);
    if (!(name in opts) || !Number.isInteger(value) || value < 0) {
      throw new Error(
        `usage: server.bench.ts [--matches N] [--moves N] [--interval ms] [--saturated N] (bad: ${argv[i]} ${argv[i + 1]})`,
      );
    }
    opts[name] = value;
  }
  return opts;
}

const SCENARIO = 'autumn-2016';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** One seat's socket: the latest state it was sent, and a way to wait for a newer one. */
class Seat {
  readonly socket: Socket;
  state: State | null = null;
  bytes = 0;
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

  private hear(state: State): void {
    if (this.state && state._stateID <= this.state._stateID) return;
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
}

async function play(
  url: string,
  matches: { matchID: string; creds: string[] }[],
  o: Options,
  pause: number,
): Promise<Run> {
  const seats = matches.map(({ matchID, creds }) => PLAYER_IDS.map((id, i) => new Seat(url, matchID, id, creds[i]!)));
  await Promise.all(seats.flat().map((s) => s.until(1)));
  const trips: number[] = [];
  const started = performance.now();
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
  for (const s of seats.flat()) s.socket.close();
  return { moves: trips.length, seconds, trips };
}

function report(label: string, run: Run): void {
  const sorted = [...run.trips].sort((a, b) => a - b);
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  console.log(
    `${label.padEnd(34)} ${String(run.moves).padStart(6)} moves in ${run.seconds.toFixed(1)} s = ` +
      `${(run.moves / run.seconds).toFixed(0).padStart(5)} moves/s | round trip p50 ${ms(quantile(sorted, 0.5))}, ` +
      `p95 ${ms(quantile(sorted, 0.95))}, p99 ${ms(quantile(sorted, 0.99))}, max ${ms(sorted.at(-1) ?? NaN)}`,
  );
}

async function prepare(dir: string, n: number): Promise<{ matchID: string; creds: string[] }[]> {
  const store = await openSqlite(dir);
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
  await store.close();
  return out;
}

async function main(): Promise<void> {
  const o = parse(process.argv.slice(2));
  const dir = tempDir('rotw-bench-');
  const paced = await prepare(dir, o.matches);
  const saturated = await prepare(dir, o.saturated);
  const { child, url } = await startMain(['--port', '0', '--data', dir, '--secret', 'bench-secret']);
  try {
    console.log(
      `bench:server — ${SCENARIO}, SQLite, server in its own process at ${url}, ` +
        `5 sockets per match, ${o.moves} moves per match`,
    );
    const probe = await play(url, paced.slice(0, 1), { ...o, moves: 1 }, 0);
    void probe;
    if (o.matches > 0) {
      report(`${o.matches} matches, a move each ${o.interval} ms`, await play(url, paced, o, o.interval));
    }
    if (o.saturated > 0) report(`${o.saturated} matches, no pause`, await play(url, saturated, o, 0));
  } finally {
    child.process.kill('SIGTERM');
    await child.exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
