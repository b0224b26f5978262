/**
 * The board in Russian, in real Chromium: the language picker switches every screen at once and is
 * remembered after a reload; a hot-seat game shows the privacy screen, the map, the event card (from
 * the scenario file's Russian), the panel and the game log — computer players' reasons included — in
 * Russian, with no English left and no unfilled {{parameter}} — source lines and power codes included;
 * an action taken in Russian is logged in Russian and read out in Russian by the screen-reader
 * announcer; switching back to English re-renders the board in English and the announcer says so in
 * English. The start screen's teacher notes, the rulebook and the end screen (with its own language
 * picker) are checked in Russian too. axe-core checks the Russian board.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS, textIn } from '../../game/index.ts';
import { en } from '../../ui/i18n/en.ts';
import { LANGUAGE_NAMES } from '../../ui/i18n/index.ts';
import { ru } from '../../ui/i18n/ru.ts';
import { axeScan, blocking, listViolations } from './axe.ts';
import { act, answerStartOver, logLines, nextPrompt, takeDevice, type Prompt } from './driver.ts';
import { watchedPage, type Watched } from './harness.ts';
import { browserSuite } from './suite.ts';

const suite = browserSuite();
/** Where the Russian screens are photographed, to look at (not compared). */
const SHOTS = process.env.SHOTS_DIR ?? new URL('../../node_modules/.cache/rotw-shots/', import.meta.url).pathname;
async function shoot(name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `ru-${name}.png`), fullPage: true });
}
const ROUNDS = SCENARIOS['autumn-2016']!.rounds;
let w: Watched;
let page: Page;

beforeAll(async () => {
  w = await watchedPage(suite.browser);
  page = w.page;
}, 120_000);

const bodyText = () => page.evaluate(() => document.body.innerText);
/**
 * Latin words of two letters or more, other than file names, formats, the names of languages and the
 * article's journal (EDM, Eurasia Daily Monitor): what a Russian screen must not show.
 */
const english = (text: string) =>
  (text.replace(/[\w/.-]*\.(json|md|csv)\b/gi, '').match(/[A-Za-z]{2,}/g) ?? []).filter(
    (x) => !/^(JSON|CSV|English|EDM|Eurasia|Daily|Monitor|EN|RU)$/.test(x),
  );
