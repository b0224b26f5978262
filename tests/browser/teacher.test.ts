/**
 * The teacher's kit in real Chromium: opened from the start screen, the lesson plan for each scenario
 * (its phases, its numbers from the scenario, its grading), the power cards printed to PDF on A4 — one
 * page a card, five cards, in English and in Russian — and the guide printed alone (nothing of the start
 * screen in it). axe-core finds nothing serious on the kit; no console error on any page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { POWERS, SCENARIO_IDS, getScenario, textIn } from '../../game/index.ts';
import { axeScan, blocking, listViolations } from './axe.ts';
import { ROOT, watchedPage, type Watched } from './harness.ts';
import { browserSuite } from './suite.ts';

const suite = browserSuite();
const pages: Watched[] = [];
const SHOTS = `${ROOT}/node_modules/.cache/rotw-shots`;

/** The number of pages in a PDF file (its page objects, not the page tree). */
export function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

async function openKit(lang = 'en'): Promise<Page> {
  const w = await watchedPage(suite.browser);
  pages.push(w);
  await w.page.goto(suite.app.url);
  await w.page.getByTestId('start').waitFor();
  if (lang !== 'en') await w.page.getByTestId('start').getByTestId('language').selectOption(lang);
  await w.page.getByTestId('open-teacher-kit').click();
  await w.page.getByTestId('teacher-kit').waitFor();
  return w.page;
}

/** Print the page as Chromium prints it to paper: A4, the page's own @page rules. */
async function printed(page: Page, name: string): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(`${SHOTS}/${name}.pdf`, pdf);
  return pdf;
}

describe('the teacher’s kit', { timeout: 120_000 }, () => {
  it('shows a 45-minute lesson for every scenario, with its numbers and its grading', async () => {
    const page = await openKit();
    const guide = page.getByTestId('teacher-guide');
    for (const id of SCENARIO_IDS) {
      const s = getScenario(id)!;
      await page.getByTestId('kit-scenario').selectOption(id);
      await expect.poll(() => guide.getAttribute('data-scenario')).toBe(id);
      const text = await guide.innerText();
      expect(text).toContain(`${textIn(s.title, 'en')}: a 45-minute lesson`);
      for (const phase of ['Setup (0–5 min)', 'Play (5–35 min)', 'Debrief (35–45 min)']) expect(text).toContain(phase);
      expect(text).toContain(`${s.rounds} rounds; objectives scored at the end of rounds ${s.scoring.join(' and ')}`);
      expect(await page.getByTestId('guide-grading').locator('li').count()).toBe(4);
      expect(text).not.toMatch(/\{\{\w+\}\}/);
    }
    const found = blocking(await axeScan(page));
    expect(found, listViolations(found)).toEqual([]);
    const pdf = await printed(page, 'teacher-guide');
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(4);
  });

  it.each(['en', 'ru'])('prints the five power cards on A4, one page each (%s)', async (lang) => {
    const page = await openKit(lang);
    await page.getByTestId('kit-scenario').selectOption('autumn-2016');
    await page.getByTestId('kit-tab-cards').click();
    const cards = page.getByTestId('power-cards').locator('article');
    expect(await cards.count()).toBe(POWERS.length);
    const s = getScenario('autumn-2016')!;
    for (const p of POWERS) {
      const card = page.getByTestId(`power-card-${p}`);
      expect(await card.getByTestId('card-goals').locator('li').count()).toBe(s.objectives[p].length);
      expect(await card.locator('[data-op]').count()).toBe(5);
      expect(await card.locator('q[data-line]').count()).toBeGreaterThan(0);
      expect(await card.innerText()).toContain(String(s.powers[p].ip));
    }
    if (lang === 'ru') expect(await cards.first().innerText()).toMatch(/Кто вы в 2016 году/);
    await page.screenshot({ path: `${SHOTS}/power-cards-${lang}.png`, fullPage: false });
    const pdf = await printed(page, `power-cards-${lang}`);
    expect(pdfPages(pdf)).toBe(POWERS.length);
  });
});

describe('console', () => {
  it('has no errors on any page', () => {
    expect(pages.flatMap((p) => p.errors)).toEqual([]);
  });
});
