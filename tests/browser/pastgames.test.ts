/**
 * Nothing lost, in real Chromium: a finished game's "New game" keeps it in the past games on this
 * device (with its debrief and downloads); starting a game over one in progress asks first and sets the
 * old one aside, where it can be resumed; and every destructive button — delete the saved game, delete
 * a past game, delete a damaged save — asks in a dialog first, and cancelling keeps everything. The
 * dialog passes axe. Any console or page error fails the run.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { SAVE_KEY } from '../../src/app/storage.ts';
import { PAST_KEY } from '../../src/app/past.ts';
import { axeScan, blocking, listViolations } from './axe.ts';
import { nextPrompt, takeDevice } from './driver.ts';
import type { Watched } from './harness.ts';
import { COMPUTER_SEATS, TAJIK_SEATS, finishedRecord, pageWithSave, recordAtTajikTurn } from './saved.ts';
import { browserSuite } from './suite.ts';

const suite = browserSuite();
const pages: Watched[] = [];

async function open(record: ReturnType<typeof finishedRecord>, seats = COMPUTER_SEATS) {
  const w = await pageWithSave(suite.browser, suite.app.url, record, seats);
  pages.push(w);
  await w.page.getByTestId('resume').waitFor();
  return w.page;
}

const past = (page: Watched['page']) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]') as { ended: boolean }[], PAST_KEY);
const saved = (page: Watched['page']) => page.evaluate((key) => localStorage.getItem(key), SAVE_KEY);

afterAll(() => {
  expect(pages.flatMap((w) => w.errors)).toEqual([]);
});

describe('past games and destructive buttons', { timeout: 120_000 }, () => {
  it('"New game" on the end screen keeps the finished game, with its debrief and downloads', async () => {
    const page = await open(finishedRecord());
    await page.getByTestId('resume').click();
    await page.getByTestId('end').waitFor();
    await page.getByTestId('new-game').click();
    await page.getByTestId('start-notice').waitFor();
    expect(await page.getByTestId('start-notice').innerText()).toContain('kept');
    expect(await saved(page)).toBeNull();
    expect(await past(page)).toMatchObject([{ ended: true }]);
    const list = page.getByTestId('past-game');
    expect(await list.count()).toBe(1);
    expect(await list.innerText()).toMatch(/Tutorial[\s\S]*Finished on/);

    await list.getByTestId('past-debrief').click();
    await page.getByTestId('debrief-page').waitFor();
    await page.getByTestId('export-json').waitFor();
    await page.getByTestId('debrief-back').click();
    await page.getByTestId('past-games').waitFor();

    // Delete asks; cancelling keeps the game, confirming deletes it.
    await list.getByTestId('past-delete').click();
    const dialog = page.getByTestId('confirm-dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Delete this past game?');
    const found = blocking(await axeScan(page));
    expect(found, listViolations(found)).toEqual([]);
    // The safe answer has the focus, and Escape is a "no".
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('confirm-no');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await list.count()).toBe(1);
    await list.getByTestId('past-delete').click();
    await page.getByTestId('confirm-yes').click();
    await expect.poll(() => page.getByTestId('past-games').count()).toBe(0);
    expect(await past(page)).toEqual([]);
  });

  it('asks before deleting the saved game, and keeps it when told no', async () => {
    const page = await open(recordAtTajikTurn(), TAJIK_SEATS);
    await page.getByTestId('discard').click();
    await page.getByTestId('confirm-no').click();
    await expect.poll(() => page.getByTestId('confirm-dialog').count()).toBe(0);
    expect(await saved(page)).not.toBeNull();
    await page.getByTestId('discard').click();
    expect(await page.getByTestId('confirm-dialog').innerText()).toContain('cannot be undone');
    await page.getByTestId('confirm-yes').click();
    await expect.poll(() => page.getByTestId('resume-box').count()).toBe(0);
    expect(await saved(page)).toBeNull();
  });

  it('asks before a new game replaces one in progress, sets the old one aside, and resumes it later', async () => {
    const page = await open(recordAtTajikTurn(), TAJIK_SEATS);
    const start = page.getByRole('button', { name: 'Start the game' });
    await start.click();
    expect(await page.getByTestId('confirm-dialog').innerText()).toContain('Start a new game?');
    await page.getByTestId('confirm-no').click();
    await expect.poll(() => page.getByTestId('confirm-dialog').count()).toBe(0);
    await page.getByTestId('resume-box').waitFor();
    expect(await past(page)).toEqual([]);

    await start.click();
    await page.getByTestId('confirm-yes').click();
    await page.getByTestId('privacy').waitFor();
    expect(await past(page)).toMatchObject([{ ended: false }]);
    await takeDevice(page);
    await page.getByTestId('quit').click();
    const entry = page.getByTestId('past-game');
    await entry.waitFor();
    expect(await entry.innerText()).toMatch(/Set aside at round \d of 5/);

    // Resuming the set-aside game asks too (the new one goes to the past games in its turn).
    await entry.getByTestId('past-resume').click();
    await page.getByTestId('confirm-yes').click();
    expect(await nextPrompt(page)).not.toBe('start');
    await expect.poll(async () => (await past(page)).length).toBe(1);
    // The game on the device is the Tajik game again (computers elsewhere), not the all-human one.
    const now = JSON.parse((await saved(page))!) as { seats: { russia: { kind: string } } };
    expect(now.seats.russia.kind).toBe('computer');
  });
});
