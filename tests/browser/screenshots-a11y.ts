/**
 * Screenshots for looking at the accessible and Russian board (not a test): the start screen, the
 * privacy screen, a host's turn, an event choice, the board with an operation being chosen, the table view
 * the end screen, the debrief and the replay in Russian at 1280×720 (the board also at 1920×1080), and keyboard focus on a
 * region card and on a panel button.
 *
 *   node --import tsx tests/browser/screenshots-a11y.ts [--out test-results/a11y]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { nextPrompt, takeDevice } from './driver.ts';
import { launch, serveApp } from './harness.ts';
import {
  COMPUTER_SEATS,
  TAJIK_SEATS,
  finishedRecord,
  pageWithSave,
  recordAtTajikChoice,
  recordAtTajikTurn,
} from './saved.ts';

const out = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1]! : 'test-results/a11y';

async function shoot(page: Page, name: string, options: { full?: boolean; wide?: boolean } = {}) {
  await page.screenshot({ path: join(out, `${name}-1280.png`), fullPage: options.full ?? false });
  if (options.wide) {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: join(out, `${name}-1920.png`) });
    await page.setViewportSize({ width: 1280, height: 720 });
  }
}

async function main() {
  mkdirSync(out, { recursive: true });
  const app = await serveApp();
  const browser = await launch();
  const errors: string[] = [];
  try {
    // A host's turn (doors, the last move's changes), an operation being chosen, the table view, focus.
    const a = await pageWithSave(browser, app.url, recordAtTajikTurn(), TAJIK_SEATS, 'ru');
    errors.push(...a.errors);
    const page = a.page;
    await page.getByTestId('resume-box').waitFor();
    await page.locator('details.options summary').click();
    await shoot(page, 'ru-start', { full: true });
    await page.getByTestId('resume').click();
    await nextPrompt(page);
    await shoot(page, 'ru-privacy');
    await takeDevice(page);
    await nextPrompt(page);
    await shoot(page, 'ru-host-turn', { wide: true });
    await page.getByTestId('kind-exercise').click();
    await page.getByTestId('size-up').click();
    await page.locator('[data-target="legal"]').first().click();
    await shoot(page, 'ru-board', { wide: true });
    await page.getByTestId('view-toggle').click();
    await page.getByTestId('region-table').waitFor();
    await shoot(page, 'ru-table', { wide: true });
    await page.getByTestId('view-toggle').click();
    // Keyboard focus: Tab to the first region card, arrow to the next; then a panel button.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate('!!document.activeElement.closest(".region-card")')) break;
    }
    await page.keyboard.press('ArrowRight');
    await shoot(page, 'ru-focus-card');
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate('document.activeElement.dataset.testid === "kind-base"')) break;
    }
    await shoot(page, 'ru-focus-button');

    const b = await pageWithSave(browser, app.url, recordAtTajikChoice(), TAJIK_SEATS, 'ru');
    errors.push(...b.errors);
    await b.page.getByTestId('resume').click();
    await takeDevice(b.page);
    await nextPrompt(b.page);
    await shoot(b.page, 'ru-event', { wide: true });

    const c = await pageWithSave(browser, app.url, finishedRecord(), COMPUTER_SEATS, 'ru');
    errors.push(...c.errors);
    await c.page.getByTestId('resume').click();
    await nextPrompt(c.page);
    await shoot(c.page, 'ru-end', { full: true });
    await c.page.getByTestId('open-debrief').click();
    await c.page.getByTestId('debrief-page').waitFor();
    await c.page.waitForTimeout(300);
    await shoot(c.page, 'ru-debrief', { full: true });
    await c.page.getByTestId('show-replay').click();
    await c.page.getByTestId('replay-forward').click();
    await shoot(c.page, 'ru-replay');
    await c.page.getByTestId('debrief-back').click();
    await c.page.getByTestId('show-board').click();
    await shoot(c.page, 'ru-final-board');
    console.log(`screenshots in ${out}${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`);
  } finally {
    await browser.close();
    await app.close();
  }
}

await main();
