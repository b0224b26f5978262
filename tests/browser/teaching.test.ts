/**
 * Teaching in real Chromium: the whole tutorial walked by five groups (every prompt shown, every mark
 * highlighted where it appears); a teacher's own scenario (a bad file dropped on the page lists its
 * problems by field, a good one starts a game that survives a reload); the debrief of a finished game
 * (charts drawn, their tables, turning points, the article's argument and timeline, printing, JSON and
 * CSV downloads); the downloaded game imported again (same final scores) and replayed step by step on
 * the map; a forged game file refused with nothing lost; and the teacher's debrief in the middle of a
 * game, which gives no secret away. axe-core runs on the loader, the debrief and the replay. Any
 * console error or page error fails the run.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getBot } from '../../game/ai/index.ts';
import {
  CSV_COLUMNS,
  POWERS,
  TUTORIAL_MARKS,
  exportJson,
  getScenario,
  textIn,
  type TutorialStep,
} from '../../game/index.ts';
import { SAVE_KEY } from '../../src/app/storage.ts';
import { QUESTIONS, TIMELINE } from '../../ui/debrief/argument.ts';
import { playRecorded } from '../scenarios/play.ts';
import { axeScan, blocking, listViolations } from './axe.ts';
import {
  act,
  chooseKind,
  nextPrompt,
  pickRegion,
  setDoor,
  setSize,
  startGame,
  takeDevice,
  viewer,
  type Kind,
  wholeBoard,
} from './driver.ts';
import { ROOT, watchedPage, type Watched } from './harness.ts';
import { browserSuite } from './suite.ts';
import { COMPUTER_SEATS, debriefOfFinished, pageWithSave } from './saved.ts';

const SHOTS = `${ROOT}/node_modules/.cache/rotw-shots`;

const suite = browserSuite();
const tutorial = getScenario('tutorial')!;

/** A screenshot for a person to look at (node_modules/.cache/rotw-shots/). */
async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}
const pages: Watched[] = [];

/** A fresh page on the start screen (its own storage). */
async function freshPage(): Promise<Page> {
  const w = await watchedPage(suite.browser);
  pages.push(w);
  await w.page.goto(suite.app.url);
  await w.page.getByTestId('start').waitFor();
  return w.page;
}

/** No serious or critical axe violation on the page as it is now. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  const found = blocking(await axeScan(page));
  expect(found, `${screen}:\n${listViolations(found)}`).toEqual([]);
}

/** How many pixels of a chart's canvas are painted. */
function paintedPixels(page: Page, chart: string): Promise<number> {
  return page.evaluate(`(() => {
    const c = document.querySelector('[data-testid="${chart}"] canvas');
    if (!c || !c.width || !c.height) return 0;
    const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < px.length; i += 4) if (px[i] !== 0) n++;
    return n;
  })()`);
}

/** Give a file input (or a drop zone, with `drop`) a file made of `text`. */
async function giveFile(page: Page, testId: string, name: string, text: string, drop = false): Promise<void> {
  if (!drop) {
    await page.getByTestId(testId).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    return;
  }
  const data = await page.evaluateHandle(
    ([n, t]) => {
      const d = new DataTransfer();
      d.items.add(new File([t!], n!, { type: 'application/json' }));
      return d;
    },
    [name, text],
  );
  await page.getByTestId(`${testId}-drop`).dispatchEvent('drop', { dataTransfer: data });
}

/** A finished game of Autumn 2016, computers in every seat: its record and the exported file. */
const finished = playRecorded(getScenario('autumn-2016')!, 'teaching', getBot('random')!);
let downloaded = '';

/** The tutorial's prompts for one power's decision in a round: the round's own, then the power's. */
function stepsFor(round: number, power: string): TutorialStep[] {
  return tutorial.tutorial!.filter((t) => t.round === round && (t.power === undefined || t.power === power));
}

