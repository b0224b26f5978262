/**
 * Accessibility in real Chromium. axe-core runs on every screen — start and seat setup, the privacy
 * screen, the board with an action being chosen and its table view, a request to answer, an event card
 * to choose on, the end screen, the debrief and the replay, the final board, and the debrief in Russian
 * during a game — and any serious or critical violation fails the
 * run (the others are printed). Then a whole turn is played with the keyboard alone: Tab, Shift+Tab,
 * Enter, Space and the arrow keys, never a click, with the focus visible at every stop, and the live
 * regions say what a screen reader would hear (the privacy screen, the move made).
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { axeScan, blocking, listViolations, type Violation } from './axe.ts';
import { nextPrompt, takeDevice } from './driver.ts';
import { watchedPage, type Watched } from './harness.ts';
import { browserSuite } from './suite.ts';
import {
  COMPUTER_SEATS,
  TAJIK_SEATS,
  finishedRecord,
  pageWithSave,
  recordAtTajikChoice,
  recordAtTajikConsent,
} from './saved.ts';

const suite = browserSuite();
const pages: Watched[] = [];
const report: string[] = [];

afterAll(async () => {
  if (report.length) console.log(`axe, by screen:\n${report.join('\n')}`);
});

/** Serious and critical violations, by screen (checked at the end, so every screen gets scanned). */
const failures: string[] = [];

/** Scan the page and note every violation. */
async function scan(page: Page, screen: string): Promise<Violation[]> {
  const found = await axeScan(page);
  report.push(`  ${screen}: ${found.length ? '\n' + listViolations(found).replace(/^/gm, '    ') : 'none'}`);
  if (blocking(found).length) failures.push(`${screen}\n${listViolations(blocking(found))}`);
  return found;
}

async function open(record: Parameters<typeof pageWithSave>[2], seats: Parameters<typeof pageWithSave>[3]) {
  const w = await pageWithSave(suite.browser, suite.app.url, record, seats);
  pages.push(w);
  return w.page;
}

describe('axe on every screen', { timeout: 120_000 }, () => {
  it('start screen and seat setup, with a game to resume', async () => {
    const w = await watchedPage(suite.browser);
    pages.push(w);
    const { page } = w;
    await page.goto(suite.app.url);
    await page.getByTestId('start').waitFor();
    await page.locator('details.options summary').click();
    await scan(page, 'start (setup, options open)');
  });

  it('privacy screen, board with an action being chosen, and the table view', async () => {
    const page = await open(recordAtTajikConsent(), TAJIK_SEATS);
    await page.getByTestId('resume-box').waitFor();
    await scan(page, 'start (a game to resume)');
    await page.getByTestId('resume').click();
    expect(await nextPrompt(page)).toBe('privacy');
    await scan(page, 'privacy screen');
    await takeDevice(page);
    expect(await nextPrompt(page)).toBe('answer');
    await scan(page, 'board: a request to answer');
    await page.getByTestId('refuse').click();
    expect(await nextPrompt(page)).toBe('act');
    await page.getByTestId('kind-aid').click();
    await page.locator('[data-target="legal"]').first().click();
    await page.getByTestId('confirm').waitFor();
    await scan(page, 'board: an action with its preview');
    await page.getByTestId('view-toggle').click();
    await page.getByTestId('region-table').waitFor();
    await scan(page, 'board: the table view');
    await page.getByTestId('view-toggle').click();
  });

  it('event card with a choice', async () => {
    const page = await open(recordAtTajikChoice(), TAJIK_SEATS);
    await page.getByTestId('resume').click();
    await takeDevice(page);
    expect(await nextPrompt(page)).toBe('choose');
    await scan(page, 'board: an event card to choose on');
  });

  it('end screen and the final board', async () => {
    const page = await open(finishedRecord(), COMPUTER_SEATS);
    await page.getByTestId('resume').click();
    expect(await nextPrompt(page)).toBe('end');
    await scan(page, 'end screen');
    await page.getByTestId('open-debrief').click();
    await page.getByTestId('debrief-page').waitFor();
    await scan(page, 'debrief');
    await page.getByTestId('show-replay').click();
    await page.getByTestId('replay').waitFor();
    await page.getByTestId('replay-forward').click();
    await scan(page, 'replay');
    await page.getByTestId('debrief-back').click();
    await page.getByTestId('show-board').click();
    await page.getByTestId('board').waitFor();
    await scan(page, 'final board');
  });

  it('the debrief during a game, in Russian', async () => {
    const w = await pageWithSave(suite.browser, suite.app.url, recordAtTajikChoice(), TAJIK_SEATS, 'ru');
    pages.push(w);
    const { page } = w;
    await page.getByTestId('resume').click();
    await takeDevice(page);
    await page.getByTestId('open-debrief').click();
    await page.getByTestId('debrief-page').waitFor();
    await scan(page, 'debrief during the game, in Russian');
  });

  it('found no serious or critical violation on any screen', () => {
    expect(report.length).toBeGreaterThanOrEqual(12);
    expect(failures).toEqual([]);
  });
});

