/**
 * A network match: `Match` (match.ts) over boardgame.io's socket client. The server holds the full
 * state; this device holds only what the server sends its seat (or a spectator): the seat's view.
 * Moves are `client: false` in the game, so a move changes nothing here until the server has
 * accepted it and sent the new state back — a device that was offline, or whose move was refused
 * (paused, stale, not its seat), never shows a move the server did not take. socket.io reconnects
 * by itself and boardgame.io asks for the state again on every reconnect, with the same seat and
 * credentials. While not connected, `send` sends nothing (the page shows that it is reconnecting).
 */
import { Client } from 'boardgame.io/client';
import { SocketIO } from 'boardgame.io/multiplayer';
import { powerOf } from '../../../game/bgio.ts';
import {
  checkMove,
  toMove,
  type GameRecord,
  type GameState,
  type Move,
  type Power,
  type Reason,
  type Scenario,
} from '../../../game/index.ts';
import { viewFor } from '../../../game/view.ts';
import { REFUSED_EVENT, networkGame, scenarioEnhancer, type Refusal } from '../../server/protocol.ts';
import type { Match } from '../match.ts';

export interface NetMatchOptions {
  matchID: string;
  scenario: Scenario;
  /** The seat's player ID and credentials; null for a spectator (the projector). */
  playerID: string | null;
  credentials: string | null;
  /** The server's address; default the page's own origin. */
  server?: string;
}

/**
 * socket.io's options for a match's socket: the match ID in the handshake's query string
 * (`/socket.io/?matchID=…&EIO=4&transport=…`), so that a load balancer hashing on it
 * (`hash $arg_matchID` in docs/deploy.md) sends every socket of a match to the same process.
 */
export function socketOptions(matchID: string): { query: { matchID: string } } {
  return { query: { matchID } };
}

/** What the page shows beside the board: connected or not, the first state in, a move on its way. */
export interface NetStatus {
  connected: boolean;
  synced: boolean;
  /** A move was sent and no new state has come back yet. */
  pending: boolean;
  /** Seat display names (boardgame.io's match data), by player ID. */
  names: Record<string, string>;
  /** The server's last refusal of this device's request (a reason code), until the next state. */
  refused: string | null;
  /** The server no longer takes this device's seat (freed, handed to a computer) or match. */
  lost: boolean;
}

/** Refusals of a sync after which reconnecting cannot help: the seat or the match is not this device's. */
const LOST = new Set(['UNSEATED', 'UNAUTHORIZED', 'UNKNOWN_MATCH']);

type BgioClient = ReturnType<typeof Client>;
interface LogEntry {
  action?: { type?: string; payload?: { type?: string; args?: unknown[]; playerID?: string } };
}

export class NetMatch implements Match {
  private readonly client: BgioClient;
  private readonly power: Power | null;
  private readonly listeners = new Set<() => void>();
  private state: GameState | null = null;
  private stateID = -1;
  private status: NetStatus = {
    connected: false,
    synced: false,
    pending: false,
    names: {},
    refused: null,
    lost: false,
  };
  private disposed = false;
  private readonly unsubscribe: () => void;

  constructor(private readonly options: NetMatchOptions) {
    this.power = powerOf(options.playerID);
    this.client = Client({
      game: networkGame(options.scenario),
      // The server sends the scenario as its id; this client's copy is put back in every state.
      enhancer: scenarioEnhancer(options.scenario),
      multiplayer: SocketIO({
        ...(options.server ? { server: options.server } : {}),
        socketOpts: socketOptions(options.matchID),
      }),
      matchID: options.matchID,
      playerID: options.playerID ?? undefined,
      credentials: options.credentials ?? undefined,
      debug: false,
    });
    this.unsubscribe = this.client.subscribe(() => this.received());
    this.client.start();
    const socket = (
      this.client as unknown as { transport: { socket?: { on(e: string, f: (r: Refusal) => void): void } } }
    ).transport.socket;
    socket?.on(REFUSED_EVENT, (r) => this.refusedBy(r));
  }

  private refusedBy(refusal: Refusal): void {
    if (this.disposed || refusal.matchID !== this.options.matchID) return;
    const lost = this.status.lost || (refusal.request === 'sync' && LOST.has(refusal.reason));
    this.status = { ...this.status, pending: false, refused: refusal.reason, lost };
    this.notify();
  }

  private received(): void {
    if (this.disposed) return;
    const s = this.client.getState() as null | { G: GameState; _stateID: number; isConnected: boolean };
    const matchData = (this.client as unknown as { matchData?: { id: number; name?: string }[] }).matchData ?? [];
    const names: Record<string, string> = {};
    for (const p of matchData) if (p.name) names[String(p.id)] = p.name;
    let changed = false;
    let { pending, refused } = this.status;
    if (s && s._stateID !== this.stateID) {
      this.state = s.G;
      this.stateID = s._stateID;
      pending = false;
      refused = null;
      changed = true;
    }
    const next: NetStatus = {
      ...this.status,
      refused,
      connected: (this.client as unknown as { transport: { isConnected: boolean } }).transport.isConnected,
      synced: this.state !== null,
      pending,
      names,
    };
    if (JSON.stringify(next) !== JSON.stringify(this.status)) {
      this.status = next;
      changed = true;
    }
    if (changed) this.notify();
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  /** Connection and sync as the page should show them (a new object when anything changes). */
  netStatus(): NetStatus {
    return this.status;
  }

  /** Whether the server has sent a state yet. */
  ready(): boolean {
    return this.state !== null;
  }

  send(power: Power, move: Move): Reason | null {
    if (this.disposed) return 'GAME_OVER';
    if (!this.state) return 'NOT_STARTED';
    if (power !== this.power) return 'NOT_YOUR_TURN';
    const reason = checkMove(this.state, power, move);
    if (reason) return reason;
    // Not connected: nothing is sent (socket.io would queue it and the server would refuse it as stale).
    if (!this.status.connected || this.status.pending || this.status.lost) return null;
    const { kind, ...payload } = move;
    const dispatch = (this.client.moves as Record<string, ((arg: unknown) => void) | undefined>)[kind];
    if (!dispatch) return 'UNKNOWN_MOVE';
    this.status = { ...this.status, pending: true };
    dispatch(payload);
    this.notify();
    return null;
  }

  /** Forget a move that never came back (refused by the server): the seat may try again. */
  clearPending(): void {
    if (!this.status.pending) return;
    this.status = { ...this.status, pending: false };
    this.notify();
  }

  viewOf(viewer: Power | null): GameState {
    if (!this.state) throw new Error('the server has not sent the match yet');
    // This device holds its own seat's view only; anyone else sees what a spectator sees.
    return viewer !== null && viewer === this.power ? this.state : viewFor(this.state, null);
  }

  waitingFor(): Power | null {
    return this.state ? toMove(this.state) : null;
  }

  /** The moves this device has heard of (boardgame.io's log), on the scenario. The server's record is the full one. */
  record(): GameRecord {
    const log = ((this.client.getState() as { log?: LogEntry[] } | null)?.log ?? []) as LogEntry[];
    const moves = [];
    for (const entry of log) {
      const payload = entry.action?.payload;
      const power = powerOf(payload?.playerID);
      if (entry.action?.type !== 'MAKE_MOVE' || !power || !payload?.type) continue;
      const args = (payload.args?.[0] ?? {}) as object;
      moves.push({ power, move: { ...args, kind: payload.type } as Move });
    }
    return { format: 1, scenario: this.options.scenario, seed: 0, moves };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.unsubscribe();
    this.client.stop();
    this.listeners.clear();
  }
}