/** Do, through the panel, the operation a power's prompts ask for (a door first, where asked). */
async function followPrompts(page: Page, steps: TutorialStep[]): Promise<string> {
  const door = steps.find((t) => t.action === 'door');
  if (door) await setDoor(page, 'china', '2');
  const op = steps.find((t) => t.power !== undefined && t.action !== undefined && t.action !== 'door');
  if (!op) throw new Error(`no operation prompt in ${JSON.stringify(steps)}`);
  const kind = op.action!;
  if (kind === 'coalition') {
    await chooseKind(page, 'coalition');
    const join = page.locator('[data-testid^="join-"][data-legal="true"]');
    if (op.power === 'afghanistan') await join.first().click();
    else for (const p of ['tajikistan', 'pakistan']) await page.getByTestId(`invite-${p}`).check();
  } else {
    await chooseKind(page, kind as Kind);
    if (op.region) await pickRegion(page, op.region);
    if (kind === 'aid' || kind === 'exercise') await setSize(page, 9);
  }
  await act(page, () => page.getByTestId('confirm').click());
  return kind;
}

describe('the tutorial', { timeout: 180_000 }, () => {
  it('walks all five groups through every operation, pointing at each mark on the board, to the end', async () => {
    const page = await freshPage();
    await startGame(page, { scenario: 'tutorial', seats: {}, seed: '7', speed: 'fast' });
    const box = page.getByTestId('tutorial');
    const done: string[] = [];
    const pointed = new Set<string>();
    for (let prompt = await nextPrompt(page); prompt !== 'end'; prompt = await nextPrompt(page)) {
      if (prompt === 'privacy') {
        await takeDevice(page);
        continue;
      }
      expect(prompt).toBe('act');
      const power = await viewer(page);
      const round = Number(await page.getByTestId('board').getAttribute('data-round'));
      const steps = stepsFor(round, power);
      // Every prompt for this decision is on the board, in the player's words.
      await expect.poll(() => box.innerText()).toContain(textIn(steps.at(-1)!.prompt, 'en').slice(0, 40));
      for (const t of steps) expect(await box.innerText()).toContain(textIn(t.prompt, 'en').slice(0, 40));
      // The mark the prompts explain is highlighted where it appears, and named in the box.
      const mark = [...steps].reverse().find((t) => t.point)?.point;
      if (mark) {
        expect(await page.getByTestId('tutorial-look').getAttribute('data-mark')).toBe(mark);
        const ringed = page.locator(`[data-tutorial-point="${mark}"]`);
        await expect.poll(() => ringed.count()).toBeGreaterThan(0);
        expect(await ringed.first().isVisible()).toBe(true);
        pointed.add(mark);
        if (round === 1 && power === 'pakistan') await shoot(page, 'tutorial-threat');
        if (round === 2 && power === 'china') await shoot(page, 'tutorial-blocs');
      }
      const region = steps.find((t) => t.region)?.region;
      if (region) expect(await page.locator(`[data-region="${region}"] .hint-mark`).count()).toBe(1);
      done.push(`${round} ${power} ${await followPrompts(page, steps)}`);
    }
    // Two rounds, every group acting in each; every operation tried; every mark pointed at.
    expect(done).toHaveLength(2 * POWERS.length);
    for (const kind of ['aid', 'base', 'exercise', 'coalition', 'special'])
      expect(done.some((d) => d.endsWith(kind))).toBe(true);
    expect(pointed).toEqual(new Set(TUTORIAL_MARKS));
    expect(await page.locator('[data-tutorial-point]').count()).toBe(0);
    const log = await page.getByTestId('end').innerText();
    expect(log.length).toBeGreaterThan(0);
  });
});