/** The focused element: its test id or region, and whether a focus ring shows. */
const FOCUS = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const cs = getComputedStyle(el);
  const card = el.closest('.region-card');
  const ring = card
    ? getComputedStyle(card.querySelector('.card-body')).strokeWidth === '6px'
    : (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || cs.boxShadow !== 'none';
  return {
    id: el.getAttribute('data-testid') || '',
    region: card ? card.getAttribute('data-region') : null,
    target: card ? card.getAttribute('data-target') : null,
    text: (el.textContent || '').trim().slice(0, 60),
    tag: el.tagName.toLowerCase(),
    visible: el.matches(':focus-visible'),
    ring,
  };
})()`;

interface Focused {
  id: string;
  region: string | null;
  target: string | null;
  text: string;
  tag: string;
  visible: boolean;
  ring: boolean;
}

const focused = async (page: Page) => (await page.evaluate(FOCUS)) as Focused | null;

/** Press Tab (or Shift+Tab) until the focus is on what `wanted` accepts; every stop must show its focus. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, back = false, max = 80): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (!f) continue;
    expect(f.visible && f.ring, `focus not visible on ${f.tag} ${f.id || f.region || f.text}`).toBe(true);
    if (wanted(f)) return f;
  }
  throw new Error('never reached the element wanted');
}

describe('keyboard only', { timeout: 120_000 }, () => {
  it('plays a whole turn: set up, take the device, act on the map and in the table, pass', async () => {
    const w = await watchedPage(suite.browser);
    pages.push(w);
    const { page } = w;
    const mouse = { clicks: 0 };
    await page.exposeFunction('__mouse', () => mouse.clicks++);
    await page.addInitScript('addEventListener("mousedown", () => window.__mouse(), true)');
    await page.goto(suite.app.url);
    await page.getByTestId('start').waitFor();

    // The start screen: every seat human (the default); Tab past the menus to the start button.
    await tabTo(page, (f) => f.id === 'start-game');
    await page.keyboard.press('Enter');

    // Through the privacy screen (its button has the focus) and any event choice, to an acting power.
    let prompt = await nextPrompt(page);
    for (let guard = 0; prompt !== 'act' && guard < 10; guard++) {
      if (prompt === 'privacy') {
        expect((await focused(page))?.id).toBe('privacy-ready');
        await expect.poll(() => page.getByTestId('announce-assertive').textContent()).toMatch(/^Pass the device to /);
        await page.keyboard.press('Enter');
      } else if (prompt === 'choose') {
        await tabTo(page, (f) => f.id.startsWith('option-'));
        await page.keyboard.press('Enter');
      } else if (prompt === 'answer') {
        await tabTo(page, (f) => f.id === 'refuse');
        await page.keyboard.press('Enter');
      }
      await page.waitForTimeout(50);
      prompt = await nextPrompt(page);
    }
    expect(prompt).toBe('act');
    const board = page.getByTestId('board');
    const me = await board.getAttribute('data-viewer');
    const ipBefore = Number(await page.getByTestId('my-ip').getAttribute('data-ip'));
    const logBefore = await page.getByTestId('log').locator('li').count();

    // Aid on the map: choose the kind with Space, go back to the map, arrow to a possible region, Enter.
    await tabTo(page, (f) => f.id === 'kind-aid');
    await page.keyboard.press('Space');
    await tabTo(page, (f) => f.region !== null, true);
    const start = (await focused(page))!.region;
    await page.keyboard.press('ArrowDown');
    const moved = await focused(page);
    expect(moved?.region, 'an arrow key moves to another card').not.toBe(start);
    expect(moved?.ring).toBe(true);
    for (let i = 0; i < 12 && (await focused(page))?.target !== 'legal'; i++) await page.keyboard.press('ArrowRight');
    if ((await focused(page))?.target !== 'legal') await tabTo(page, (f) => f.target === 'legal', true);
    const region = (await focused(page))!.region!;
    await page.keyboard.press('Enter');
    await tabTo(page, (f) => f.id === 'confirm');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('log').locator('li').count()).toBeGreaterThan(logBefore);
    // Screen readers hear the move, from the live region that stays on the page.
    await expect
      .poll(() => page.getByTestId('announce-polite').textContent())
      .toMatch(/ (gave aid|invested at home) in /);
    expect(Number(await page.getByTestId('my-ip').getAttribute('data-ip'))).toBeLessThan(ipBefore);
    expect(await page.locator(`[data-region="${region}"] [data-power="${me}"]`).getAttribute('data-value')).not.toBe(
      null,
    );

    // The second action through the table view: switch it on, choose the kind, pick a row's button.
    if (Number(await page.getByTestId('turn').getAttribute('data-actions-left')) > 0) {
      await tabTo(page, (f) => f.id === 'view-toggle', true);
      await page.keyboard.press('Enter');
      await page.getByTestId('region-table').waitFor();
      await tabTo(page, (f) => f.id === 'kind-aid');
      await page.keyboard.press('Space');
      await tabTo(page, (f) => f.tag === 'button' && /^(Choose|Выбрать)/.test(f.text), true);
      await page.keyboard.press('Enter');
      await tabTo(page, (f) => f.id === 'confirm');
      const movesMid = Number(await board.getAttribute('data-moves'));
      await page.keyboard.press('Enter');
      await expect
        .poll(async () => (await board.count()) === 0 || Number(await board.getAttribute('data-moves')) > movesMid)
        .toBe(true);
      if ((await board.count()) > 0) {
        await tabTo(page, (f) => f.id === 'view-toggle', true);
        await page.keyboard.press('Enter');
      }
    }

    // Pass, and the device goes to the next power: the turn is over.
    if ((await page.getByTestId('pass').count()) > 0) {
      await tabTo(page, (f) => f.id === 'pass');
      await page.keyboard.press('Enter');
    }
    await expect.poll(async () => (await nextPrompt(page)) === 'privacy').toBe(true);
    expect(await page.getByTestId('privacy').getAttribute('data-power')).not.toBe(me);
    expect(mouse.clicks).toBe(0);
  });

  it('logged no console error and no page error', () => {
    expect(pages.flatMap((w) => w.errors)).toEqual([]);
  });
});
