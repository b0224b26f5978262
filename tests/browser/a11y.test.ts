/**
 * Accessibility in real Chromium. axe-core runs on every screen — start and seat setup, the privacy
 * screen, a host's turn (its doors, an operation being sized and priced) and the table view, an event card
 * to choose on, the end screen, the debrief and the replay, the final board, and the debrief in Russian
 * during a game — and any serious or critical violation fails the
 * run (the others are printed). Then a whole turn is played with the keyboard alone: Tab, Shift+Tab,
 * Enter, Space and the arrow keys, never a click, with the focus visible at every stop, and the live
 * regions say what a screen reader would hear (the privacy screen, the move made).
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { axeScan, blocking, listViolations, type Violation } from './axe.ts';
import { nextPrompt, takeDevice, wholeBoard } from './driver.ts';
import { watchedPage, type Watched } from './harness.ts';
import { browserSuite } from './suite.ts';
import {
  COMPUTER_SEATS,
  TAJIK_SEATS,
  finishedRecord,
  pageWithSave,
  recordAtTajikChoice,
  recordAtTajikTurn,
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

  it('privacy screen, a host’s turn with an operation being chosen, and the table view', async () => {
    const page = await open(recordAtTajikTurn(), TAJIK_SEATS);
    await page.getByTestId('resume-box').waitFor();
    await scan(page, 'start (a game to resume)');
    await page.getByTestId('resume').click();
    expect(await nextPrompt(page)).toBe('privacy');
    await scan(page, 'privacy screen');
    await takeDevice(page);
    expect(await nextPrompt(page)).toBe('act');
    await page.getByTestId('door-controls').waitFor();
    await page.getByTestId('changes').waitFor();
    await scan(page, 'board: a host’s turn, its doors and the last move’s changes');
    await page.getByTestId('kind-aid').click();
    await page.getByTestId('size-up').click();
    await page.locator('[data-target="legal"]').first().click();
    await page.getByTestId('confirm').waitFor();
    await scan(page, 'board: an operation sized, priced and previewed');
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
    await wholeBoard(page);
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
  it('plays a whole turn: set up, take the device, size an operation, pick it on the map and in the table', async () => {
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
      }
      await page.waitForTimeout(50);
      prompt = await nextPrompt(page);
    }
    expect(prompt).toBe('act');
    const board = page.getByTestId('board');
    const me = await board.getAttribute('data-viewer');

    // Aid: choose the kind with Space and a size with the stepper, then a possible region on the map
    // with the arrow keys and Enter.
    await tabTo(page, (f) => f.id === 'kind-aid');
    await page.keyboard.press('Space');
    await tabTo(page, (f) => f.id === 'size-up');
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('size').getAttribute('data-size')).toBe('2');
    await tabTo(page, (f) => f.region !== null, true);
    const start = (await focused(page))!.region;
    await page.keyboard.press('ArrowDown');
    const moved = await focused(page);
    expect(moved?.region, 'an arrow key moves to another card').not.toBe(start);
    expect(moved?.ring).toBe(true);
    for (let i = 0; i < 12 && (await focused(page))?.target !== 'legal'; i++) await page.keyboard.press('ArrowRight');
    if ((await focused(page))?.target !== 'legal') await tabTo(page, (f) => f.target === 'legal', true);
    await page.keyboard.press('Enter');
    await page.getByTestId('confirm').waitFor();

    // Then the same choice through the table view: switch it on, pick a row's button, confirm.
    await tabTo(page, (f) => f.id === 'view-toggle', true);
    await page.keyboard.press('Enter');
    await page.getByTestId('region-table').waitFor();
    await tabTo(page, (f) => f.tag === 'button' && /^(Choose|Выбрать)/.test(f.text));
    await page.keyboard.press('Enter');
    await tabTo(page, (f) => f.id === 'confirm');
    await page.keyboard.press('Enter');

    // One operation ends the turn: the device goes to the next power, whose board (once taken) has
    // screen readers hear the move made behind the privacy screen.
    await expect.poll(async () => (await nextPrompt(page)) === 'privacy').toBe(true);
    expect(await page.getByTestId('privacy').getAttribute('data-power')).not.toBe(me);
    expect((await focused(page))?.id).toBe('privacy-ready');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('announce-polite').textContent())
      .toMatch(/ (gave aid of size 2 in|invested at home in .* \(size 2\))/);
    expect(mouse.clicks).toBe(0);
  });

  it('logged no console error and no page error', () => {
    expect(pages.flatMap((w) => w.errors)).toEqual([]);
  });
});
