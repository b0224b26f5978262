/**
 * "What if?" in real Chromium: from the debrief of a finished game, a student picks a decision and
 * another move, plays both branches out on Web Workers and reads the two spreads side by side; the
 * figures on the page are exactly those the engine computes in Node for the same position, moves and
 * seed (so the workers split and seed the run right). A long run can be cancelled, and its progress bar
 * moves while it runs (the page keeps drawing). Mid-game, from the replay of a game still being played:
 * the panel says the agendas stay secret, and its figures are those of the *spectator's* position (the
 * hidden agendas drawn, never the real ones). axe-core finds nothing blocking; no console errors.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getBot } from '../../game/ai/index.ts';
import { POWERS, POWER_NAMES, byPower, getScenario, replay, textIn, type GameRecord } from '../../game/index.ts';
import { summarize } from '../../game/whatif-summary.ts';
import { alternatives, branchPlayouts, positionFor } from '../../game/whatif.ts';
import { num, pct } from '../../ui/whatif/strings.ts';
import { playRecorded } from '../scenarios/play.ts';
import { axeScan, blocking, listViolations } from './axe.ts';
import { nextPrompt, takeDevice } from './driver.ts';
import { ROOT, type Watched } from './harness.ts';
import { TAJIK_SEATS, debriefOfFinished, pageWithSave, recordAtTajikTurn } from './saved.ts';
import { browserSuite } from './suite.ts';

const suite = browserSuite();
const pages: Watched[] = [];
const SHOTS = process.env.SHOTS_DIR ?? join(ROOT, 'node_modules/.cache/rotw-shots');
mkdirSync(SHOTS, { recursive: true });

const finished = playRecorded(getScenario('autumn-2016')!, 'whatif-browser', getBot('planner')!);

/** The figures the engine computes for the panel's run: the same position, moves, seed and bots. */
function expected(record: GameRecord, index: number, alt: number, playouts: number) {
  const r = replay(record);
  if (!r.ok) throw new Error('no replay');
  const before = r.value[index]!;
  const { power, move } = record.moves[index]!;
  const position = positionFor(r.value, index, null);
  const bots = byPower(() => getBot('novice')!);
  const run = (m: typeof move) => {
    const out = branchPlayouts(position, power, m, { seed: `whatif/${index}`, count: playouts, bots });
    if (!out.ok) throw new Error(out.error);
    return summarize(out.value);
  };
  return { actual: run(move), alternative: run(alternatives(before, power, move)[alt]!) };
}

/** The win rates the panel shows, as played and in the other branch. */
async function shownWins(page: Page): Promise<{ actual: string[]; alternative: string[] }> {
  const table = page.getByTestId('whatif-table');
  return {
    actual: await table.locator('[data-figure="wins-actual"]').allInnerTexts(),
    alternative: await table.locator('[data-figure="wins-alternative"]').allInnerTexts(),
  };
}

async function expectAccessible(page: Page, screen: string): Promise<void> {
  const found = blocking(await axeScan(page));
  expect(found, `${screen}:\n${listViolations(found)}`).toEqual([]);
}

