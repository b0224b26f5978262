/**
 * Undo in real Chromium (the built app): Tajikistan and Pakistan at the device, computer players
 * elsewhere. A human misclicks Pass — the move that ends the turn — and takes it back twice: once from
 * the board while the computer seats play (nothing secret shown meanwhile), once from the privacy
 * screen that already asks for the device to be passed on. Each time the board comes back exactly as it
 * was (same moves, IP, agenda, log) and the human plays on; once the other human has taken the device,
 * nothing before can be taken back. Any console or page error fails the run. The steps share one page.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { act, answerDefault, logLines, moves, myIp, nextPrompt, startGame, takeDevice, viewer } from './driver.ts';
import { ROOT, watchedPage, type Watched } from './harness.ts';
import { browserSuite } from './suite.ts';

const SHOTS = join(ROOT, 'node_modules/.cache/rotw-shots');
const HUMANS = ['tajikistan', 'pakistan'];

const suite = browserSuite();
let w: Watched;
let page: Page;

beforeAll(async () => {
  w = await watchedPage(suite.browser);
  page = w.page;
  mkdirSync(SHOTS, { recursive: true });
}, 120_000);

/** What the board shows the human at the device: to compare before a misclick and after its undo. */
async function position() {
  return {
    viewer: await viewer(page),
    moves: await moves(page),
    ip: await myIp(page),
    agenda: (await page.getByTestId('agenda').innerText()).trim(),
    log: await logLines(page),
  };
}

/** Answer everything by default until a human is asked for an operation; returns who. */
async function untilHumanOperates(): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const prompt = await nextPrompt(page);
    if (prompt === 'act') return viewer(page);
    if (prompt === 'end' || prompt === 'crash') throw new Error(`the game reached "${prompt}" before a human turn`);
    await answerDefault(page, prompt);
  }
  throw new Error('no human turn');
}

/** The board is back as it was before the misclick, and asks the same human for an operation. */
async function expectRestored(before: Awaited<ReturnType<typeof position>>): Promise<void> {
  await page.waitForFunction(
    ([me, n]) => {
      const board = document.querySelector('[data-testid="board"]');
      return board?.getAttribute('data-viewer') === me && Number(board.getAttribute('data-moves')) === n;
    },
    [before.viewer, before.moves] as const,
    { polling: 20 },
  );
  expect(await nextPrompt(page)).toBe('act');
  expect(await position()).toEqual(before);
  expect(await page.getByTestId('pass').isEnabled()).toBe(true);
}

describe('undo in Chromium', { timeout: 240_000 }, () => {
  it('starts a game with two humans and three computer players', async () => {
    await page.goto(suite.app.url);
    await startGame(page, {
      seats: {
        russia: 'bot:planner',
        china: 'bot:novice',
        tajikistan: 'human',
        pakistan: 'human',
        afghanistan: 'bot:planner',
      },
      seed: '12',
      speed: 'fast',
    });
    expect(await nextPrompt(page)).toBe('privacy');
  });

  it('takes back a misclicked Pass from the board while the computer seats play', async () => {
    const me = await untilHumanOperates();
    expect(HUMANS).toContain(me);
    // At the slow pace the computer seats are still to move when the human reaches for Undo.
    await page.getByTestId('speed').selectOption('slow');
    const before = await position();
    expect(before.agenda.length).toBeGreaterThan(0);
    await act(page, () => page.getByTestId('pass').click());
    const undo = page.locator('[data-testid="undo"]:not([disabled]), [data-testid="privacy-undo"]').first();
    await undo.waitFor();
    if ((await page.getByTestId('board').count()) > 0) {
      // Whoever may glance at the board meanwhile sees the public view: no agenda, the holder's included.
      expect(await viewer(page)).toBe('');
      expect(await page.getByTestId('agenda').count()).toBe(0);
      expect(await page.evaluate(() => document.body.innerText)).not.toContain(before.agenda);
      expect(await page.getByTestId('hidden-note').count()).toBe(1);
      await page.screenshot({ path: join(SHOTS, 'undo-computer-turn.png') });
    }
    await undo.click();
    await expectRestored(before);
    await page.getByTestId('speed').selectOption('fast');
  });

  it('takes back a misclicked Pass from the privacy screen, before the next human takes the device', async () => {
    const me = await viewer(page);
    const before = await position();
    await act(page, () => page.getByTestId('pass').click());
    let prompt = await nextPrompt(page);
    // The computer seats play on (at the fast pace) until the game waits for the other human.
    expect(prompt).toBe('privacy');
    const next = await page.getByTestId('privacy').getAttribute('data-power');
    expect(next).not.toBe(me);
    const back = page.getByTestId('privacy-undo');
    expect(await back.innerText()).toContain(me === 'tajikistan' ? 'Tajikistan' : 'Pakistan');
    await page.screenshot({ path: join(SHOTS, 'undo-privacy.png') });
    await back.click();
    await expectRestored(before);

    // Played for real this time: once the other human has the device, the pass is final.
    await act(page, () => page.getByTestId('pass').click());
    prompt = await nextPrompt(page);
    expect(prompt).toBe('privacy');
    expect(await takeDevice(page)).toBe(next);
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);
  });

  it('plays on to the next round with no console or page errors', async () => {
    const round = Number(await page.getByTestId('board').getAttribute('data-round'));
    for (let i = 0; i < 200; i++) {
      const prompt = await nextPrompt(page);
      if (prompt === 'end') break;
      const board = page.getByTestId('board');
      if ((await board.count()) && Number(await board.getAttribute('data-round')) > round) break;
      await answerDefault(page, prompt);
    }
    expect(w.errors).toEqual([]);
  });
});
