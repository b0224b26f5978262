/**
 * Offline, in real Chromium: once the app has been opened, its service worker holds every file of it;
 * with the network cut (the browser offline, then the server itself stopped) a reload still opens the
 * game, resumes it and plays on. The service worker never answers for the server's /api, /socket.io or
 * /games. The web manifest makes the app installable (name, start URL, icons that load).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { act, chooseKind, legalRegions, moves, nextPrompt, pickRegion, startGame, takeDevice } from './driver.ts';
import { launch, serveApp, watchedPage, type App, type Watched } from './harness.ts';

let app: App | undefined;
let browser: Awaited<ReturnType<typeof launch>> | undefined;
const pages: Watched[] = [];

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Play one operation for the power at the device (aid where it can, else pass). */
async function playOne(page: Watched['page']) {
  let prompt = await nextPrompt(page);
  if (prompt === 'privacy') {
    await takeDevice(page);
    prompt = await nextPrompt(page);
  }
  if (prompt === 'choose') {
    await act(page, () => page.getByTestId('event-choice').getByRole('button').first().click());
    prompt = await nextPrompt(page);
  }
  expect(prompt).toBe('act');
  await chooseKind(page, 'aid');
  const region = (await legalRegions(page))[0];
  if (region) {
    await pickRegion(page, region);
    await act(page, () => page.getByTestId('confirm').click());
  } else await act(page, () => page.getByTestId('pass').click());
}

describe('offline', { timeout: 180_000 }, () => {
  it('reloads and plays on with the network cut, and leaves the server’s paths alone', async () => {
    app = await serveApp();
    browser = await launch();
    const w = await watchedPage(browser, { width: 1280, height: 800 });
    pages.push(w);
    const { page, context } = w;
    await page.goto(app.url);
    await page.getByTestId('start').waitFor();

    // The manifest: installable, with icons that load.
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector('link[rel="manifest"]')?.getAttribute('href');
      return href
        ? ((await (await fetch(href)).json()) as { name: string; start_url: string; icons: { src: string }[] })
        : null;
    });
    expect(manifest).toMatchObject({ name: 'Roof of the World', start_url: '/' });
    for (const icon of manifest!.icons) {
      const status = await page.evaluate(async (src) => (await fetch(src)).status, icon.src);
      expect(status, icon.src).toBe(200);
    }

    // The service worker has installed (every file precached) and controls the page.
    const installed = await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => 'ready'),
        new Promise((done) => setTimeout(() => done('no service worker became ready'), 30_000)),
      ]),
    );
    expect(installed).toBe('ready');
    await page.reload();
    await page.getByTestId('start').waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await startGame(page, {
      seats: { russia: 'bot:random', china: 'bot:random', pakistan: 'bot:random', afghanistan: 'bot:random' },
      seed: '11',
      speed: 'fast',
    });
    await playOne(page);
    const before = await moves(page);

    // Cut the network: the browser goes offline, then the server stops.
    await context.setOffline(true);
    await app.close();
    app = undefined;
    await page.reload();
    await page.getByTestId('resume').click();
    await playOne(page);
    expect(await moves(page)).toBeGreaterThan(before);
    // The map is drawn from the app's own files.
    expect(Number(await page.getByTestId('map').getAttribute('data-countries'))).toBeGreaterThan(0);

    // The server's paths are not the service worker's: offline they fail, never index.html from the cache.
    for (const path of ['/api/join/ABCDEF', '/socket.io/?EIO=4&transport=polling', '/games/roof']) {
      const answer = await page.evaluate(async (p) => {
        try {
          const r = await fetch(p);
          return `status ${r.status}: ${(await r.text()).slice(0, 40)}`;
        } catch {
          return 'network error';
        }
      }, path);
      expect(answer, path).toBe('network error');
    }
    // And a page in the app still opens offline (the app's paths fall back to index.html).
    await page.goto(new URL('/play/some-match', page.url()).href);
    await page.locator('#root > *').first().waitFor();
    expect(w.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(e))).toEqual([]);
  });
});
