/**
 * Test helpers for the game server: a real server on a free loopback port with a SQLite file in a
 * fresh temp folder, and raw socket.io clients that speak boardgame.io's protocol (what a browser's
 * boardgame.io client sends, or what an attacker could send instead).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type { State } from 'boardgame.io';
import { playerIdOf } from '../../game/bgio.ts';
import { legalMoves, toMove, type GameState, type Move, type Power } from '../../game/index.ts';
import { REFUSED_EVENT, gameNameOf, type Refusal } from '../../src/server/protocol.ts';
import { createServer, type RunningServer, type ServerOptions } from '../../src/server/server.ts';
import { openSqlite } from '../../src/server/store/sqlite.ts';
import type { Store } from '../../src/server/store/store.ts';

export const SCENARIO = 'autumn-2016';
export const NAMESPACE = gameNameOf(SCENARIO);

export function tempDir(prefix = 'rotw-server-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface TestServer {
  server: RunningServer;
  store: Store;
  dir: string;
  stop(): Promise<void>;
}

export async function startServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const dir = tempDir();
  const store = await openSqlite(dir);
  const server = await createServer({ store, port: 0, distDir: null, ...options });
  return {
    server,
    store,
    dir,
    stop: async () => {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What a socket received, in order, with a way to wait for the next of a kind. */
export class Wire {
  readonly socket: Socket;
  readonly received: { event: string; args: unknown[] }[] = [];
  private waiters: { match: (event: string, args: unknown[]) => boolean; resolve: (args: unknown[]) => void }[] = [];

  constructor(url: string, namespace = NAMESPACE, headers: Record<string, string> = {}) {
    this.socket = io(`${url}/${namespace}`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: headers,
    });
    this.socket.onAny((event: string, ...args: unknown[]) => {
      this.received.push({ event, args });
      this.waiters = this.waiters.filter((w) => {
        if (!w.match(event, args)) return true;
        w.resolve(args);
        return false;
      });
    });
  }

  connected(): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', (e) => reject(e));
    });
  }

  /** The next event (after now) matching `match`. */
  next(match: (event: string, args: unknown[]) => boolean): Promise<unknown[]> {
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  /** Sync as a seat (or a spectator with playerID null); resolves to the sync's info or the refusal. */
  async sync(
    matchID: string,
    playerID: string | null,
    credentials?: string,
  ): Promise<{ sync: SyncInfo } | { refused: Refusal }> {
    await this.connected();
    let event = '';
    const answer = this.next((e) => {
      event = e;
      return e === 'sync' || e === REFUSED_EVENT;
    });
    this.socket.emit('sync', matchID, playerID, credentials, 5);
    const args = await answer;
    return event === 'sync' ? { sync: args[1] as SyncInfo } : { refused: args[0] as Refusal };
  }

  /** Send a move as boardgame.io's client does. */
  move(matchID: string, playerID: string, credentials: string | undefined, stateID: number, move: Move): void {
    const { kind, ...payload } = move;
    this.update(matchID, playerID, stateID, {
      type: 'MAKE_MOVE',
      payload: { type: kind, args: [payload], playerID, credentials },
    });
  }

  /** Send any action at all. */
  update(matchID: string, playerID: unknown, stateID: unknown, action: unknown): void {
    this.socket.emit('update', action, stateID, matchID, playerID);
  }

  /** The next state update (boardgame.io's `update`) or refusal. */
  nextAnswer(): Promise<{ update: State } | { refused: Refusal }> {
    let event = '';
    return this.next((e) => {
      event = e;
      return e === 'update' || e === REFUSED_EVENT;
    }).then((args) => (event === 'update' ? { update: args[1] as State } : { refused: args[0] as Refusal }));
  }

  /** Every state this socket was sent (sync, update and the sync's initial state). */
  statesSeen(): State[] {
    const states: State[] = [];
    for (const { event, args } of this.received) {
      if (event === 'update') states.push(args[1] as State);
      if (event === 'sync') {
        const info = args[1] as SyncInfo;
        states.push(info.state, info.initialState);
      }
    }
    return states;
  }

  close(): void {
    this.socket.close();
  }
}

export interface SyncInfo {
  state: State;
  initialState: State;
  log: { action: { type: string; payload: { type: string; args: unknown; playerID: string } } }[];
  filteredMetadata: { id: number; name?: string; isConnected?: boolean }[];
}

/** A legal move for whoever is to move, picked deterministically (the first listed, pass last). */
export function aMove(G: GameState): { power: Power; playerID: string; move: Move } {
  const power = toMove(G)!;
  const moves = legalMoves(G, power);
  const move = moves.find((m) => m.kind !== 'pass' && m.kind !== 'door') ?? moves[0]!;
  return { power, playerID: playerIdOf(power), move };
}

/** A match with every seat taken: the credentials by playerID. */
export async function seatedMatch(server: RunningServer): Promise<{ matchID: string; creds: Record<string, string> }> {
  const { matchID } = await server.host.createMatch(SCENARIO);
  const creds: Record<string, string> = {};
  for (const id of ['0', '1', '2', '3', '4']) {
    const seat = await server.host.seat(matchID, id, `Group ${id}`);
    if (!('credentials' in seat)) throw new Error(`seat ${id}: ${seat.refused}`);
    creds[id] = seat.credentials;
  }
  return { matchID, creds };
}

/** Wait a little for anything in flight (used only to show that nothing more arrives). */
export function settle(ms = 150): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** A boardgame.io client, as far as waiting on it goes. */
interface Watchable {
  getState(): { _stateID: number } | null;
  subscribe(fn: () => void): () => void;
}

/**
 * Resolves once every client holds a state at or past `stateID`; after `ms`, fails naming where each
 * client is (so that a client that never gets there says so, instead of the test's own timeout).
 */
export function clientsAt(clients: Watchable[], stateID: number, ms = 20_000): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const all = Promise.all(
    clients.map(
      (c) =>
        new Promise<void>((resolve) => {
          let done = false;
          let unsubscribe: (() => void) | null = null;
          const check = () => {
            const s = c.getState();
            if (!done && s && s._stateID >= stateID) {
              done = true;
              unsubscribe?.();
              resolve();
            }
          };
          unsubscribe = c.subscribe(check);
          if (done) unsubscribe();
          check();
        }),
    ),
  ).then(() => undefined);
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const at = clients.map((c, i) => `client ${i} at ${c.getState()?._stateID ?? 'no state'}`).join(', ');
      reject(new Error(`clients not at state ${stateID} after ${ms} ms: ${at}`));
    }, ms);
  });
  return Promise.race([all, late]).finally(() => clearTimeout(timer));
}
