/**
 * The board at every classroom screen size, in real Chromium: a phone (390×844), a portrait tablet
 * (768×1024), a Chromebook or landscape tablet (1024×768), a laptop (1280×800) and a projector
 * (1920×1080). At each size a hot-seat Autumn 2016 game (every seat human) is taken through turns until
 * it has shown a coalition proposal, an exercise in the acting power's own country and an event card's
 * choice; at each of these, as the page first stands (nothing scrolled), the Confirm (or every option's
 * button) is inside the viewport and not covered. Throughout: the page never scrolls sideways, every
 * button and menu is at least 44 px, no text is smaller than the size's minimum, the map's numbers are
 * readable from tablets up, a tapped region shows its details (also before any action is chosen), the
 * table view's columns fit, the chosen operation keeps its contrast under the mouse, and axe finds
 * nothing serious; on phones the end screen fits as well. From 1024×768 up, the tutorial's prompt and the
 * operations are in view together as the board first stands. Screenshots of each case at each size go to SHOTS_DIR (node_modules/.cache/rotw-shots).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeScan, blocking, listViolations } from './axe.ts';
import { chooseKind, nextPrompt, startGame, takeDevice, act } from './driver.ts';
import { ROOT, watchedPage } from './harness.ts';
import {
  inView,
  scrollHome,
  sidewaysSpill,
  spillers,
  smallTargets,
  smallestMapText,
  smallestText,
  textContrast,
} from './measure.ts';
import { browserSuite } from './suite.ts';

const SHOTS = process.env.SHOTS_DIR ?? join(ROOT, 'node_modules/.cache/rotw-shots');

interface Size {
  name: string;
  width: number;
  height: number;
  /** Smallest HTML text allowed (px). */
  minText: number;
  /** Smallest region number on the map allowed (px on screen); null: the map is an overview there (tap for details). */
  minMap: number | null;
  /** The board's language (switched in the top bar once the game has started); English when omitted. */
  lang?: string;
}

const SIZES: Size[] = [
  { name: 'phone', width: 390, height: 844, minText: 12, minMap: null },
  { name: 'tablet', width: 768, height: 1024, minText: 12, minMap: 11 },
  { name: 'chromebook', width: 1024, height: 768, minText: 12, minMap: 10 },
  { name: 'laptop', width: 1280, height: 800, minText: 12, minMap: 11 },
  { name: 'projector', width: 1920, height: 1080, minText: 14, minMap: 14 },
  // Russian runs longer: the narrowest screen again, in Russian.
  { name: 'phone-ru', width: 390, height: 844, minText: 12, minMap: null, lang: 'ru' },
];

const suite = browserSuite();

/** What every board state must satisfy at this size. */
async function checkBoard(page: Page, size: Size, where: string): Promise<void> {
  const spill = await sidewaysSpill(page);
  if (spill > 0) expect.fail(`${where}: the page scrolls ${spill} px sideways: ${(await spillers(page)).join('; ')}`);
  expect(await smallTargets(page), `${where}: buttons and menus under 44 px`).toEqual([]);
  const text = await smallestText(page);
  expect(text.size, `${where}: smallest text (${text.what})`).toBeGreaterThanOrEqual(size.minText);
}

/** The element is in view without scrolling and not covered. */
async function expectInView(page: Page, selector: string, where: string): Promise<void> {
  await scrollHome(page);
  const seen = await inView(page, selector);
  expect(seen, `${where}: ${selector} in view without scrolling`).toMatchObject({ ok: true });
}

async function shot(page: Page, size: Size, what: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await scrollHome(page);
  await page.screenshot({ path: join(SHOTS, `layout-${size.name}-${what}.png`) });
}

async function noAxe(page: Page, where: string): Promise<void> {
  const found = blocking(await axeScan(page));
  expect(found, `${where}: ${listViolations(found)}`).toEqual([]);
}

/** A coalition proposal: found one, inviting the first power that can be invited. True when its Confirm came up. */
async function coalitionCase(page: Page): Promise<boolean> {
  if ((await page.getByTestId('kind-coalition').getAttribute('data-legal')) !== 'true') return false;
  await chooseKind(page, 'coalition');
  const invite = page.locator('[data-testid^="invite-"]:not([disabled])').first();
  if (!(await invite.count())) return false;
  await invite.check();
  return (await page.getByTestId('confirm').count()) > 0;
}

