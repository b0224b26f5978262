/**
 * The HTTP side of the one port: the built app with its paths, the /api router's limits (origins,
 * body size, JSON), and a path that tries to leave the app's folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, tempDir, type TestServer } from './helpers.ts';

let t: TestServer;
const dist = tempDir('rotw-dist-');
beforeAll(async () => {
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Roof of the World</title>');
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(dist, 'manifest.webmanifest'), '{}');
  writeFileSync(join(tempDir('rotw-outside-'), 'secret.txt'), 'outside');
  t = await startServer({ distDir: dist });
  t.server.router.post('/echo', (ctx) => {
    ctx.body = { got: ctx.request.body };
  });
  t.server.router.get('/hello', (ctx) => {
    ctx.body = { hello: true };
  });
});
afterAll(async () => {
  await t.stop();
});

/** A raw GET, for paths that fetch() would normalise. */
function rawGet(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${t.server.url}${path}`, { method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the app', () => {
  it('serves index.html for every app path and the files as they are', async () => {
    for (const path of ['/', '/teacher', '/join', '/join/ABC234', '/play/x1Y2_z-3', '/watch/ABC234', '/class/k1']) {
      const res = await fetch(`${t.server.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(await res.text()).toContain('Roof of the World');
    }
    const js = await fetch(`${t.server.url}/assets/app-1234.js`);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect(await js.text()).toBe('console.log(1)');
    const manifest = await fetch(`${t.server.url}/manifest.webmanifest`);
    expect(manifest.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    const head = await fetch(`${t.server.url}/teacher`, { method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  it('answers 404 for other paths and never leaves the folder', async () => {
    for (const path of ['/nope', '/play', '/play/a/b', '/assets/missing.js']) {
      expect((await fetch(`${t.server.url}${path}`)).status, path).toBe(404);
    }
    for (const path of [
      '/../secret.txt',
      '/..%2f..%2fetc%2fpasswd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2f..%2fetc/hostname',
    ]) {
      expect(await rawGet(path), path).toBe(404);
    }
    expect(await rawGet('/%E0%A4%A')).toBe(400);
  });
});

describe('/api', () => {
  it('parses JSON bodies up to the limit and refuses larger or broken ones with a JSON error', async () => {
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${t.server.url}/api/echo`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body,
      });
    const ok = await post(JSON.stringify({ name: 'Class 9B' }));
    expect(await ok.json()).toEqual({ got: { name: 'Class 9B' } });
    const big = await post(JSON.stringify({ name: 'x'.repeat(40_000) }));
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({ error: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' });
    const broken = await post('{"name": ');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ error: 'BAD_REQUEST' });
    const missing = await fetch(`${t.server.url}/api/nothing-here`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'NOT_FOUND' });
  });

  it('allows the server’s own origins only', async () => {
    const mine = await fetch(`${t.server.url}/api/hello`, { headers: { Origin: t.server.url } });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('access-control-allow-origin')).toBe(t.server.url);
    const preflight = await fetch(`${t.server.url}/api/echo`, {
      method: 'OPTIONS',
      headers: { Origin: t.server.url, 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
    const evil = await fetch(`${t.server.url}/api/echo`, {
      method: 'POST',
      headers: { Origin: 'http://evil.example', 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect(await evil.json()).toEqual({ error: 'ORIGIN', message: 'Origin http://evil.example is not allowed.' });
    expect(t.server.origins).toEqual([`http://127.0.0.1:${t.server.port}`, `http://localhost:${t.server.port}`]);
  });
});
