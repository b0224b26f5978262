/**
 * The game server: one process, one port. boardgame.io's `Server` makes the Koa app and wires our
 * store and transport; we do not call its `run()` (which binds every interface and mounts the
 * public lobby API). Instead:
 *
 * - the HTTP server listens on the host asked for (127.0.0.1 unless told otherwise);
 * - `/socket.io` is our guarded SocketIO transport (transport.ts);
 * - `/api` is a koa-router for the class layer, JSON bodies bounded, CORS only for allowed origins;
 * - `/games/*` (boardgame.io's lobby: create, join, leave, update, playAgain, list, get) is closed:
 *   matches are issued and seats handed out only through the GameHost;
 * - everything else is the built app from `dist/`, index.html for the app's paths.
 */
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import Router from '@koa/router';
import { Server as BgioServer } from 'boardgame.io/server';
import type { Game } from 'boardgame.io';
import type Koa from 'koa';
import koaBody from 'koa-body';
import { MatchHost, type GameHost } from './host.ts';
import { serveApp } from './static.ts';
import type { Store } from './store/store.ts';
import { GuardedSocketIO, type TransportOptions } from './transport.ts';

export interface ServerOptions {
  /** Where matches and class sessions are kept (`openSqlite(dir)` or `openPostgres(url)`). */
  store: Store;
  /** TCP port; 0 picks a free one (default 8000). */
  port?: number;
  /** Interface to bind (default 127.0.0.1; '0.0.0.0' exposes it to the network). */
  host?: string;
  /** Browser origins allowed besides the server's own addresses (e.g. a dev server's). */
  origins?: string[];
  /** The built app (default ./dist); null serves no app. */
  distDir?: string | null;
  /** boardgame.io's pub/sub between processes (src/server/pubsub.ts); default: one process. */
  pubSub?: TransportOptions['pubSub'];
  /** Largest socket message in bytes (default 16 KiB). */
  maxMessageBytes?: number;
  /** Largest JSON body of an /api request (default 32 KiB). */
  maxBodyBytes?: number;
}

export interface RunningServer {
  /** The address to open, e.g. http://127.0.0.1:8000 */
  url: string;
  port: number;
  /** The interface it is bound to. */
  hostname: string;
  /** Every URL a device may use to reach it (several when exposed to the network). */
  addresses: string[];
  /** The browser origins allowed (CORS and socket handshakes). */
  origins: string[];
  host: GameHost;
  store: Store;
  /** The class layer's routes, mounted at /api (prefix already set: register '/teacher/…'). */
  router: Router;
  /** Stop accepting, disconnect every socket, close the HTTP server (the store stays open). */
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const ANY = new Set(['0.0.0.0', '::']);

/** The hostnames a device may use for a server bound to `host`. */
export function reachableHosts(host: string): string[] {
  if (ANY.has(host)) {
    const lan = Object.values(networkInterfaces())
      .flat()
      .filter((i): i is NonNullable<typeof i> => !!i && i.family === 'IPv4' && !i.internal)
      .map((i) => i.address);
    return ['127.0.0.1', 'localhost', ...lan];
  }
  if (LOOPBACK.has(host)) return ['127.0.0.1', 'localhost'];
  return [host, '127.0.0.1', 'localhost'];
}

function urlOf(hostname: string, port: number): string {
  return `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`;
}

/** The JSON error every route here answers with: `{error, message}`. */
function fail(ctx: Koa.Context, status: number, error: string, message: string): void {
  ctx.status = status;
  ctx.body = { error, message };
}

export async function createServer(options: ServerOptions): Promise<RunningServer> {
  const { store } = options;
  const bindHost = options.host ?? '127.0.0.1';
  const port = options.port ?? 8000;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`port must be 0–65535, not ${port}`);

  const host = new MatchHost(store);
  // The origins are known only once the port is (it may be 0); the checks read this set.
  const allowed = new Set<string>();
  const origins: string[] = [];
  const transport = new GuardedSocketIO({
    origins,
    originAllowed: (origin) => allowed.has(origin),
    ...(options.maxMessageBytes !== undefined ? { maxMessageBytes: options.maxMessageBytes } : {}),
    ...(options.pubSub ? { pubSub: options.pubSub } : {}),
  });
  const bgio = BgioServer({
    games: host.allGames() as Game[],
    db: store,
    transport,
    origins,
    generateCredentials: () => {
      throw new Error('credentials come from the GameHost');
    },
  });
  const app = bgio.app as unknown as Koa;
  app.proxy = false;
  app.silent = true;