/** An exercise in the acting power's own country. True when its Confirm came up. */
async function exerciseCase(page: Page, me: string): Promise<boolean> {
  if ((await page.getByTestId('kind-exercise').getAttribute('data-legal')) !== 'true') return false;
  await chooseKind(page, 'exercise');
  const home = page.locator(`[data-target="legal"][data-host="${me}"]`).first();
  if (!(await home.count())) return false;
  await home.click();
  return (await page.getByTestId('confirm').count()) > 0;
}

describe.each(SIZES)('the board at $name size ($width×$height)', (size) => {
  it('keeps every decision in view, every target touchable and every text readable', { timeout: 240_000 }, async () => {
    const { page, errors } = await watchedPage(suite.browser, { width: size.width, height: size.height });
    try {
      await page.goto(suite.app.url);
      await page.getByTestId('start').waitFor();
      expect(await sidewaysSpill(page), 'start page: sideways scroll').toBeLessThanOrEqual(0);
      await shot(page, size, 'start');
      const seen = { first: false, coalition: false, exercise: false, event: false };
      // The deal (and so the game) differs from run to run: play new games until every case has come up.
      for (let game = 0; game < 4 && !Object.values(seen).every(Boolean); game++) {
        if (game > 0) {
          // The start screen is driven in English (the driver's labels); the board is switched again below.
          await page.evaluate(`localStorage.setItem('roof-of-the-world.lang', 'en')`);
          await page.goto(suite.app.url);
        }
        await startGame(page, { scenario: 'autumn-2016', seats: {}, seed: `layout-${game}`, speed: 'fast' });
        let prompt = await nextPrompt(page);
        if (size.lang) {
          if (prompt === 'privacy') {
            await takeDevice(page);
            prompt = await nextPrompt(page);
          }
          await page.getByTestId('language').selectOption(size.lang);
          await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe(size.lang);
        }
        for (let step = 0; step < 150 && prompt !== 'end'; step++) {
          if (prompt === 'privacy') await takeDevice(page);
          else if (prompt === 'choose') {
            if (!seen.event) {
              const buttons = await page.getByTestId('event-choice').locator('[data-testid^="option-"]').all();
              expect(buttons.length).toBeGreaterThanOrEqual(2);
              for (const b of buttons)
                await expectInView(page, `[data-testid="${await b.getAttribute('data-testid')}"]`, 'event');
              await checkBoard(page, size, 'event choice');
              await shot(page, size, 'event');
              await noAxe(page, 'event choice');
              seen.event = true;
            }
            await act(page, () => page.getByTestId('event-choice').locator('[data-testid^="option-"]').last().click());
          } else if (prompt === 'act') {
            const me = (await page.getByTestId('board').getAttribute('data-viewer'))!;
            if (!seen.first) {
              await checkBoard(page, size, 'a turn begins');
              // Side by side, the operations are in view; stacked (phone, portrait tablet), the turn's heading is.
              await expectInView(page, size.width >= 900 ? '[data-testid="kind-aid"]' : '.turn-head', 'a turn begins');
              // A region tapped before any operation is chosen shows its details.
              const card = page.locator('[data-region]').first();
              const region = (await card.getAttribute('data-region'))!;
              const label = (await card.locator('title').first().textContent())!;
              await card.click();
              const details = page.getByTestId('region-details');
              await details.waitFor();
              expect(await details.getAttribute('data-region')).toBe(region);
              const [threat, stability] = size.lang ? ['Угроза', 'Стабильность'] : ['Threat', 'Stability'];
              expect(label).toContain(`${threat} ${await details.getByTestId('details-threat').textContent()}.`);
              expect(label).toContain(`${stability} ${await details.getByTestId('details-stability').textContent()}.`);
              await checkBoard(page, size, 'region details');
              await shot(page, size, 'details');
              await noAxe(page, 'region details');
              await page.getByTestId('region-details-close').click();
              expect(await details.count()).toBe(0);
              // The map's numbers, as drawn on screen.
              if (size.minMap !== null) {
                const drawn = await smallestMapText(page, '.influence-num, .threat-num, .card-name');
                expect(drawn, 'smallest region number on screen (px)').toBeGreaterThanOrEqual(size.minMap);
              }
              // The chosen operation under the mouse keeps its contrast.
              await chooseKind(page, 'aid');
              await page.getByTestId('kind-aid').hover();
              expect(
                await textContrast(page, '[data-testid="kind-aid"]'),
                'chosen operation, hovered',
              ).toBeGreaterThanOrEqual(4.5);
              await page.getByTestId('kind-aid').click();
              // The table view's columns fit (from tablets up; a phone scrolls the table inside its box).
              await page.getByTestId('view-toggle').click();
              const table = await page.evaluate(
                `(() => { const w = document.querySelector('.region-table-wrap'); return [w.scrollWidth, w.clientWidth]; })()`,
              );
              if (size.width >= 768)
                expect(table, 'table view: scrollWidth, clientWidth').toSatisfy(([a, b]: number[]) => a! <= b!);
              await checkBoard(page, size, 'table view');
              await shot(page, size, 'table');
              await page.getByTestId('view-toggle').click();
              seen.first = true;
            }
            if (!seen.coalition && (await coalitionCase(page))) {
              await expectInView(page, '[data-testid="confirm"]', 'coalition');
              await checkBoard(page, size, 'coalition');
              await shot(page, size, 'coalition');
              await noAxe(page, 'coalition');
              seen.coalition = true;
            } else if (!seen.exercise && (await exerciseCase(page, me))) {
              await expectInView(page, '[data-testid="confirm"]', 'exercise at home');
              await checkBoard(page, size, 'exercise at home');
              await shot(page, size, 'exercise');
              await noAxe(page, 'exercise at home');
              seen.exercise = true;
            }
            if (Object.values(seen).every(Boolean)) break;
            await act(page, () => page.getByTestId('pass').click());
          } else throw new Error(`unexpected prompt ${prompt}`);
          prompt = await nextPrompt(page);
        }
      }
      expect(seen).toEqual({ first: true, coalition: true, exercise: true, event: true });
      // On a phone, the game played out to its end screen (the widest table of the game) fits too.
      if (size.width < 600) {
        let prompt = await nextPrompt(page);
        for (let step = 0; step < 200 && prompt !== 'end'; step++) {
          if (prompt === 'privacy') await takeDevice(page);
          else if (prompt === 'choose')
            await act(page, () => page.getByTestId('event-choice').locator('[data-testid^="option-"]').first().click());
          else await act(page, () => page.getByTestId('pass').click());
          prompt = await nextPrompt(page);
        }
        expect(prompt).toBe('end');
        await checkBoard(page, size, 'end screen');
        await shot(page, size, 'end');
      }
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

// The tutorial's prompt sits under the map, beside the decision: in view as the board first stands.
describe.each(SIZES.filter((s) => s.width >= 1024))('the tutorial at $name size ($width×$height)', (size) => {
  it('shows its prompt without scrolling, beside the decision', { timeout: 60_000 }, async () => {
    const { page, errors } = await watchedPage(suite.browser, { width: size.width, height: size.height });
    try {
      await page.goto(suite.app.url);
      await startGame(page, { scenario: 'tutorial', seats: {}, seed: '7', speed: 'fast' });
      if ((await nextPrompt(page)) === 'privacy') await takeDevice(page);
      expect(await nextPrompt(page)).toBe('act');
      await scrollHome(page);
      await shot(page, size, 'tutorial');
      const prompt = await inView(page, '[data-testid="tutorial"]');
      expect(prompt.ok, `tutorial prompt at ${prompt.box.join(',')}, hit ${prompt.hit}`).toBe(true);
      const kinds = await inView(page, '[data-testid="kind-aid"]');
      expect(kinds.ok, `the operations at ${kinds.box.join(',')}, hit ${kinds.hit}`).toBe(true);
      expect(await sidewaysSpill(page)).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