describe('what if? in the debrief of a finished game', { timeout: 180_000 }, () => {
  let page: Page;

  it('plays both branches out and shows the figures the engine computes for them', async () => {
    const w = await debriefOfFinished(suite.browser, suite.app.url, finished.record);
    pages.push(w);
    page = w.page;
    const panel = page.getByTestId('whatif');
    await panel.waitFor();
    expect(await page.getByTestId('whatif-note').innerText()).toContain(
      'every playout uses the agendas that were dealt',
    );
    const decision = page.getByTestId('whatif-decision');
    const options = await decision
      .locator('option')
      .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    const index = Number(options[4]);
    await decision.selectOption(String(index));
    await page.getByTestId('whatif-alternative').selectOption('1');
    await page.getByTestId('whatif-playouts').selectOption('200');
    await page.getByTestId('whatif-run').click();
    await page.getByTestId('whatif-results').waitFor({ timeout: 120_000 });
    const timing = page.getByTestId('whatif-timing');
    expect(await timing.getAttribute('data-playouts')).toBe('400');

    const want = expected(finished.record, index, 1, 200);
    expect(await shownWins(page)).toEqual({
      actual: POWERS.map((p) => pct(want.actual.winRate[p], 'en')),
      alternative: POWERS.map((p) => pct(want.alternative.winRate[p], 'en')),
    });
    const crisis = await page.locator('[data-row="crisis"] td').allInnerTexts();
    expect(crisis).toEqual([pct(want.actual.crisisRate, 'en'), pct(want.alternative.crisisRate, 'en')]);
    const tension = await page.locator('[data-row="peak-tension"] td').allInnerTexts();
    expect(tension).toEqual([num(want.actual.peakTension.mean, 'en'), num(want.alternative.peakTension.mean, 'en')]);
    expect(await page.getByTestId('whatif-histogram').count()).toBe(POWERS.length);
    const verdict = await page.getByTestId('whatif-verdict').innerText();
    const mover = finished.record.moves[index]!.power;
    expect(verdict).toContain(`Had ${POWER_NAMES[mover]} chosen`);
    await page.getByTestId('whatif').screenshot({ path: join(SHOTS, 'whatif-finished.png') });
    await expectAccessible(page, 'debrief with what if');
  });

  it('can be cancelled mid-run, its progress bar moving meanwhile, and run again', async () => {
    await page.getByTestId('whatif-playouts').selectOption('5000');
    await page.getByTestId('whatif-run').click();
    const bar = page.getByTestId('whatif-progress');
    await bar.waitFor();
    const value = async () => Number(await bar.getAttribute('value'));
    await expect.poll(value, { timeout: 60_000 }).toBeGreaterThan(0);
    const first = await value();
    await expect.poll(value, { timeout: 60_000 }).toBeGreaterThan(first);
    expect(await bar.getAttribute('max')).toBe('10000');
    await page.getByTestId('whatif-cancel').click();
    await page.getByTestId('whatif-cancelled').waitFor();
    expect(await page.getByTestId('whatif-results').count()).toBe(0);
    expect(await page.getByTestId('whatif').getAttribute('data-phase')).toBe('cancelled');
    await page.getByTestId('whatif-playouts').selectOption('200');
    await page.getByTestId('whatif-run').click();
    await page.getByTestId('whatif-results').waitFor({ timeout: 120_000 });
  });
});

describe('what if? from the replay of a game still being played', { timeout: 180_000 }, () => {
  it('keeps the agendas secret: the figures are those of the spectator’s position, agendas drawn', async () => {
    const live = recordAtTajikTurn();
    const w = await pageWithSave(suite.browser, suite.app.url, live, TAJIK_SEATS);
    pages.push(w);
    const { page } = w;
    await page.getByTestId('resume').click();
    expect(await nextPrompt(page)).toBe('privacy');
    await takeDevice(page);
    await page.getByTestId('open-debrief').click();
    await page.getByTestId('debrief-page').waitFor();
    await page.getByTestId('show-replay').click();
    await page.getByTestId('replay').waitFor();
    const open = page.getByTestId('whatif-open');
    for (let i = 0; i < 12 && !(await open.count()); i++) await page.getByTestId('replay-forward').click();
    await open.click();
    const panel = page.getByTestId('whatif');
    await panel.waitFor();
    expect(await page.getByTestId('whatif-note').innerText()).toContain('the secret agendas stay secret');
    const index = Number(await page.getByTestId('whatif-decision').inputValue());
    expect(Number((await page.getByTestId('replay-step').innerText()).match(/Step (\d+)/)![1])).toBe(index + 1);
    await page.getByTestId('whatif-playouts').selectOption('200');
    await page.getByTestId('whatif-run').click();
    await page.getByTestId('whatif-results').waitFor({ timeout: 120_000 });

    const want = expected(live, index, 0, 200);
    expect(await shownWins(page)).toEqual({
      actual: POWERS.map((p) => pct(want.actual.winRate[p], 'en')),
      alternative: POWERS.map((p) => pct(want.alternative.winRate[p], 'en')),
    });
    const agendas = getScenario('autumn-2016')!.agendas.map((a) => textIn(a.title, 'en'));
    const text = await page.getByTestId('debrief-screen').innerText();
    for (const title of agendas) expect(text).not.toContain(title);
    await panel.screenshot({ path: join(SHOTS, 'whatif-midgame.png') });
    await expectAccessible(page, 'replay with what if');
    await page.getByTestId('whatif-close').click();
    expect(await panel.count()).toBe(0);
  });
});

describe('console', () => {
  it('has no errors on any page', () => {
    expect(pages.flatMap((p) => p.errors)).toEqual([]);
  });
});
