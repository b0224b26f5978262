/**
 * What the browser tests, the UI benchmark and the screenshot script share: build the app (once per
 * state of the sources: test files running side by side share one build, kept under
 * node_modules/.cache), serve it with Vite's preview server on 127.0.0.1 (a free port), and drive
 * Chromium through playwright-core (which Chromium: see chromium.ts). Every page records console errors and page errors, so a
 * test can fail on any of them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { findChromium, type FoundChromium } from './chromium.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface App {
  url: string;
  outDir: string;
  close(): Promise<void>;
}

const CACHE = join(ROOT, 'node_modules/.cache/rotw-browser');
const SOURCES = ['index.html', 'vite.config.ts', 'package-lock.json', 'src', 'ui', 'game', 'public'];

/** A stamp of every source file the build reads (path, size, modification time). */
function sourceStamp(): string {
  const hash = createHash('sha256').update('production build\n');
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (name !== 'node_modules') visit(join(path, name));
    } else {
      hash.update(`${path}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  for (const source of SOURCES) visit(join(ROOT, source));
  return hash.digest('hex').slice(0, 16);
}

/** The built app for the sources as they are now: reused when already built, else built once. */
async function builtApp(): Promise<string> {
  const dir = join(CACHE, sourceStamp());
  if (existsSync(join(dir, 'index.html'))) return dir;
  mkdirSync(CACHE, { recursive: true });
  const tmp = mkdtempSync(join(CACHE, 'tmp-'));
  // A production build even inside vitest (which sets NODE_ENV=test, and Vite would then bundle React's
  // development build): the tests and the benchmark see what a classroom gets.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: tmp, emptyOutDir: true, sourcemap: false } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  try {
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another test file built the same sources first
  }
  for (const old of readdirSync(CACHE)) {
    const path = join(CACHE, old);
    if (path !== dir && !old.startsWith('tmp-') && Date.now() - statSync(path).mtimeMs > 3_600_000) {
      rmSync(path, { recursive: true, force: true });
    }
  }
  return dir;
}

/** Build the app (or reuse the build of the same sources) and serve it on 127.0.0.1. */
export async function serveApp(): Promise<App> {
  return servePreview(await builtApp());
}

/** Serve a built `outDir` with Vite's preview server on 127.0.0.1 (a free port). */
export async function servePreview(outDir: string): Promise<App> {
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    outDir,
    close: () => server.close(),
  };
}

let found: Promise<FoundChromium> | undefined;

/** Start Chromium (found once per process, see chromium.ts) with a fresh profile. */
export async function launch(): Promise<Browser> {
  found ??= findChromium();
  return launchFound(await found);
}

/** Start a given Chromium with a fresh profile. */
export async function launchFound(browser: FoundChromium): Promise<Browser> {
  const { executablePath, args, env } = browser;
  return chromium.launch({ executablePath, args, env: { ...process.env, ...env }, headless: true });
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
}

/** A new page (its own context, so its own localStorage) that records every console and page error. */
export async function watchedPage(
  browser: Browser,
  viewport = { width: 1280, height: 720 },
  options: { reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<Watched> {
  const context = await browser.newContext({ viewport, reducedMotion: options.reducedMotion ?? 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  return { page, context, errors };
}