  app.use(async (ctx, next) => {
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Referrer-Policy', 'same-origin');
    ctx.set('X-Frame-Options', 'SAMEORIGIN');
    try {
      await next();
    } catch (e) {
      const err = e as { status?: number; message?: string; bodyError?: boolean };
      const status = err.status ?? 500;
      if (err.bodyError) return fail(ctx, status, status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', err.message!);
      if (status >= 500) console.error(`${ctx.method} ${ctx.path} failed:`, e);
      fail(
        ctx,
        status,
        status >= 500 ? 'INTERNAL' : 'ERROR',
        status >= 500 ? 'The server failed.' : String(err.message),
      );
    }
  });

  // boardgame.io's lobby: closed. Matches and seats come only through the GameHost.
  app.use(async (ctx, next) => {
    if (ctx.path === '/games' || ctx.path.startsWith('/games/')) {
      return fail(
        ctx,
        404,
        'CLOSED',
        "boardgame.io's lobby is closed on this server; matches are created from the teacher page.",
      );
    }
    return next();
  });

  // /api: CORS only for the allowed origins, JSON bodies bounded.
  const router = new Router({ prefix: '/api' });
  const bodyLimit = options.maxBodyBytes ?? 32 * 1024;
  const parseBody = koaBody({
    json: true,
    urlencoded: false,
    text: false,
    multipart: false,
    jsonLimit: bodyLimit,
    jsonStrict: true,
    onError: (e) => {
      const status = (e as { status?: number }).status === 413 ? 413 : 400;
      const message =
        status === 413
          ? 'The request body is too large.'
          : `The request body is not valid JSON: ${(e as Error).message}`;
      throw Object.assign(new Error(message), { status, bodyError: true });
    },
  });
  app.use(async (ctx, next) => {
    if (ctx.path !== '/api' && !ctx.path.startsWith('/api/')) return next();
    ctx.set('Cache-Control', 'no-store');
    const origin = ctx.get('Origin');
    if (origin) {
      if (!allowed.has(origin)) return fail(ctx, 403, 'ORIGIN', `Origin ${origin} is not allowed.`);
      ctx.set('Access-Control-Allow-Origin', origin);
      ctx.vary('Origin');
      if (ctx.method === 'OPTIONS') {
        ctx.set('Access-Control-Allow-Methods', 'GET, POST');
        ctx.set('Access-Control-Allow-Headers', 'Content-Type, Authorization');
        ctx.set('Access-Control-Max-Age', '600');
        ctx.status = 204;
        return;
      }
    }
    const declared = Number(ctx.get('Content-Length') || 0);
    if (declared > bodyLimit) return fail(ctx, 413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.');
    await parseBody(ctx as never, next);
  });
  app.use(router.routes());
  app.use(router.allowedMethods());
  app.use(async (ctx, next) => {
    await next();
    if (ctx.status === 404 && ctx.body === undefined && ctx.path.startsWith('/api')) {
      fail(ctx, 404, 'NOT_FOUND', `No route ${ctx.method} ${ctx.path}.`);
    }
  });

  const dist = options.distDir === undefined ? resolve('dist') : options.distDir;
  if (dist !== null) app.use(serveApp(dist));

  await store.connect();
  const http: HttpServer = createHttpServer(app.callback());
  http.requestTimeout = 30_000;
  http.headersTimeout = 15_000;
  transport.attach(http, host);

  await new Promise<void>((done, failed) => {
    const onError = (e: NodeJS.ErrnoException) => {
      failed(
        new Error(
          e.code === 'EADDRINUSE'
            ? `port ${port} on ${bindHost} is already in use (choose another with --port)`
            : `cannot listen on ${bindHost}:${port}: ${e.message}`,
        ),
      );
    };
    http.once('error', onError);
    http.listen(port, bindHost, () => {
      http.off('error', onError);
      done();
    });
  });
  const actualPort = (http.address() as AddressInfo).port;
  const hostnames = reachableHosts(bindHost);
  const addresses = hostnames.map((h) => urlOf(h, actualPort));
  for (const a of [...addresses, ...(options.origins ?? [])]) {
    const origin = new URL(a).origin;
    if (!allowed.has(origin)) {
      allowed.add(origin);
      origins.push(origin);
    }
  }
  const url =
    LOOPBACK.has(bindHost) || ANY.has(bindHost) ? urlOf('127.0.0.1', actualPort) : urlOf(bindHost, actualPort);

  let closing: Promise<void> | null = null;
  return {
    url,
    port: actualPort,
    hostname: bindHost,
    addresses,
    origins,
    host,
    store,
    router,
    close: () => {
      closing ??= (async () => {
        http.closeIdleConnections();
        const closed = new Promise<void>((done) => http.once('close', () => done()));
        await transport.close();
        http.closeAllConnections();
        if (http.listening) http.close();
        await closed;
      })();
      return closing;
    },
  };
}
