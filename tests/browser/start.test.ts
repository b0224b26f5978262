/**
 * A teacher's start, in real Chromium: the tutorial suggested on a first visit (and not again once
 * dismissed or played), the lesson clock on every scenario card (the engine's estimate), who plays (a
 * class, one student against the computer), the computer levels by plain names in English and Russian,
 * and the rulebook, the scenario format and the teacher notes opened in the app. axe scans the start
 * page, the viewer and the confirm dialog. Any console or page error fails the run.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { lessonEstimate } from '../../game/lesson.ts';
import { SCENARIOS, SCENARIO_IDS } from '../../game/scenarios/index.ts';
import { axeScan, blocking, listViolations } from './axe.ts';
import { watchedPage, type Watched } from './harness.ts';
import { browserSuite } from './suite.ts';

const suite = browserSuite();
const pages: Watched[] = [];

async function fresh(viewport = { width: 1280, height: 800 }) {
  const w = await watchedPage(suite.browser, viewport);
  pages.push(w);
  await w.page.goto(suite.app.url);
  await w.page.getByTestId('start').waitFor();
  return w;
}

afterAll(() => {
  const errors = pages.flatMap((w) => w.errors);
  expect(errors).toEqual([]);
});

describe('the start page', { timeout: 120_000 }, () => {
  it('suggests the tutorial on a first visit, and remembers once it is dismissed', async () => {
    const { page } = await fresh();
    const card = page.getByTestId('first-visit');
    await card.waitFor();
    expect(await card.innerText()).toContain('Start with the tutorial');
    const found = blocking(await axeScan(page));
    expect(found, listViolations(found)).toEqual([]);
    await page.getByTestId('dismiss-first-visit').click();
    await expect.poll(() => card.count()).toBe(0);
    await page.reload();
    await page.getByTestId('start-game').waitFor();
    expect(await page.getByTestId('first-visit').count()).toBe(0);
  });

  it('starts the tutorial from the first-visit card, and does not suggest it again', async () => {
    const { page } = await fresh();
    await page.getByTestId('play-tutorial').click();
    await page.getByTestId('privacy').waitFor();
    // The game is saved once its first screen has been drawn.
    const stored = () => page.evaluate(() => localStorage.getItem('roof-of-the-world.save'));
    await expect.poll(async () => JSON.parse((await stored()) ?? '{}').record?.scenario.id).toBe('tutorial');
    await page.goto(suite.app.url);
    await page.getByTestId('resume').waitFor();
    expect(await page.getByTestId('first-visit').count()).toBe(0);
  });

  it('shows the lesson clock of every scenario on its card, as the engine estimates it', async () => {
    const { page } = await fresh();
    for (const id of SCENARIO_IDS) {
      const minutes = lessonEstimate(SCENARIOS[id]!).minutes;
      const clock = page.getByTestId(`card-${id}`).getByTestId('lesson-clock');
      expect(await clock.innerText()).toBe(`about ${minutes} min`);
    }
    expect(await page.getByTestId('lesson-clock').count()).toBe(SCENARIO_IDS.length);
  });

  it('sets the seats for a class or for one student, and names the levels plainly in both languages', async () => {
    const { page } = await fresh();
    const seat = (p: string) => page.getByTestId(`seat-${p}`);
    for (const p of ['russia', 'china', 'tajikistan', 'pakistan', 'afghanistan'])
      expect(await seat(p).inputValue()).toBe('human');
    await page.getByTestId('who-solo').check();
    await page.getByTestId('solo-power').selectOption('pakistan');
    await page.getByTestId('solo-level').selectOption('planner');
    expect(await seat('pakistan').inputValue()).toBe('human');
    for (const p of ['russia', 'china', 'tajikistan', 'afghanistan'])
      expect(await seat(p).inputValue()).toBe('bot:planner');
    const labels = await seat('russia').locator('option').allInnerTexts();
    expect(labels).toContain('Computer — easy');
    expect(labels).toContain('Computer — hard');
    expect(labels.join('\n')).not.toMatch(/lookahead|Greedy|futures/);
    await page.getByTestId('who-class').check();
    expect(await seat('russia').inputValue()).toBe('human');
    // Changing one seat by hand is "choose each seat".
    await seat('china').selectOption('bot:novice');
    expect(await page.getByTestId('who-each').isChecked()).toBe(true);
    await page.getByTestId('language').selectOption('ru');
    const ru = await seat('russia').locator('option').allInnerTexts();
    expect(ru).toContain('Компьютер — лёгкий');
    expect(ru.join('\n')).not.toMatch(/[A-Za-z]/);
    expect(await page.getByTestId('who').innerText()).toContain('Класс: пять групп');
  });

  it('opens the rulebook, the scenario format and the teacher notes in the app', async () => {
    const { page } = await fresh();
    await page.getByTestId('doc-rules').click();
    const viewer = page.getByTestId('doc-viewer');
    await viewer.waitFor();
    await expect.poll(() => viewer.locator('article h1').first().innerText()).toContain('the rules');
    const found = blocking(await axeScan(page));
    expect(found, listViolations(found)).toEqual([]);
    await page.getByTestId('doc-close').click();
    await expect.poll(() => viewer.count()).toBe(0);
    expect(new URL(page.url()).hash).toBe('');

    // The teacher tools' "docs/scenarios.md" is a link that opens the format in the viewer.
    await page.getByTestId('teacher-tools').getByRole('link', { name: 'docs/scenarios.md' }).click();
    await expect.poll(() => viewer.getAttribute('data-doc')).toBe('scenarios');
    await expect.poll(() => viewer.locator('article').innerText()).toContain('Start from an example');
    // Its table of contents scrolls within the document, the viewer stays open.
    await viewer.getByRole('link', { name: 'Check a file' }).click();
    expect(await viewer.getAttribute('data-doc')).toBe('scenarios');
    await page.keyboard.press('Escape');
    await expect.poll(() => viewer.count()).toBe(0);

    await page.getByTestId('notes-autumn-2016').click();
    const notes = page.getByTestId('doc-viewer').getByTestId('scenario-notes');
    await notes.waitFor();
    const q = SCENARIOS['autumn-2016']!.teacherNotes.questions[0]!;
    expect(await notes.innerText()).toContain(typeof q === 'string' ? q : q.en);
    // An address with a document opens it on load (a bookmark, a link from elsewhere).
    await page.goto(`${suite.app.url}#/docs/rules`);
    await page.getByTestId('doc-viewer').waitFor();
  });

  it('fits a phone: no sideways scrolling on the start page', async () => {
    const { page } = await fresh({ width: 390, height: 844 });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(wide).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'node_modules/.cache/rotw-shots/start-390.png', fullPage: true });
  });
});
