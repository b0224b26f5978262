/**
 * The class-wide debrief component in real Chromium, on a session of matches played headless by bots
 * (three finished Autumn 2016 games, one still being played, one whose record is forged): a page built
 * for the test renders `ClassDebrief` with them. Who won where and the class totals are the summary's;
 * the forged match is named, not shown; the one still being played keeps its agendas hidden; each match
 * has its charts (a line a power and one for tension, a point a round); only the decisions that
 * differed are listed until "show every decision"; the CSV and JSON downloads are the engine's exports
 * byte for byte; printing hides the buttons; it reads in Russian; axe finds nothing blocking.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { getBot } from '../../game/ai/index.ts';
import { classCsv, classJson, classSummary, type ClassMatch } from '../../game/class-summary.ts';
import { POWERS, getScenario, textIn } from '../../game/index.ts';
import { playRecorded } from '../scenarios/play.ts';
import { axeScan, blocking, listViolations } from './axe.ts';
import { ROOT, launch, servePreview, watchedPage, type App, type Watched } from './harness.ts';
import type { Browser } from 'playwright-core';

const SHOTS = process.env.SHOTS_DIR ?? join(ROOT, 'node_modules/.cache/rotw-shots');
mkdirSync(SHOTS, { recursive: true });

const scenario = getScenario('autumn-2016')!;
const games = [
  playRecorded(scenario, 'class-1', getBot('planner')!),
  playRecorded(scenario, 'class-2', getBot('novice')!),
  playRecorded(scenario, 'class-3', getBot('greedy')!),
];
const live = { ...games[2]!.record, moves: games[2]!.record.moves.slice(0, 20) };
const forged = structuredClone(games[0]!.record);
const at = forged.moves.findIndex((m) => m.move.kind === 'base' || m.move.kind === 'aid');
forged.moves[at]!.move = { kind: 'aid', region: 'atlantis' as never, size: 1 };
const matches: ClassMatch[] = [
  { label: 'Table 1', record: games[0]!.record, groups: { china: 'Dragons', russia: null } },
  { label: 'Table 2', record: games[1]!.record },
  { label: 'Table 3', record: games[2]!.record },
  { label: 'Table 4', record: live },
  { label: 'Table 5', record: forged },
];
const summary = classSummary(matches);

let server: App;
let browser: Browser;
let url = '';
let outDir = '';
const pages: Watched[] = [];

beforeAll(async () => {
  outDir = mkdtempSync(join(ROOT, 'node_modules/.cache/rotw-class-'));
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: ROOT,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        sourcemap: false,
        rollupOptions: { input: join(ROOT, 'tests/browser/class-debrief/index.html') },
      },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  server = await servePreview(outDir);
  url = `${server.url}tests/browser/class-debrief/index.html`;
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** A page showing the class debrief of `matches`, in `lang`. */
async function open(lang = 'en', viewport = { width: 1280, height: 900 }): Promise<Page> {
  const w = await watchedPage(browser, viewport);
  pages.push(w);
  await w.page.addInitScript((m) => {
    (window as unknown as { __CLASS_MATCHES__: unknown }).__CLASS_MATCHES__ = m;
  }, matches);
  await w.page.goto(`${url}?lang=${lang}`);
  await w.page.getByTestId('class-debrief').waitFor();
  return w.page;
}

