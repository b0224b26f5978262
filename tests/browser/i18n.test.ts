/**
 * The board in Russian, in real Chromium: the language picker switches every screen at once and is
 * remembered after a reload; a hot-seat game shows the privacy screen, the map, the event card (from
 * the scenario file's Russian), the panel and the game log — computer players' reasons included — in
 * Russian, with no English left and no unfilled {{parameter}}; an action taken in Russian is logged in
 * Russian; switching back to English re-renders the board in English. axe-core checks the Russian board.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS, textIn } from '../../game/index.ts';
import { ru } from '../../ui/i18n/ru.ts';
import { axeScan, blocking, listViolations } from './axe.ts';
import { act, logLines, nextPrompt, takeDevice, type Prompt } from './driver.ts';
import { watchedPage, type Watched } from './harness.ts';
import { browserSuite } from './suite.ts';

const suite = browserSuite();
const ROUNDS = SCENARIOS['autumn-2016']!.rounds;
let w: Watched;
let page: Page;

beforeAll(async () => {
  w = await watchedPage(suite.browser);
  page = w.page;
}, 120_000);

const bodyText = () => page.evaluate(() => document.body.innerText);
/** Latin words of three letters or more, other than file names, formats and the names of languages. */
const english = (text: string) =>
  (text.replace(/[\w/.-]*\.(json|md|csv)\b/gi, '').match(/[A-Za-z]{3,}/g) ?? []).filter(
    (x) => !/^(JSON|CSV|English)$/.test(x),
  );

/** Answer what the board asks (take the device, take the first option, pass) until `done`. */
async function playUntil(done: (p: Prompt) => Promise<boolean>): Promise<Prompt> {
  for (let guard = 0; guard < 40; guard++) {
    const prompt = await nextPrompt(page);
    if (await done(prompt)) return prompt;
    if (prompt === 'privacy') await takeDevice(page);
    else if (prompt === 'choose')
      await act(page, () => page.getByTestId('event-choice').getByRole('button').first().click());
    else if (prompt === 'act') await act(page, () => page.getByTestId('pass').click());
    else return prompt;
  }
  throw new Error('the game never got there');
}

describe('the board in Russian', { timeout: 120_000 }, () => {
  it('switches the start screen to Russian and remembers it', async () => {
    await page.goto(suite.app.url);
    await page.getByTestId('language').selectOption('ru');
    await expect.poll(() => page.locator('h1').first().innerText()).toBe(ru.app.title);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.reload();
    await expect.poll(() => page.locator('h1').first().innerText()).toBe(ru.app.title);
    const text = await bodyText();
    expect(text).toContain(textIn(SCENARIOS['autumn-2016']!.title, 'ru'));
    expect(text).toContain(ru.start.start);
    expect(english(text)).toEqual([]);
  });

  it('plays in Russian: privacy screen, map, event card, panel and log', async () => {
    for (const p of ['russia', 'china', 'afghanistan']) await page.getByTestId(`seat-${p}`).selectOption('bot:random');
    await page.locator('details.options summary').click();
    await page.getByTestId('seed').fill('2016');
    await page.getByTestId('start-speed').selectOption('fast');
    await page.getByTestId('start-game').click();
    expect(await nextPrompt(page)).toBe('privacy');
    expect(await page.getByTestId('privacy').innerText()).toContain('Передайте устройство игроку за');
    await takeDevice(page);
    expect(await page.getByTestId('round').innerText()).toMatch(new RegExp(`^Раунд \\d+/${ROUNDS}$`));
    expect(await page.locator('[data-region="khatlon"] .card-name').textContent()).toBe('Хатлон');
    const title = await page.getByTestId('event-card').locator('h3').innerText();
    expect(SCENARIOS['autumn-2016']!.events.map((e) => textIn(e.title, 'ru'))).toContain(title);

    // An operation in Russian: aid of size 2 in a possible region, priced, logged in Russian.
    await playUntil(async (p) => p === 'act');
    await page.getByTestId('kind-aid').click();
    expect(await page.getByTestId('turn').innerText()).toContain(ru.turn.pickTarget);
    expect(await page.getByTestId('turn').innerText()).toContain(ru.turn.oneOperation);
    await page.getByTestId('size-up').click();
    await page.locator('[data-target="legal"]').first().click();
    expect(await page.getByTestId('preview').innerText()).toContain('Стоимость:');
    await act(page, () => page.getByTestId('confirm').click());
    // The device may pass on at once: the line is read on the next board shown.
    await playUntil(
      async (p) =>
        p !== 'privacy' &&
        (await logLines(page)).some((l) => / оказывает помощь размера 2 | вкладывает средства .*размер 2/.test(l)),
    );

    // On to a board where the computers' moves are in the log, with their reasons.
    await playUntil(
      async (p) => p !== 'privacy' && (await logLines(page)).some((l) => l.includes('(компьютер) решает:')),
    );
    expect(await bodyText()).not.toMatch(/\{\{|\}\}/);
    expect(english(await page.getByTestId('log').innerText())).toEqual([]);
    // Everything in the panel but the source lines, which quote the (English) article as it is.
    const panel = (await page.evaluate(
      `(() => { const a = document.querySelector('aside'); let t = a.innerText; a.querySelectorAll('.source').forEach((e) => { t = t.replace(e.innerText, ''); }); return t; })()`,
    )) as string;
    expect(english(panel)).toEqual([]);
    const found = await axeScan(page);
    expect(blocking(found), listViolations(found)).toEqual([]);
  });

  it('switches back to English at once, log included', async () => {
    await page.getByTestId('language').selectOption('en');
    await expect.poll(() => page.getByTestId('round').innerText()).toMatch(new RegExp(`^Round \\d+ of ${ROUNDS}$`));
    const lines = await logLines(page);
    expect(lines.some((l) => / \(computer\) chose /.test(l))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/[а-яё]/i);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('logged no console error and no page error', () => {
    expect(w.errors).toEqual([]);
  });
});
