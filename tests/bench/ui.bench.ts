/**
 * UI figures (`npm run bench:ui`), printed, not asserted:
 * - the JavaScript the first screen loads (the built index.html's script and module preloads), gzip —
 *   the start screen carries no engine, no scenarios and no bots (see ui/start/cards.ts), and the map's
 *   borders are the region cut at build time (ui/map/region.json), part of the board's chunk;
 * - time from navigation to an interactive start screen, and from "Start the game" to an interactive
 *   board (map borders drawn), in headless Chromium — median of a few fresh page loads;
 * - time from a move to the map's re-render (committed to the DOM, and the next animation frame), over
 *   a series of door changes each taken back with undo (undo replays the record, so it is timed too),
 *   Tajikistan at the device and passive computers elsewhere; between them Tajikistan gives aid, which
 *   ends its turn (the board stays on screen while the computers move).
 *
 * - the longest main-thread task (and long animation frames, a heartbeat) over a whole Autumn 2016 game
 *   with computer players (tests/bench/main-thread.ts; `npm run bench:main-thread` runs that part alone).
 *
 *   npm run bench:ui -- [--loads 5] [--moves 60] [--games 1]   (moves: door changes measured, a fifth a turn)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { act, chooseKind, legalRegions, nextPrompt, pickRegion, startGame, takeDevice } from '../browser/driver.ts';

const PASSIVE = 'bot:passive' as const;
import { launch, serveApp, watchedPage } from '../browser/harness.ts';
import { blockingLine, measureMainThread } from './main-thread.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? NaN;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const kb = (x: number) => `${(x / 1024).toFixed(1)} kB`;

/** The first screen's JS: what index.html loads (entry script and module preloads), each gzipped. */
function firstScreenJs(outDir: string): { files: [string, number, number][]; gzip: number; raw: number } {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
  const files = [...new Set(srcs)].map((src): [string, number, number] => {
    const body = readFileSync(join(outDir, src.replace(/^\//, '')));
    return [src, body.length, gzipSync(body, { level: 9 }).length];
  });
  return { files, raw: files.reduce((s, f) => s + f[1], 0), gzip: files.reduce((s, f) => s + f[2], 0) };
}

/** Milliseconds since navigation start, in the page. */
const now = (page: Page) => page.evaluate(() => performance.now());

async function main() {
  const loads = arg('loads', 5);
  const moves = arg('moves', 60);
  const app = await serveApp();
  const browser = await launch();
  try {
    const js = firstScreenJs(app.outDir);
    console.log('First-screen JavaScript (gzip -9):');
    for (const [src, raw, gz] of js.files) console.log(`  ${src}  ${kb(raw)} raw, ${kb(gz)} gzip`);
    console.log(`  total: ${kb(js.gzip)} gzip (${kb(js.raw)} raw); target ≤ 150 kB`);

    const toStart: number[] = [];
    const toBoard: number[] = [];
    for (let i = 0; i < loads; i++) {
      const { page, context } = await watchedPage(browser, { width: 1280, height: 720 });
      await page.goto(app.url);
      await page.getByRole('button', { name: 'Start the game' }).waitFor();
      toStart.push(await now(page));
      for (const p of ['russia', 'china', 'tajikistan', 'pakistan', 'afghanistan'])
        await page.getByTestId(`seat-${p}`).selectOption('bot:random');
      await page.getByText('More options').click();
      await page.getByTestId('start-speed').selectOption('slow');
      const clicked = await now(page);
      await page.getByRole('button', { name: 'Start the game' }).click();
      await page.waitForFunction(
        () => Number(document.querySelector('[data-testid="map"]')?.getAttribute('data-countries')) > 0,
        undefined,
        { polling: 'raf' },
      );
      toBoard.push((await now(page)) - clicked);
      await context.close();
    }
    console.log(`Navigation → interactive start screen: median ${ms(median(toStart))} (${loads} loads)`);
    console.log(`"Start the game" → interactive board (map drawn): median ${ms(median(toBoard))}`);
    console.log(`Navigation → board, sum of medians: ${ms(median(toStart) + median(toBoard))}`);

    const { page, context, errors } = await watchedPage(browser, { width: 1280, height: 720 });
    await page.goto(app.url);
    // A classroom device has the app precached already: let the service worker finish first.
    await page.evaluate(async () => void (await navigator.serviceWorker?.ready));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () =>
      Object.fromEntries(
        ((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map(
          (m) => [m.name, m.value],
        ),
      );
    const script: number[] = [];
    const layout: number[] = [];
    await startGame(page, {
      seats: { russia: PASSIVE, china: PASSIVE, pakistan: PASSIVE, afghanistan: PASSIVE },
      seed: '7',
      speed: 'fast',
    });
    const played: number[] = [];
    const commit: number[] = [];
    const frame: number[] = [];
    const undo: number[] = [];
    const toFrame: number[] = [];
    // Each turn: door changes, each taken back with undo, until `moves` are measured; then aid ends the turn
    // (Tajikistan has five turns in Autumn 2016, so the samples spread over the whole game).
    const perTurn = Math.max(4, Math.ceil(moves / 5));
    while (commit.length < moves) {
      let prompt = await nextPrompt(page);
      if (prompt === 'privacy') {
        await takeDevice(page);
        prompt = await nextPrompt(page);
      }
      if (prompt === 'end') break;
      if (prompt === 'choose') {
        await act(page, () => page.getByTestId('event-choice').getByRole('button').first().click());
        continue;
      }
      for (let k = 0; k < perTurn && commit.length < moves; k++) {
        const door = page.getByTestId('door-russia');
        await page.evaluate(() => performance.clearMarks());
        const value = (await door.inputValue()) === '1' ? '2' : '1';
        const before = await metrics();
        await act(page, async () => {
          await door.selectOption(value);
        });
        // The marks of this move only: a frame callback or a map render left over from the last undo or a
        // computer's move can land after clearMarks (that gave negative samples before).
        // The last number: the time of the frame that showed the move (its vsync, which rAF hands the
        // callback) less the move's. Frames begin every 16.7 ms at 60 Hz, so under 16.7 ms is the very next
        // frame (below zero too: a frame due as the move ran, begun once it was done).
        const FIRST_AFTER = `(() => {
          const at = (n, from) => performance.getEntriesByName(n).find((e) => e.startTime >= from);
          const move = at('rotw:move', 0)?.startTime;
          if (move === undefined) return null;
          const sent = at('rotw:sent', move)?.startTime;
          const map = at('rotw:map', sent ?? move)?.startTime;
          const frame = map === undefined ? undefined : at('rotw:frame', map);
          if (frame === undefined) return null;
          return [move, sent, map, frame.startTime, frame.detail - move];
        })()`;
        const marks = (await (await page.waitForFunction(FIRST_AFTER)).jsonValue()) as number[];
        const after = await metrics();
        script.push((after.ScriptDuration! - before.ScriptDuration!) * 1000);
        layout.push(
          (after.LayoutDuration! + after.RecalcStyleDuration! - before.LayoutDuration! - before.RecalcStyleDuration!) *
            1000,
        );
        toFrame.push(marks[4]!);
        played.push(marks[1]! - marks[0]!);
        commit.push(marks[2]! - marks[0]!);
        frame.push(marks[3]! - marks[0]!);
        const t0 = await now(page);
        await act(page, () => page.getByTestId('undo').click());
        undo.push((await now(page)) - t0);
      }
      await chooseKind(page, 'aid');
      const region = (await legalRegions(page))[0];
      if (region) {
        await pickRegion(page, region);
        await act(page, () => page.getByTestId('confirm').click());
      } else await act(page, () => page.getByTestId('pass').click());
    }
    console.log(
      `Move → map re-render committed: median ${ms(median(commit))}, p95 ${ms(p95(commit))} (${commit.length} door changes)`,
    );
    console.log(`  of which the move itself (engine, five clients, save): median ${ms(median(played))}`);
    console.log(
      `Move → next animation frame: median ${ms(median(frame))}, p95 ${ms(p95(frame))}; target within one 16 ms frame`,
    );
    const nextFrame = toFrame.filter((d) => d < 1000 / 60).length;
    console.log(
      `  shown in the very next frame after the move: ${nextFrame} of ${toFrame.length} ` +
        `(${((100 * nextFrame) / toFrame.length).toFixed(0)}%); move → that frame's vsync: median ${ms(median(toFrame))}, p95 ${ms(p95(toFrame))}`,
    );
    console.log(
      `  per door change, main thread (Chromium's counters): script median ${ms(median(script))}, style + layout median ${ms(median(layout))}`,
    );
    if (process.argv.includes('--samples'))
      console.log(
        `  samples (ms): frame ${frame.map((x) => x.toFixed(0)).join(' ')}; script ${script.map((x) => x.toFixed(0)).join(' ')}`,
      );
    console.log(`Undo (record replayed through the seats' clients) → board updated: median ${ms(median(undo))}`);
    if (errors.length) console.log(`Page errors: ${errors.join('; ')}`);
    await context.close();

    // The longest main-thread task in a whole game (tests/bench/main-thread.ts): a fresh page, the
    // observers installed before the app loads.
    const games = arg('games', 1);
    console.log(
      'Main thread during a whole hot-seat game (Autumn 2016; 2 strategists, planner, novice, 1 human; fast):',
    );
    for (let g = 0; g < games; g++) {
      const watched = await watchedPage(browser, { width: 1280, height: 800 });
      const f = await measureMainThread(watched.page, app.url, games > 1 ? `31-${g}` : '31');
      console.log(`  game ${g + 1}: ${f.moves} moves in ${(f.gameMs / 1000).toFixed(1)} s`);
      console.log(`    starting (to the first board): ${blockingLine(f.start)}`);
      console.log(`    playing (first board to end):  ${blockingLine(f.play)}`);
      const longest = Math.max(f.start.longestTask, f.play.longestTask);
      console.log(
        `  longest main-thread task in the game: ${longest ? `${longest.toFixed(0)} ms` : 'under 50 ms'}; target 50 ms`,
      );
      if (watched.errors.length) console.log(`    page errors: ${watched.errors.join(' | ')}`);
      await watched.context.close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
}

await main();