describe('the class debrief', { timeout: 120_000 }, () => {
  let page: Page;

  it('shows who won where, the class totals, and names the match it could not read', async () => {
    page = await open();
    expect(await page.getByTestId('class-count').innerText()).toBe('Matches: 4');
    const problems = page.getByTestId('class-problems');
    expect(await problems.locator('li').count()).toBe(1);
    expect(await problems.innerText()).toContain(`Table 5: record.moves.${at}`);
    const rows = page.getByTestId('class-results').locator('tbody tr');
    expect(await rows.count()).toBe(4);
    for (const [i, m] of summary.matches.entries()) {
      const row = rows.nth(i);
      expect(await row.getAttribute('data-match')).toBe(m.label);
      for (const p of POWERS) {
        const cell = await row.locator(`[data-power="${p}"]`).innerText();
        const group = m.groups[p] ? `\n${m.groups[p]}` : '';
        expect(cell).toBe(`${m.scores[p]}${m.winners.includes(p) ? ' ★' : ''}${group}`);
      }
    }
    const result = await page.getByTestId('class-result').allInnerTexts();
    expect(result[0]).toMatch(/^Won by /);
    expect(result[3]).toBe(`still being played: round ${summary.matches[3]!.round} of ${scenario.rounds}`);
    const wins = await page.locator('[data-row="wins"] td').allInnerTexts();
    expect(wins.map(Number).reduce((a, b) => a + b, 0)).toBeCloseTo(3, 0);
  });

  it('shows the agendas of the finished matches only', async () => {
    const rows = page.getByTestId('class-agendas').locator('tbody tr');
    const first = await rows.nth(0).innerText();
    const title = textIn(scenario.agendas.find((a) => a.id === games[0]!.final.agendas!.russia)!.title, 'en');
    expect(first).toContain(title);
    expect(await rows.nth(3).innerText()).toContain('hidden until the match ends');
    expect(summary.matches[3]!.agendas).toBeNull();
  });

  it('draws each match’s influence and tension by round, with the tension figures in a table', async () => {
    const charts = page.getByTestId('class-match-charts');
    expect(await charts.count()).toBe(4);
    for (const [i, m] of summary.matches.entries()) {
      const lines = charts.nth(i).locator('polyline');
      expect(await lines.count()).toBe(POWERS.length + 1);
      const points = (await lines.first().getAttribute('points'))!.trim().split(' ');
      expect(points).toHaveLength(m.series.rounds.length);
      const tension = await page.getByTestId('class-tension').locator('tbody tr').nth(i).locator('td').allInnerTexts();
      expect(tension.slice(0, m.series.tension.length).map(Number)).toEqual(m.series.tension);
      expect(Number(tension.at(-1))).toBe(m.peakTension);
    }
  });

  it('lists the decisions that differed, all of them on demand', async () => {
    const table = page.getByTestId('class-decisions');
    const differing = summary.decisions.filter((d) => d.differs).length;
    expect(differing).toBeGreaterThan(0);
    expect(await table.locator('tbody tr').count()).toBe(differing);
    expect(await table.locator('tbody tr[data-differs="false"]').count()).toBe(0);
    expect(await table.locator('thead th').count()).toBe(1 + summary.matches.length);
    await page.getByTestId('class-show-all').check();
    expect(await table.locator('tbody tr').count()).toBe(summary.decisions.length);
    const firstRow = await table.locator('tbody tr').first().locator('td').allInnerTexts();
    expect(firstRow.every((c) => c.length > 0)).toBe(true);
    await page.getByTestId('class-show-all').uncheck();
    await page.screenshot({ path: join(SHOTS, 'class-debrief.png'), fullPage: true });
  });

  it('downloads the engine’s CSV and JSON exports, and prints without its buttons', async () => {
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('class-export-csv').click()]);
    expect(csv.suggestedFilename()).toBe('Class-7B-results.csv');
    expect(readFileSync(await csv.path(), 'utf8')).toBe(classCsv(summary));
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('class-export-json').click()]);
    expect(json.suggestedFilename()).toBe('Class-7B-summary.json');
    expect(readFileSync(await json.path(), 'utf8')).toBe(classJson(summary));
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('class-export-csv').isVisible()).toBe(false);
    expect(await page.getByTestId('class-show-all').isVisible()).toBe(false);
    expect(await page.getByTestId('class-results').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    const found = blocking(await axeScan(page));
    expect(found, listViolations(found)).toEqual([]);
  });

  it('reads in Russian, and fits a phone without the page scrolling sideways', async () => {
    const ru = await open('ru', { width: 390, height: 844 });
    expect(await ru.locator('#class-heading').innerText()).toBe('Разбор всего класса');
    const text = await ru.getByTestId('class-debrief').innerText();
    expect(text).toContain('Кто где победил');
    expect(text).not.toMatch(/classDebrief\./);
    const wide = await ru.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(wide).toBeLessThanOrEqual(0);
    await ru.screenshot({ path: join(SHOTS, 'class-debrief-ru-phone.png') });
  });

  it('has no console errors', () => {
    // The test-only page is built without the app's service worker, which the PWA plugin still registers.
    const errors = pages.flatMap((p) => p.errors).filter((e) => !/Failed to register a ServiceWorker/.test(e));
    expect(errors).toEqual([]);
  });
});
