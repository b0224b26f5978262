/**
 * boardgame.io's SocketIO transport with its holes closed. The client side is boardgame.io's own
 * socket client, unchanged (events `sync` and `update` in, `sync`, `update`, `matchData` out); what
 * differs is on the server:
 *
 * - socket.io 4 itself (not koa-socket-2's 3.x), given the right CORS key (`cors: { origin }`), a
 *   handshake that refuses a browser Origin outside the allowed list (CORS alone does not stop a
 *   WebSocket), and a small `maxHttpBufferSize`;
 * - every request goes through the `MatchHost`: a `sync` for a match the host did not issue is
 *   refused (no match is ever created by a socket), a seat syncs only with its credentials, a move is
 *   checked there;
 * - what a socket receives is filtered by the game's `playerView` — the state, the log and, unlike
 *   boardgame.io's master, the initial state too;
 * - a refused request gets a `rotw:refused` event (see protocol.ts); chat and unknown events are
 *   ignored; each socket is rate limited.
 */
import type { Server as HttpServer } from 'node:http';
import type { Game, State } from 'boardgame.io';
import { getFilterPlayerView } from 'boardgame.io/internal';
import { SocketIO } from 'boardgame.io/server';
import { Server as IOServer, type Socket, type ServerOptions as IOServerOptions } from 'socket.io';
import type { MatchHost } from './host.ts';
import { REFUSALS, REFUSED_EVENT, type Refusal } from './protocol.ts';

type PubSub = ConstructorParameters<typeof SocketIO>[0] extends infer O
  ? O extends { pubSub?: infer P }
    ? P
    : never
  : never;

export interface TransportOptions {
  /** Is a browser Origin allowed? (Requests without an Origin header are not from a web page.) */
  originAllowed: (origin: string) => boolean;
  /** The allowed origins, for socket.io's CORS answer. */
  origins: string[];
  /** Largest socket.io message in bytes (default 16 KiB). */
  maxMessageBytes?: number;
  /** boardgame.io's pub/sub between server processes (default: in memory, one process). */
  pubSub?: PubSub;
  /** Requests a socket may make per second, sustained (default 20; bursts of twice that). */
  requestsPerSecond?: number;
}

interface BaseClient {
  matchID: string;
  playerID: string | null;
  socket: Socket;
  credentials: unknown;
}

/** The base class's private client bookkeeping, reused as is. */
interface BaseInternals {
  clientInfo: Map<string, BaseClient>;
  roomInfo: Map<string, Set<string>>;
  addClient(client: BaseClient, game: Game): void;
  removeClient(socketID: string): void;
}

type Filter = (
  playerID: string | null,
  payload: { type: string; args: unknown[] },
) => { type: string; args: unknown[] };

/** The pub/sub channel on which every process hears of a seat freed anywhere (its sockets are then kicked). */
const KICKS = 'ROTW-KICKS';

export class GuardedSocketIO extends SocketIO {
  private readonly options: TransportOptions;
  private io: IOServer | null = null;
  private host: MatchHost | null = null;
  private readonly filters = new Map<string, Filter>();

  constructor(options: TransportOptions) {
    const socketOpts: Partial<IOServerOptions> = {
      cors: { origin: options.origins, methods: ['GET', 'POST'], credentials: false },
      maxHttpBufferSize: options.maxMessageBytes ?? 16 * 1024,
      serveClient: false,
      allowEIO3: false,
      pingInterval: 10_000,
      pingTimeout: 20_000,
      allowRequest: (req, callback) => {
        const origin = req.headers.origin;
        callback(null, origin === undefined || options.originAllowed(origin));
      },
    };
    super({ socketOpts: socketOpts as IOServerOptions, ...(options.pubSub ? { pubSub: options.pubSub } : {}) });
    this.options = { ...options, maxMessageBytes: socketOpts.maxHttpBufferSize! };
    this.socketOptions = socketOpts;
  }

  private readonly socketOptions: Partial<IOServerOptions>;

  private get base(): BaseInternals {
    return this as unknown as BaseInternals;
  }

  /** boardgame.io's Server calls this; the sockets are attached later, to our own HTTP server. */
  override init(): void {}