describe('a teacher’s own scenario', { timeout: 90_000 }, () => {
  const tiny = JSON.parse(readFileSync(`${ROOT}/tests/fixtures/tiny.json`, 'utf8'));
  tiny.title = 'Our class scenario';

  it('a bad file dropped on the page lists its problems by field; a good one starts a game that survives a reload', async () => {
    const page = await freshPage();
    const broken = structuredClone(tiny);
    broken.rounds = 'seven';
    broken.regions[0].threatGrowth = 5;
    delete broken.history;
    await giveFile(page, 'scenario-file', 'broken.json', JSON.stringify(broken), true);
    const problems = page.getByTestId('scenario-problems');
    await problems.waitFor();
    const paths = await problems.locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-path')));
    expect(paths).toEqual(expect.arrayContaining(['rounds', 'regions.0.threatGrowth', 'history']));
    expect(await problems.innerText()).toMatch(/history: missing/);
    await expectAccessible(page, 'start screen, loader with problems');

    await giveFile(page, 'scenario-file', 'ours.json', JSON.stringify(tiny));
    await page.getByTestId('scenario-ok').getByRole('button', { name: 'Play this scenario' }).click();
    const custom = page.getByTestId('custom-scenario');
    await expect.poll(() => custom.locator('input').isChecked()).toBe(true);
    expect(await custom.innerText()).toContain('Our class scenario');
    await startGame(page, {
      seats: { china: 'bot:random', tajikistan: 'bot:random', pakistan: 'bot:random', afghanistan: 'bot:random' },
      seed: '3',
      speed: 'fast',
    });
    expect(await nextPrompt(page)).toBe('privacy');
    await takeDevice(page);
    expect(await page.getByTestId('round').innerText()).toBe('Round 1 of 3');
    expect(await page.locator('svg [data-region]').count()).toBe(tiny.regions.length);

    await page.reload();
    await page.getByTestId('resume-box').waitFor();
    expect(await page.getByTestId('resume-box').innerText()).toContain('Our class scenario');
    await page.getByTestId('resume').click();
    expect(await nextPrompt(page)).toBe('privacy');
    await takeDevice(page);
    expect(await page.locator('svg [data-region]').count()).toBe(tiny.regions.length);
  });
});

