/**
 * A real game server for the class API tests: SQLite in a fresh temporary folder, bound to
 * 127.0.0.1 on a free port, the class API mounted with a known teacher secret; plus a tiny JSON
 * client over real HTTP, and a way to wait for a condition without timing anything.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mountClassApi, type ClassApiOptions, type ClassService } from '../../src/server/class/index.ts';
import { createServer, type RunningServer } from '../../src/server/server.ts';
import { openSqlite } from '../../src/server/store/sqlite.ts';
import type { Store } from '../../src/server/store/store.ts';

export const SECRET = 'correct horse battery staple';

export interface ClassServer {
  server: RunningServer;
  service: ClassService;
  store: Store;
  dir: string;
  url: string;
  /** Stop the server and the store (the folder is kept, for a restart). */
  stop(): Promise<void>;
  /** Stop and remove the folder. */
  close(): Promise<void>;
}

export async function startClassServer(
  options: Partial<ClassApiOptions> & { dir?: string; distDir?: string | null } = {},
): Promise<ClassServer> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'rotw-class-'));
  const store = await openSqlite(dir);
  const server = await createServer({ store, port: 0, host: '127.0.0.1', distDir: options.distDir ?? null });
  const service = await mountClassApi(server, { secret: SECRET, computerDelayMs: 0, ...options });
  const stop = async () => {
    service.stop();
    await server.close();
    await store.close();
  };
  return {
    server,
    service,
    store,
    dir,
    url: server.url,
    stop,
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Reply {
  status: number;
  body: Record<string, unknown> & { error?: string; message?: string };
  headers: Headers;
}

/** One JSON request over real HTTP. `secret: null` sends no Authorization header. */
export async function request(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  secret: string | null = SECRET,
  raw?: string,
): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (body !== undefined || raw !== undefined) headers['Content-Type'] = 'application/json';
  if (secret !== null) headers.Authorization = `Bearer ${secret}`;
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const text = await res.text();
  let parsed: Record<string, unknown> = {};
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch {
    parsed = { text };
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

/** Poll `check` until it is truthy (no time limit of its own: the test's timeout is the limit). */
export async function until<T>(check: () => Promise<T> | T, what: string, everyMs = 20): Promise<T> {
  for (let i = 0; ; i++) {
    const v = await check();
    if (v) return v;
    if (i > 0 && i % 500 === 0) console.warn(`still waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** A class of one Autumn 2016 match: Russia and China groups, the rest computers (novice). */
export const TWO_GROUPS = {
  name: 'Class 9B',
  matches: [
    {
      scenario: 'autumn-2016',
      seats: {
        Russia: 'group:Table 1',
        china: 'group',
        tajikistan: 'computer:novice',
        pakistan: 'computer:novice',
        afghanistan: 'computer:novice',
      },
    },
  ],
};
