/**
 * Screenshots for looking at the board (not a test): plays Autumn 2016 with Tajikistan and Pakistan at
 * the device and three computer players, and saves the start screen, the privacy screen, the board with
 * an operation being sized and aimed, an event choice when one comes up, the end screen and the final
 * board — at 1280×720 and 1920×1080. (tests/browser/fullgame.test.ts shoots phone to projector sizes.)
 *
 *   node --import tsx tests/browser/screenshots.ts [--out test-results/screens] [--scenario id] [--bot id] [--docs]
 *
 * --docs also writes the mid-game board at 1920×1080 to docs/screenshot-board.png.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { act, answerDefault, chooseKind, legalRegions, nextPrompt, pickRegion, setSize, startGame } from './driver.ts';
import { ROOT, launch, serveApp, watchedPage } from './harness.ts';

const out = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1]! : 'test-results/screens';
const scenario = process.argv.includes('--scenario') ? process.argv[process.argv.indexOf('--scenario') + 1] : undefined;
const bot = process.argv.includes('--bot') ? process.argv[process.argv.indexOf('--bot') + 1]! : 'random';
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(out, `${name}-${size.width}.png`), fullPage });
  }
  await page.setViewportSize(SIZES[0]!);
}

async function main() {
  mkdirSync(out, { recursive: true });
  const app = await serveApp();
  const browser = await launch();
  const { page, errors } = await watchedPage(browser, SIZES[0], { reducedMotion: 'reduce' });
  try {
    await page.goto(app.url);
    await shoot(page, 'start', true);
    await startGame(page, {
      ...(scenario ? { scenario } : {}),
      seats: { russia: `bot:${bot}`, china: `bot:${bot}`, afghanistan: `bot:${bot}` },
      seed: '1016',
      speed: 'fast',
    });
    const taken = new Set<string>();
    for (let step = 0; step < 600; step++) {
      const prompt = await nextPrompt(page);
      if (prompt === 'end') break;
      const round = prompt === 'privacy' ? 0 : Number(await page.getByTestId('board').getAttribute('data-round'));
      if (prompt === 'privacy' && !taken.has('privacy')) {
        taken.add('privacy');
        await shoot(page, 'privacy');
      }
      if (prompt === 'choose' && !taken.has('event')) {
        taken.add('event');
        await shoot(page, 'event-choice');
      }
      if (prompt === 'act' && round >= 3 && !taken.has('board')) {
        taken.add('board');
        await chooseKind(page, 'exercise');
        await setSize(page, 2);
        const regions = await legalRegions(page);
        if (regions.length) await pickRegion(page, regions[Math.floor(regions.length / 2)]!);
        await shoot(page, 'board');
        if (process.argv.includes('--docs')) {
          copyFileSync(join(out, 'board-1920.png'), join(ROOT, 'docs/screenshot-board.png'));
        }
      }
      if (prompt === 'act' && round < 4) {
        await chooseKind(page, 'aid');
        await setSize(page, 1 + (step % 2));
        const regions = await legalRegions(page);
        if (regions.length) {
          await pickRegion(page, regions[step % regions.length]!);
          await act(page, () => page.getByTestId('confirm').click());
          continue;
        }
      }
      await answerDefault(page, prompt);
    }
    await shoot(page, 'end', true);
    await page.getByTestId('show-board').click();
    await shoot(page, 'final-board');
    console.log(`screenshots in ${out}${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`);
  } finally {
    await browser.close();
    await app.close();
  }
}

await main();
