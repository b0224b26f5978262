/**
 * Screenshots of the teaching screens for looking at them (not a test), at 1280×720: the start screen's
 * teacher corner with a bad scenario's problems, the end screen, the debrief (screen and print media,
 * whole page), the replay, an imported game, and the debrief in the middle of a game.
 *
 *   node --import tsx tests/browser/screenshots-teaching.ts [--out test-results/teaching] [--lang ru]
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { getBot } from '../../game/ai/index.ts';
import { exportJson, getScenario } from '../../game/index.ts';
import { playRecorded } from '../scenarios/play.ts';
import { nextPrompt, takeDevice } from './driver.ts';
import { ROOT, launch, serveApp, watchedPage } from './harness.ts';
import { COMPUTER_SEATS, TAJIK_SEATS, pageWithSave, recordAtTajikChoice } from './saved.ts';

const flag = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const out = flag('--out') ?? 'test-results/teaching';
const lang = flag('--lang');

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(out, `${name}.png`), fullPage });
}

async function main() {
  mkdirSync(out, { recursive: true });
  const app = await serveApp();
  const browser = await launch();
  const watched: { errors: string[] }[] = [];
  try {
    const finished = playRecorded(getScenario('autumn-2016')!, 'screens', getBot('random')!).record;

    const start = await pageWithSave(browser, app.url, finished, COMPUTER_SEATS, lang);
    watched.push(start);
    const page = start.page;
    const tiny = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/tiny.json'), 'utf8'));
    tiny.rounds = 'seven';
    tiny.regions[0].threatGrowth = 5;
    delete tiny.history;
    await page
      .getByTestId('scenario-file')
      .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tiny)) });
    await page.getByTestId('scenario-problems').waitFor();
    await page.getByTestId('teacher-tools').scrollIntoViewIfNeeded();
    await shoot(page, 'loader-problems');
    await shoot(page, 'start-full', true);

    await page.getByTestId('resume').click();
    await page.getByTestId('end').waitFor();
    await shoot(page, 'end', true);
    await page.getByTestId('open-debrief').click();
    await page.getByTestId('debrief-page').waitFor();
    await page.waitForTimeout(300);
    await shoot(page, 'debrief');
    await shoot(page, 'debrief-full', true);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    await page.waitForTimeout(300);
    await shoot(page, 'debrief-print-a4', true);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByTestId('open-replay').click();
    await page.getByTestId('replay').waitFor();
    for (let i = 0; i < 12; i++) await page.getByTestId('replay-forward').click();
    await shoot(page, 'replay');
    await shoot(page, 'replay-full', true);

    const imported = await watchedPage(browser);
    watched.push(imported);
    await imported.page.goto(app.url);
    await imported.page
      .getByTestId('game-file')
      .setInputFiles({ name: 'game.json', mimeType: 'application/json', buffer: Buffer.from(exportJson(finished)) });
    await imported.page.getByTestId('debrief-page').waitFor();
    await shoot(imported.page, 'imported');

    const mid = await pageWithSave(browser, app.url, recordAtTajikChoice(), TAJIK_SEATS, lang);
    watched.push(mid);
    await mid.page.getByTestId('resume').click();
    if ((await nextPrompt(mid.page)) === 'privacy') await takeDevice(mid.page);
    await shoot(mid.page, 'board-topbar');
    await mid.page.getByTestId('open-debrief').click();
    await mid.page.getByTestId('debrief-page').waitFor();
    await mid.page.waitForTimeout(300);
    await shoot(mid.page, 'debrief-midgame');
  } finally {
    await browser.close();
    await app.close();
  }
  console.log(`screenshots in ${out}`);
  const errors = watched.flatMap((w) => w.errors);
  if (errors.length) console.log(`errors:\n${errors.join('\n')}`);
}

void main();
