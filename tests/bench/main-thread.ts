/**
 * Does anything block the page's main thread during a game? `measureMainThread(page, url)` plays a
 * whole hot-seat game of Autumn 2016 in the built app — Tajikistan at the device (it gives aid where it
 * can, else passes, and takes each event's first option), two strategists, a planner and a novice
 * elsewhere, at the fast pace — and returns what Chromium saw: 'longtask' entries (every task of 50 ms
 * or more), 'long-animation-frame' entries (every frame whose work took 50 ms or more), and a heartbeat
 * (a 10 ms timer chain whose lateness shows blocking below 50 ms too). Figures are split at the first
 * board: starting a game (loading its code and drawing the map) and playing it.
 *
 * Run by itself it prints the figures (`npm run bench:main-thread`); it asserts nothing.
 *
 *   npm run bench:main-thread -- [--games 1] [--seed 31]
 */
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { act, answerDefault, chooseKind, nextPrompt, startGame, targets, type SeatChoice } from '../browser/driver.ts';

/** What blocked the main thread in one part of the game. */
export interface Blocking {
  /** The longest 'longtask' entry (ms), or 0 when no task took 50 ms or more. */
  longestTask: number;
  /** Tasks of 50 ms or more. */
  tasksOver50: number;
  /** The longest 'long-animation-frame' entry's duration (ms), or 0 when none took 50 ms or more. */
  longestFrame: number;
  /** Animation frames of 50 ms or more. */
  framesOver50: number;
  /** The heartbeat's greatest lateness (ms): how long the thread was busy at most, below 50 ms too. */
  heartbeatMax: number;
}

export interface MainThreadFigures {
  /** From "Start the game" to the first board with its map drawn. */
  start: Blocking;
  /** From the first board to the end screen. */
  play: Blocking;
  /** Moves in the game's record. */
  moves: number;
  /** Wall-clock length of the game (ms), start to end screen. */
  gameMs: number;
  /** The entry types this Chromium reports (a figure of 0 means nothing only if its type is here). */
  supported: string[];
}

/** Installed before the app loads (a string: tsx would wrap a function in a helper the page lacks). */
const OBSERVER = `(() => {
  const seen = { tasks: [], frames: [], beats: [] };
  window.__mainThread = seen;
  const types = PerformanceObserver.supportedEntryTypes || [];
  if (types.includes('longtask'))
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) seen.tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  if (types.includes('long-animation-frame'))
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) seen.frames.push([e.startTime, e.duration]);
    }).observe({ type: 'long-animation-frame', buffered: true });
  let due = performance.now() + 10;
  const beat = () => {
    const now = performance.now();
    const late = now - due;
    if (late > 4) seen.beats.push([due, late]);
    due = now + 10;
    setTimeout(beat, 10);
  };
  setTimeout(beat, 10);
})()`;

type Entry = [start: number, duration: number];
interface Seen {
  tasks: Entry[];
  frames: Entry[];
  beats: Entry[];
}

function blocking(seen: Seen, from: number, to: number): Blocking {
  const within = (list: Entry[]) => list.filter(([start]) => start >= from && start < to).map(([, d]) => d);
  const tasks = within(seen.tasks);
  const frames = within(seen.frames);
  const beats = within(seen.beats);
  const max = (xs: number[]) => xs.reduce((m, x) => Math.max(m, x), 0);
  return {
    longestTask: max(tasks),
    tasksOver50: tasks.filter((d) => d >= 50).length,
    longestFrame: max(frames),
    framesOver50: frames.filter((d) => d >= 50).length,
    heartbeatMax: max(beats),
  };
}

const SEATS: Record<string, SeatChoice> = {
  russia: 'bot:strategist',
  china: 'bot:strategist',
  tajikistan: 'human',
  pakistan: 'bot:planner',
  afghanistan: 'bot:novice',
};