const announced = (which: 'polite' | 'assertive' = 'polite') =>
  page.evaluate((w) => {
    const el = document.querySelector(`[data-testid="announce-${w}"]`) as HTMLElement | null;
    return { text: el?.textContent ?? '', lang: el?.lang ?? '' };
  }, which);

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

  it('shows the teacher notes and sources in Russian, every text tagged', async () => {
    const notes = page.getByTestId('scenario-notes');
    await notes.locator('summary').click();
    const text = await notes.innerText();
    expect(text).toContain(ru.notes.background);
    expect(text).toContain(textIn(SCENARIOS['autumn-2016']!.teacherNotes.background[0]!.text, 'ru'));
    expect(await notes.getByTestId('source').count()).toBeGreaterThan(8);
    expect(text).toContain(ru.event.kind.article);
    expect(text).toContain(ru.event.kind.mechanism);
    expect(english(text)).toEqual([]);
    await shoot('start-notes');
    await notes.locator('summary').click();
  });

  it('shows the rulebook in Russian', async () => {
    await page.getByTestId('open-howto').click();
    const text = await page.getByTestId('howto').innerText();
    expect(text).toContain(ru.rules.heading);
    expect(english(text)).toEqual([]);
    await page.getByTestId('howto-close').click();
  });

  it('opens the printable rulebook in Russian, and says which documents are in English only', async () => {
    await page.getByTestId('doc-rules').click();
    const viewer = page.getByTestId('doc-viewer');
    const article = viewer.locator('article');
    await expect.poll(() => article.locator('h1').first().innerText()).toBe('Крыша мира — правила (Правила 2.0)');
    expect(await article.getAttribute('lang')).toBe('ru');
    expect(await viewer.locator('.doc-lang').count()).toBe(0);
    // Leaving aside code (file names, a field's name) and the article's own English title, not a word of English.
    const prose = await article.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('code').forEach((c) => c.remove());
      return copy.textContent ?? '';
    });
    expect(english(prose.replace(/«Beijing[^»]*»/, ''))).toEqual([]);
    // The teacher's guide holds both languages; the scenario format is in English, and the viewer says so.
    await viewer.getByTestId('doc-tab-teacher').click();
    await expect.poll(() => viewer.getAttribute('data-doc')).toBe('teacher');
    await expect.poll(() => article.innerText()).toContain('урок на 45 минут');
    expect(await viewer.locator('.doc-lang').count()).toBe(0);
    await viewer.getByTestId('doc-tab-scenarios').click();
    await expect.poll(() => viewer.locator('.doc-lang').innerText()).toBe(ru.docViewer.english);
    expect(await article.getAttribute('lang')).toBe('en');
    await page.getByTestId('doc-close').click();
    await expect.poll(() => viewer.count()).toBe(0);
  });

  it('plays in Russian: privacy screen, map, event card, panel and log', async () => {
    for (const p of ['russia', 'china', 'afghanistan']) await page.getByTestId(`seat-${p}`).selectOption('bot:random');
    await page.locator('details.options summary').click();
    await page.getByTestId('seed').fill('2016');
    await page.getByTestId('start-speed').selectOption('fast');
    await page.getByTestId('start-game').click();
    await page.getByTestId('start').waitFor({ state: 'detached' });
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
    // The whole board — map marks (power codes), panel, event card and its source line — and the announcer.
    expect(english(await page.getByTestId('board').innerText())).toEqual([]);
    expect(await page.getByTestId('event-card').getByTestId('source').innerText()).toMatch(/^Источник: /);
    const said = await announced();
    expect(said.lang).toBe('ru');
    expect(said.text).toMatch(/[а-яё]/i);
    expect(english(said.text)).toEqual([]);
    await shoot('board');
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
    // The announcer drops what it held in Russian and says the switch in English.
    await expect.poll(async () => (await announced()).text).toContain('Language: English');
    const said = await announced();
    expect(said.lang).toBe('en');
    expect(said.text).not.toMatch(/[а-яё]/i);
    await page.getByTestId('language').selectOption('ru');
    await expect.poll(async () => (await announced()).text).toContain('Язык: Русский');
  });

  it('ends in Russian, with a language picker on the end screen', async () => {
    await page.goto(suite.app.url);
    await page.getByTestId('start').waitFor();
    // The game the earlier tests left is saved on the device; discarding it asks first.
    if (await page.getByTestId('discard').count()) {
      await page.getByTestId('discard').click();
      await page.getByTestId('confirm-yes').click();
      await expect.poll(() => page.getByTestId('confirm-dialog').count()).toBe(0);
    }
    await page.locator('input[name="scenario"][value="tutorial"]').check();
    for (const p of ['russia', 'china', 'tajikistan', 'pakistan', 'afghanistan'])
      await page.getByTestId(`seat-${p}`).selectOption('bot:random');
    await page.locator('details.options summary').click();
    await page.getByTestId('seed').fill('7');
    await page.getByTestId('start-speed').selectOption('fast');
    await page.getByTestId('start-game').click();
    await answerStartOver(page);
    expect(await nextPrompt(page, 90_000)).toBe('end');
    const end = page.getByTestId('end');
    const text = await end.innerText();
    expect(text).toContain(ru.end.heading);
    expect(await end.getByTestId('source').innerText()).toMatch(/^Источник: EDM 13\/185, строк/);
    expect(english(text)).toEqual([]);
    await shoot('end');
    await end.getByTestId('language').selectOption('en');
    await expect.poll(() => end.locator('h1').innerText()).toBe(en.end.heading);
    expect((await end.innerText()).replace(LANGUAGE_NAMES.ru!, '')).not.toMatch(/[а-яё]/i);
    await end.getByTestId('language').selectOption('ru');
    await expect.poll(() => end.locator('h1').innerText()).toBe(ru.end.heading);
  });

  it('logged no console error and no page error', () => {
    expect(w.errors).toEqual([]);
  });
});
