/**
 * `npm start` (after `vite build`): the classroom server. One process, one port:
 *
 *   node --import tsx src/server/main.ts [--port 8000] [--host 127.0.0.1 | --lan] [--data ./data]
 *                                        [--secret <teacher secret>] [--origin <url>]... [--help]
 *
 * Prints the addresses to open, the allowed browser origins and the teacher secret. DATABASE_URL
 * selects PostgreSQL instead of the SQLite file in the data folder.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
// The server's modules load only once the command line is known to be good (a typo answers at once).
import type { PostgresPubSub } from './pubsub.ts';
import type { RunningServer, ServerOptions } from './server.ts';
import type { Store } from './store/store.ts';
import type * as ClassLayerModule from './class/index.ts';

type ClassLayer = typeof ClassLayerModule;

export const USAGE = `Roof of the World — classroom server

Usage: npm start -- [options]
       node --import tsx src/server/main.ts [options]

Options:
  --port <n>       TCP port (default 8000; 0 picks a free one)
  --host <addr>    interface to listen on (default 127.0.0.1: this computer only)
  --lan            listen on every interface, so the classroom's devices can join
                   (same as --host 0.0.0.0); prints the addresses to give them
  --data <dir>     folder for the SQLite database (default ./data)
  --secret <s>     the teacher page's secret (at least 8 characters; default: the
                   ROTW_TEACHER_SECRET environment variable, else a random one printed here)
  --origin <url>   another browser origin allowed to use the server (repeatable),
                   e.g. a dev server's http://localhost:5173
  --help           this text

Environment:
  DATABASE_URL         use PostgreSQL (postgres://…) instead of the SQLite file
  ROTW_TEACHER_SECRET  the teacher secret, when --secret is not given
  ROTW_COMPUTER_DELAY_MS  the computer players' pause before each move (default 800)
`;

export interface MainOptions {
  port: number;
  host: string;
  data: string;
  secret: string;
  secretSource: 'flag' | 'environment' | 'random';
  origins: string[];
  databaseUrl: string | null;
  /** ROTW_COMPUTER_DELAY_MS: the computer players' pause before each move (null: the class layer's default). */
  computerDelayMs: number | null;
}

/** The options of a command line, or a message naming what is wrong. */
export function parseOptions(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): { help: true } | { options: MainOptions } | { error: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        lan: { type: 'boolean' },
        data: { type: 'string' },
        secret: { type: 'string' },
        origin: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    return { error: (e as Error).message.replace(/\.?$/, '.') };
  }
  if (values.help) return { help: true };
  let port = 8000;
  if (values.port !== undefined) {
    if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) {
      return { error: `--port must be a whole number from 0 to 65535, not "${values.port}".` };
    }
    port = Number(values.port);
  }
  if (values.lan && values.host !== undefined) {
    return { error: '--lan and --host cannot be used together (--lan means --host 0.0.0.0).' };
  }
  const host = values.lan ? '0.0.0.0' : (values.host ?? '127.0.0.1');
  if (!/^[A-Za-z0-9.:-]+$/.test(host)) return { error: `--host must be an IP address or host name, not "${host}".` };
  if (values.data !== undefined && values.data.trim() === '') return { error: '--data needs a folder.' };
  const origins: string[] = [];
  for (const o of values.origin ?? []) {
    let url: URL;
    try {
      url = new URL(o);
    } catch {
      return { error: `--origin must be a URL such as http://localhost:5173, not "${o}".` };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return { error: `--origin must be an http:// or https:// URL, not "${o}".` };
    }
    origins.push(url.origin);
  }
  let secret: string;
  let secretSource: MainOptions['secretSource'];
  if (values.secret !== undefined) {
    secret = values.secret;
    secretSource = 'flag';
  } else if (env.ROTW_TEACHER_SECRET) {
    secret = env.ROTW_TEACHER_SECRET;
    secretSource = 'environment';
  } else {
    secret = randomBytes(18).toString('base64url'); // 144 bits
    secretSource = 'random';
  }
  let computerDelayMs: number | null = null;
  if (env.ROTW_COMPUTER_DELAY_MS) {
    if (!/^\d{1,6}$/.test(env.ROTW_COMPUTER_DELAY_MS)) {
      return {
        error: `ROTW_COMPUTER_DELAY_MS must be a whole number of milliseconds, not "${env.ROTW_COMPUTER_DELAY_MS}".`,
      };
    }
    computerDelayMs = Number(env.ROTW_COMPUTER_DELAY_MS);
  }
  if (secret.length < 8) {
    const where = secretSource === 'flag' ? '--secret' : 'ROTW_TEACHER_SECRET';
    return { error: `${where} must be at least 8 characters long.` };
  }
  return {
    options: {
      port,
      host,
      data: resolve(values.data ?? 'data'),
      secret,
      secretSource,
      origins,
      databaseUrl: env.DATABASE_URL ? env.DATABASE_URL : null,
      computerDelayMs,
    },
  };
}