/** The human's turn: aid on the first open target, else a pass. */
async function humanTurn(page: Page): Promise<void> {
  await chooseKind(page, 'aid');
  const open = (await targets(page)).find((t) => t.legal);
  if (open) {
    await page.getByTestId(`target-${open.region}`).click();
    const confirm = page.getByTestId('confirm');
    if (await confirm.count()) return act(page, () => confirm.click());
  }
  await act(page, () => page.getByTestId('pass').click());
}

/**
 * Play a whole game on the built app at `url` in `page` (a fresh page: the observers are installed
 * before the app loads) and return how long the main thread was blocked.
 */
export async function measureMainThread(page: Page, url: string, seed = '31'): Promise<MainThreadFigures> {
  await page.addInitScript(OBSERVER);
  await page.goto(url);
  await page.getByTestId('start').waitFor();
  const clicked = await page.evaluate(() => performance.now());
  await startGame(page, { seats: SEATS, seed, speed: 'fast' });
  await page.waitForFunction(
    () => Number(document.querySelector('[data-testid="map"]')?.getAttribute('data-countries')) > 0,
    undefined,
    { polling: 'raf' },
  );
  const board = await page.evaluate(() => performance.now());
  for (let i = 0; i < 1000; i++) {
    const prompt = await nextPrompt(page, 120_000);
    if (prompt === 'end') break;
    if (prompt === 'crash' || prompt === 'start') throw new Error(`the game stopped at "${prompt}"`);
    if (prompt === 'act') await humanTurn(page);
    else await answerDefault(page, prompt);
  }
  const ended = await page.evaluate(() => performance.now());
  await page.waitForTimeout(200); // the last move is saved after the frame that shows it
  const moves = await page.evaluate(() => {
    try {
      const save = JSON.parse(localStorage.getItem('roof-of-the-world.save') ?? '{}') as { record?: { moves?: [] } };
      return save.record?.moves?.length ?? 0;
    } catch {
      return 0;
    }
  });
  const seen = (await page.evaluate('window.__mainThread')) as Seen;
  const supported = (await page.evaluate(() => [...(PerformanceObserver.supportedEntryTypes ?? [])])).filter((t) =>
    ['longtask', 'long-animation-frame'].includes(t),
  );
  return {
    start: blocking(seen, clicked, board),
    play: blocking(seen, board, ended + 1),
    moves,
    gameMs: ended - clicked,
    supported,
  };
}

/** One part's figures on one line, as both benchmarks print them. */
export function blockingLine(b: Blocking): string {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  return (
    `longest task ${b.tasksOver50 ? ms(b.longestTask) : 'under 50 ms'} (${b.tasksOver50} over 50 ms), ` +
    `longest frame ${b.framesOver50 ? ms(b.longestFrame) : 'under 50 ms'} (${b.framesOver50} over 50 ms), ` +
    `heartbeat ${ms(b.heartbeatMax)}`
  );
}

async function main(): Promise<void> {
  const { launch, serveApp, watchedPage } = await import('../browser/harness.ts');
  const games = Number(process.argv[process.argv.indexOf('--games') + 1]) || 1;
  const seedArg = process.argv.indexOf('--seed');
  const seed = seedArg >= 0 ? String(process.argv[seedArg + 1]) : '31';
  const app = await serveApp();
  const browser = await launch();
  const line = blockingLine;
  try {
    console.log('Main thread during a hot-seat game (Autumn 2016; 2 strategists, planner, novice, 1 human; fast):');
    for (let g = 0; g < games; g++) {
      const { page, context, errors } = await watchedPage(browser, { width: 1280, height: 800 });
      const f = await measureMainThread(page, app.url, games > 1 ? `${seed}-${g}` : seed);
      console.log(`  game ${g + 1}: ${f.moves} moves in ${(f.gameMs / 1000).toFixed(1)} s`);
      console.log(`    starting (to the first board): ${line(f.start)}`);
      console.log(`    playing (first board to end):  ${line(f.play)}`);
      if (f.supported.length < 2)
        console.log(`    (this Chromium reports only: ${f.supported.join(', ') || 'neither'})`);
      if (errors.length) console.log(`    page errors: ${errors.join(' | ')}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
