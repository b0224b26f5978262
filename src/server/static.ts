/**
 * Serving the built app (`dist/`): its files as they are, and index.html for the app's own paths
 * (the app picks its screen from `location.pathname`). Anything else is a 404; a path that tries to
 * leave the folder never reaches the file system.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Context, Next } from 'koa';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The app's own paths (see the network contract): all are index.html. */
const APP_PATHS = [
  /^\/$/,
  /^\/teacher\/?$/,
  /^\/join(\/[A-Za-z0-9]{1,16})?\/?$/,
  /^\/play\/[A-Za-z0-9_-]{1,64}\/?$/,
  /^\/watch\/[A-Za-z0-9]{1,16}\/?$/,
  /^\/class\/[A-Za-z0-9_-]{1,64}\/?$/,
];

export function isAppPath(path: string): boolean {
  return APP_PATHS.some((p) => p.test(path));
}

/** Koa middleware serving `dir` (GET and HEAD only). */
export function serveApp(dir: string) {
  const root = resolve(dir);
  return async (ctx: Context, next: Next): Promise<void> => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    let path: string;
    try {
      path = decodeURIComponent(ctx.path);
    } catch {
      ctx.status = 400;
      ctx.body = 'Bad path';
      return;
    }
    if (path.includes('\0')) return next();
    const index = isAppPath(path);
    const file = index ? join(root, 'index.html') : resolve(root, '.' + path);
    if (file !== root && !file.startsWith(root + sep)) return next();
    const info = await stat(file).catch(() => null);
    if (!info || !info.isFile()) {
      if (index) {
        ctx.status = 503;
        ctx.type = 'text/plain';
        ctx.body = `The app is not built: ${join(root, 'index.html')} is missing. Run "npm run build" (npm start does).`;
        return;
      }
      return next();
    }
    ctx.status = 200;
    ctx.type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    ctx.length = info.size;
    ctx.lastModified = info.mtime;
    // Vite's hashed assets never change; everything else (index.html, the service worker) is revalidated.
    ctx.set('Cache-Control', /\/assets\//.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (ctx.method === 'GET') ctx.body = createReadStream(file);
  };
}