/** A module we may not have (the lead's PostgreSQL store, the class layer): null when absent. */
async function optional<T>(path: string): Promise<T | null> {
  const url = new URL(path, import.meta.url);
  try {
    return (await import(url.href)) as T;
  } catch (e) {
    const err = e as { code?: string; message?: string };
    if (err.code === 'ERR_MODULE_NOT_FOUND' && err.message?.includes(url.pathname.split('/').pop()!)) return null;
    throw e;
  }
}

interface Storage {
  store: Store;
  /** Between processes on one PostgreSQL; none for SQLite (one process). */
  pubSub: PostgresPubSub | null;
  where: string;
}

async function openStorage(options: MainOptions): Promise<Storage> {
  if (options.databaseUrl) {
    let url: URL;
    try {
      url = new URL(options.databaseUrl);
    } catch {
      throw new Error('DATABASE_URL must be a URL such as postgres://user:password@host:5432/database.');
    }
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
      throw new Error(`DATABASE_URL must start with postgres:// or postgresql://, not ${url.protocol}//.`);
    }
    const [{ openPostgres }, { PostgresPubSub }] = await Promise.all([
      import('./store/postgres.ts'),
      import('./pubsub.ts'),
    ]);
    const store = await openPostgres(options.databaseUrl);
    try {
      const pubSub = await PostgresPubSub.open(options.databaseUrl);
      return { store, pubSub, where: `PostgreSQL at ${url.host}${url.pathname} (pub/sub by LISTEN/NOTIFY)` };
    } catch (e) {
      await store.close().catch(() => {});
      throw e;
    }
  }
  const { openSqlite } = await import('./store/sqlite.ts');
  const store = await openSqlite(options.data);
  return { store, pubSub: null, where: `SQLite in ${resolve(options.data, 'rotw.sqlite')}` };
}

/** Start the server for a command line; resolves once it listens. */
export async function main(argv: string[]): Promise<RunningServer | null> {
  const parsed = parseOptions(argv);
  if ('help' in parsed) {
    process.stdout.write(USAGE);
    return null;
  }
  if ('error' in parsed) {
    process.stderr.write(`${parsed.error}\nRun with --help for the options.\n`);
    process.exitCode = 2;
    return null;
  }
  const options = parsed.options;
  // boardgame.io checks every move's state for JSON-safety and logs each one unless in production.
  process.env.NODE_ENV ??= 'production';
  const { store, pubSub, where } = await openStorage(options);
  const serverOptions: ServerOptions = {
    store,
    port: options.port,
    host: options.host,
    origins: options.origins,
    ...(pubSub ? { pubSub: pubSub as NonNullable<ServerOptions['pubSub']> } : {}),
  };
  let server: RunningServer;
  try {
    const { createServer } = await import('./server.ts');
    server = await createServer(serverOptions);
  } catch (e) {
    await pubSub?.close().catch(() => {});
    await store.close();
    throw e;
  }

  // ── The class layer (src/server/class, by "classnet"): its single call site. ──
  // With PostgreSQL, the pub/sub is also how the class layer coordinates with the other processes.
  const classLayer = await optional<ClassLayer>('./class/index.ts');
  const classService = classLayer
    ? await classLayer.mountClassApi(server, {
        secret: options.secret,
        ...(pubSub ? { coordination: pubSub } : {}),
        ...(options.computerDelayMs !== null ? { computerDelayMs: options.computerDelayMs } : {}),
      })
    : null;
  // ──

  const stop = async (signal: string) => {
    process.stdout.write(`\n${signal}: stopping.\n`);
    await classService?.stop().catch(() => {});
    await server.close().catch(() => {});
    await pubSub?.close().catch(() => {});
    await store.close().catch(() => {});
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  const lines = [
    'Roof of the World — classroom server',
    `  Open:            ${server.addresses.join('   ')}`,
    `  Allowed origins: ${server.origins.join(' ')}`,
    `  Teacher page:    ${server.url}/teacher`,
    `  Teacher secret:  ${options.secret}${options.secretSource === 'random' ? '   (random; set --secret or ROTW_TEACHER_SECRET to choose it)' : ''}`,
    `  Data:            ${where}`,
    options.host === '127.0.0.1' || options.host === 'localhost'
      ? '  Only this computer can connect. Use --lan to let the classroom join.'
      : '  Other devices on this network can connect to the addresses above.',
  ];
  if (!classLayer) lines.push('  (The class API is not part of this build: /api answers 404.)');
  process.stdout.write(lines.join('\n') + '\n');

  return server;
}

if (import.meta.url === new URL(process.argv[1] ?? '', 'file:').href) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`Cannot start the server: ${(e as Error).message}\n`);
    process.exit(1);
  });
}