  /** Attach socket.io to `http` with one namespace per game of `host`. */
  attach(http: HttpServer, host: MatchHost): IOServer {
    this.host = host;
    const io = new IOServer(http, this.socketOptions);
    this.io = io;
    host.outlet = {
      publish: (matchID, payload) => void this.pubSub.publish(`MATCH-${matchID}`, payload as never),
      // Through the pub/sub, so that a seat freed on one process is also kicked where its socket is.
      kick: (matchID, playerID) => void this.pubSub.publish(KICKS, { matchID, playerID } as never),
    };
    this.pubSub.subscribe(KICKS, (payload) => {
      const { matchID, playerID } = payload as unknown as { matchID?: unknown; playerID?: unknown };
      if (typeof matchID === 'string' && typeof playerID === 'string') this.kick(matchID, playerID);
    });
    for (const game of host.allGames()) {
      const filter = getFilterPlayerView(game as Game) as unknown as Filter;
      this.filters.set(game.name!, filter);
      io.of(`/${game.name}`).on('connection', (socket) => this.connected(socket, game as Game, filter));
    }
    return io;
  }

  private connected(socket: Socket, game: Game, filter: Filter): void {
    const perSecond = this.options.requestsPerSecond ?? 20;
    let tokens = perSecond * 2;
    let last = Date.now();
    let dropped = 0;
    const allow = (): boolean => {
      const now = Date.now();
      tokens = Math.min(perSecond * 2, tokens + ((now - last) / 1000) * perSecond);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return true;
      }
      if (++dropped > perSecond * 10) socket.disconnect(true);
      return false;
    };
    const refuse = (request: Refusal['request'], matchID: unknown, reason: string) => {
      const refusal: Refusal = { matchID: typeof matchID === 'string' ? matchID.slice(0, 64) : null, request, reason };
      socket.emit(REFUSED_EVENT, refusal);
    };

    socket.on('sync', async (matchID: unknown, playerID: unknown, credentials: unknown) => {
      if (!allow()) return refuse('sync', matchID, REFUSALS.RATE_LIMITED);
      try {
        const answer = await this.host!.sync(game.name!, matchID, playerID, credentials);
        if ('refused' in answer) return refuse('sync', matchID, answer.refused);
        if (!socket.connected) return;
        const id = matchID as string;
        const seat = answer.playerID;
        this.forget(socket);
        this.base.addClient({ socket, matchID: id, playerID: seat, credentials }, game);
        const out = filter(seat, { type: 'sync', args: [id, answer.info] });
        const info = out.args[1] as { initialState: State };
        // boardgame.io's master sends the initial state raw: filter it like every other state.
        info.initialState = filter(seat, { type: 'update', args: [id, answer.info.initialState] }).args[1] as State;
        socket.emit(out.type, ...out.args);
        if (seat !== null) await this.host!.connection(id, seat, credentials, true);
      } catch (e) {
        console.error('sync failed:', e);
        refuse('sync', matchID, 'SERVER_ERROR');
      }
    });

    socket.on('update', async (action: unknown, stateID: unknown, matchID: unknown, playerID: unknown) => {
      if (!allow()) return refuse('update', matchID, REFUSALS.RATE_LIMITED);
      try {
        const reason = await this.host!.clientMove(action, stateID, matchID, playerID);
        if (reason) refuse('update', matchID, reason);
      } catch (e) {
        console.error('update failed:', e);
        refuse('update', matchID, 'SERVER_ERROR');
      }
    });

    socket.on('disconnect', () => {
      const client = this.forget(socket);
      if (client && client.playerID !== null) {
        void this.host!.connection(client.matchID, client.playerID, client.credentials, false).catch(() => {});
      }
    });
  }

  /** Drop a socket's registration (before a new sync, or when it leaves). */
  private forget(socket: Socket): BaseClient | undefined {
    const client = this.base.clientInfo.get(socket.id);
    this.base.removeClient(socket.id);
    return client;
  }

  /** Disconnect every socket on this process synced as this seat (its seat was freed). */
  kick(matchID: string, playerID: string): void {
    const room = this.base.roomInfo.get(matchID);
    if (!room) return;
    for (const socketID of [...room]) {
      const client = this.base.clientInfo.get(socketID);
      if (!client || client.playerID !== playerID) continue;
      const refusal: Refusal = { matchID, request: 'sync', reason: REFUSALS.UNSEATED };
      client.socket.emit(REFUSED_EVENT, refusal);
      this.base.removeClient(socketID);
      client.socket.disconnect(true);
    }
  }

  /**
   * Close socket.io (and the HTTP server under it). The sockets are dropped, not told to leave: a
   * server-side disconnect would stop socket.io clients from reconnecting, and after a restart
   * every client should come back to its seat by itself.
   */
  async close(): Promise<void> {
    const io = this.io;
    this.io = null;
    if (!io) return;
    await new Promise<void>((resolve) => io.close(() => resolve()));
  }
}