describe('the debrief of a finished game', { timeout: 90_000 }, () => {
  let page: Page;

  it('draws the charts with their tables, turning points, the map and the questions, and prints without its buttons', async () => {
    const w = await debriefOfFinished(suite.browser, suite.app.url, finished.record);
    pages.push(w);
    page = w.page;
    await page.getByTestId('debrief-page').waitFor();
    for (const chart of ['chart-influence', 'chart-score']) {
      await expect.poll(() => paintedPixels(page, chart)).toBeGreaterThan(2000);
      expect(await page.getByTestId(chart).locator('table thead th').count()).toBe(POWERS.length + 1);
    }
    const influenceRows = page.getByTestId('chart-influence').locator('table tbody tr');
    expect(await influenceRows.count()).toBe(finished.final.round + 1);
    const lastScores = await page
      .getByTestId('chart-score')
      .locator('table tbody tr')
      .last()
      .locator('th, td')
      .allTextContents();
    // The last round's point (the end position, when the game ended before the round was scored), then
    // "Final" only when the secret agendas (scored at the end) changed the scores.
    const end = finished.final;
    const snap = end.history.at(-1)!;
    const [round, banked] = snap.round < end.round ? [end.round, end.vp] : [snap.round, snap.scores];
    const changed = POWERS.some((p) => banked[p] !== end.result!.scores[p]);
    expect(lastScores).toEqual([
      changed ? 'Final' : String(round),
      ...POWERS.map((p) => String(finished.final.result!.scores[p])),
    ]);
    const title = page.getByTestId('chart-influence').locator('figcaption');
    await page.getByTestId('debrief-region').selectOption('gbao');
    await expect.poll(() => title.innerText()).toContain('Gorno-Badakhshan');
    expect(await page.getByTestId('turning-points').locator(':scope > li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('final-map').locator('tbody tr').count()).toBe(12);
    expect(await page.getByTestId('debrief-comparison').innerText()).toMatch(
      /The source has Russia as the leading power|As the source has it/,
    );
    const questions = finished.final.scenario.teacherNotes.questions.map((q) => textIn(q, 'en'));
    expect(await page.getByTestId('debrief-questions').locator('li').allInnerTexts()).toEqual(questions);
    for (const p of POWERS) {
      const cell = page.getByTestId('debrief-scores').locator(`[data-power="${p}"]`);
      expect(Number.parseInt(await cell.innerText(), 10)).toBe(finished.final.result!.scores[p]);
    }
    // The article's argument and its timeline, every quote with its line; after 2016 marked as background.
    const argument = page.getByTestId('article-argument');
    expect(await argument.locator('[data-question]').count()).toBe(QUESTIONS.length);
    expect(await argument.locator('q[data-line]').count()).toBe(QUESTIONS.flatMap((q) => q.quotes).length);
    expect(await page.getByTestId('hedges').innerText()).toMatch(/could[\s\S]*almost certainly[\s\S]*presumably/);
    expect(await page.getByTestId('timeline').locator('[data-moment]').count()).toBe(TIMELINE.length);
    expect(await page.getByTestId('after-2016').innerText()).toContain('not from the article');
    await argument.scrollIntoViewIfNeeded();
    await shoot(page, 'debrief-argument');
    await expectAccessible(page, 'debrief');

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('export-json').isVisible()).toBe(false);
    expect(await page.getByTestId('debrief-back').isVisible()).toBe(false);
    expect(await page.getByTestId('chart-score').locator('canvas').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('downloads the game as JSON (the record itself) and the moves as CSV', async () => {
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    expect(json.suggestedFilename()).toBe('autumn-2016-seed-teaching.json');
    downloaded = readFileSync(await json.path(), 'utf8');
    expect(downloaded).toBe(exportJson(finished.record));
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const lines = readFileSync(await csv.path(), 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines.length).toBeGreaterThan(finished.record.moves.length);
  });

  it('replays the game on the map, a step forward and back', async () => {
    await page.getByTestId('open-replay').click();
    await page.getByTestId('replay').waitFor();
    // The country shapes arrive after the first frame: compare maps only once they are drawn.
    await page.locator('[data-testid="replay"] svg.map g.countries path').first().waitFor();
    const step = page.getByTestId('replay-step');
    // The map as the step draws it: a card that just changed pulses for 1.4 s (` is-changed`), which
    // depends on how fast the steps were clicked, not on the step.
    const map = async () =>
      (await page.locator('[data-testid="replay"] svg.map').innerHTML()).replaceAll(' is-changed', '');
    expect(await step.innerText()).toBe(`Step 0 of ${finished.record.moves.length}`);
    const start = await map();
    for (let i = 0; i < 3; i++) await page.getByTestId('replay-forward').click();
    expect(await step.innerText()).toBe(`Step 3 of ${finished.record.moves.length}`);
    const later = await map();
    expect(later).not.toBe(start);
    await page.getByTestId('replay-back').click();
    expect(await step.innerText()).toBe(`Step 2 of ${finished.record.moves.length}`);
    await page.keyboard.press('ArrowRight');
    expect(await step.innerText()).toBe(`Step 3 of ${finished.record.moves.length}`);
    expect(await map()).toBe(later);
    await page.getByTestId('replay-round').selectOption('2');
    expect(await page.getByTestId('replay-log').innerText()).not.toBe('');
    await expectAccessible(page, 'replay');
    await page.getByTestId('debrief-back').click();
    await page.getByTestId('end').waitFor();
  });
});

describe('importing a game file', { timeout: 90_000 }, () => {
  it('opens the downloaded game with the same final scores, and replays it', async () => {
    expect(downloaded).not.toBe('');
    const page = await freshPage();
    await giveFile(page, 'game-file', 'autumn-2016-seed-teaching.json', downloaded);
    await page.getByTestId('debrief-page').waitFor();
    for (const p of POWERS) {
      const cell = page.getByTestId('debrief-scores').locator(`[data-power="${p}"]`);
      expect(Number.parseInt(await cell.innerText(), 10)).toBe(finished.final.result!.scores[p]);
    }
    await page.getByTestId('show-replay').click();
    await page.getByTestId('replay-forward').click();
    expect(await page.getByTestId('replay-step').innerText()).toBe(`Step 1 of ${finished.record.moves.length}`);
    await page.getByTestId('debrief-back').click();
    await page.getByTestId('start').waitFor();
  });

  it('refuses a corrupted or forged file with the problem named, and keeps the saved game', async () => {
    const w = await pageWithSave(suite.browser, suite.app.url, finished.record, COMPUTER_SEATS);
    pages.push(w);
    const { page } = w;
    await page.getByTestId('resume-box').waitFor();
    const save = await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY);
    const problems = page.getByTestId('game-problems');

    await giveFile(page, 'game-file', 'cut.json', downloaded.slice(0, 500));
    await expect.poll(() => problems.innerText()).toMatch(/cut\.json cannot be opened[\s\S]*not valid JSON/);

    const forged = JSON.parse(downloaded);
    const at = forged.moves.findIndex((m: { move: { kind: string } }) => m.move.kind === 'aid');
    forged.moves[at].move.region = 'xinjiang';
    forged.moves[at].power = 'afghanistan';
    await giveFile(page, 'game-file', 'forged.json', JSON.stringify(forged));
    await expect.poll(() => problems.locator('li').first().getAttribute('data-path')).toBe(`moves.${at}`);

    await giveFile(page, 'game-file', 'a-scenario.json', JSON.stringify(finished.record.scenario));
    await expect.poll(() => problems.innerText()).toContain('This file is a scenario, not a game');

    expect(await page.getByTestId('start').isVisible()).toBe(true);
    expect(await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).toBe(save);
    await page.getByTestId('resume').click();
    await page.getByTestId('end').waitFor();
  });
});

describe('the teacher’s debrief during a game', { timeout: 90_000 }, () => {
  it('shows the game so far with nothing secret, then goes back to the board', async () => {
    const page = await freshPage();
    await startGame(page, {
      scenario: 'autumn-2016',
      seats: { russia: 'bot:random', china: 'bot:random', pakistan: 'bot:random', afghanistan: 'bot:random' },
      seed: '21',
      speed: 'fast',
    });
    expect(await nextPrompt(page)).toBe('privacy');
    await takeDevice(page);
    const moves = await page.getByTestId('board').getAttribute('data-moves');
    await page.getByTestId('open-debrief').click();
    await page.getByTestId('debrief-page').waitFor();
    expect(await page.getByTestId('debrief-so-far').innerText()).toMatch(
      new RegExp(`round 1 of ${getScenario('autumn-2016')!.rounds}`),
    );
    expect(await page.getByTestId('export-json').count()).toBe(0);
    expect(await page.getByTestId('export-csv').count()).toBe(1);
    expect(await page.getByTestId('debrief-secret').isVisible()).toBe(true);
    expect(await page.getByTestId('debrief-scores').count()).toBe(0);
    const agendas = getScenario('autumn-2016')!.agendas.map((a) => textIn(a.title, 'en'));
    const text = await page.getByTestId('debrief-screen').innerText();
    for (const title of agendas) expect(text).not.toContain(title);
    await page.getByTestId('show-replay').click();
    await page.getByTestId('replay').waitFor();
    await page.getByTestId('debrief-back').click();
    await wholeBoard(page);
    expect(await page.getByTestId('board').getAttribute('data-moves')).toBe(moves);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('open-debrief');
  });
});

describe('console', () => {
  it('has no errors on any page', () => {
    expect(pages.flatMap((p) => p.errors)).toEqual([]);
  });
});
