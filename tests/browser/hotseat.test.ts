/**
 * Hot-seat play in real Chromium: Autumn 2016 with Tajikistan and Pakistan at the device and three
 * computer players. Every kind of action is taken through the panel and seen on the map and in the
 * log; the privacy screen goes up between the humans and no other power's agenda is ever in the page;
 * a reload resumes at the same point; the game is played to the end screen. Any console error or
 * page error fails the run. The steps share one page and run in order.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { getScenario } from '../../game/index.ts';
import { en } from '../../ui/i18n/en.ts';
import {
  act,
  answerDefault,
  chooseKind,
  influence,
  legalRegions,
  logLines,
  moves,
  myIp,
  nextPrompt,
  pickRegion,
  startGame,
  takeDevice,
  viewer,
  type Prompt,
} from './driver.ts';
import { watchedPage, type Watched } from './harness.ts';
import { browserSuite } from './suite.ts';

const HUMANS = ['tajikistan', 'pakistan'] as const;
/** A turn's first action leaves the turn open, so its effect can be read before anyone else moves. */
const ACTIONS_PER_TURN = getScenario('autumn-2016')!.rules.actionsPerTurn;
const NAME: Record<string, string> = en.power;
const REASON_TEXTS = Object.values(en.reason);

const suite = browserSuite();
let w: Watched;
let page: Page;
/** Each human's agenda, as its own board showed it. */
const agendas: Record<string, string> = {};
const seen = {
  privacyBetweenHumans: 0,
  computerWhy: false,
  aid: false,
  undo: false,
  exercise: false,
  base: false,
  coalition: false,
  pass: false,
  choice: false,
  illegal: false,
};

beforeAll(async () => {
  w = await watchedPage(suite.browser);
  page = w.page;
}, 120_000);

const other = (p: string) => HUMANS.find((h) => h !== p)!;

/** Text of the whole page, to check what is (not) in it. */
const pageText = () => page.evaluate(() => document.body.innerText);

/** At the privacy screen: nothing secret is shown; take the device and note this power's agenda. */
async function handOver(last: string | null): Promise<string> {
  expect(await page.getByTestId('agenda').count()).toBe(0);
  const text = await pageText();
  for (const a of Object.values(agendas)) expect(text).not.toContain(a);
  const power = await takeDevice(page);
  if (last && last !== power) seen.privacyBetweenHumans++;
  if ((await logLines(page)).some((l) => /^\w+ \(computer\) chose .+ (because|at random)/.test(l)))
    seen.computerWhy = true;
  const agenda = (await page.getByTestId('agenda').locator('h3').innerText()).trim();
  agendas[power] = agenda;
  const now = await pageText();
  for (const [p, a] of Object.entries(agendas)) if (p !== power) expect(now).not.toContain(a);
  return power;
}

/** Click an illegal target, if the map shows one for some kind: the reason must appear in words. */
async function tryIllegal(): Promise<void> {
  for (const kind of ['base', 'exercise', 'aid'] as const) {
    await chooseKind(page, kind);
    const bad = await page
      .locator('[data-target="illegal"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-region')));
    if (bad.length) {
      await pickRegion(page, bad[0]!);
      const notice = await page.getByTestId('notice').innerText();
      expect(REASON_TEXTS.some((r) => notice.includes(r))).toBe(true);
      seen.illegal = true;
      await chooseKind(page, kind);
      return;
    }
  }
}

/** One action toward the goals still open, for the human at the device (or a pass when none is possible). */
async function takeAnAction(me: string): Promise<void> {
  if (!seen.illegal) await tryIllegal();
  const partner = other(me);
  const fresh = (await page.getByTestId('turn').getAttribute('data-actions-left')) === String(ACTIONS_PER_TURN);
  if (!seen.aid && fresh) {
    await chooseKind(page, 'aid');
    const regions = await legalRegions(page);
    if (regions.length) {
      const region = regions[0]!;
      const [ip, before] = [await myIp(page), await influence(page, region, me)];
      await pickRegion(page, region);
      await expect.poll(() => page.getByTestId('preview').innerText()).toContain('Cost:');
      await act(page, () => page.getByTestId('confirm').click());
      expect(await influence(page, region, me)).toBeGreaterThan(before);
      const aidLine = new RegExp(`^${NAME[me]} (gave aid|invested at home) in`);
      expect((await logLines(page)).slice(0, 3).some((l) => aidLine.test(l))).toBe(true);
      if (await page.getByTestId('undo').isEnabled()) {
        await act(page, () => page.getByTestId('undo').click());
        expect(await influence(page, region, me)).toBe(before);
        expect(await myIp(page)).toBe(ip);
        seen.undo = true;
        await chooseKind(page, 'aid');
        await pickRegion(page, region);
        await act(page, () => page.getByTestId('confirm').click());
      }
      seen.aid = true;
      return;
    }
  }
  if (!seen.exercise) {
    await chooseKind(page, 'exercise');
    const theirs = await legalRegions(page, partner);
    const mine = await legalRegions(page, me);
    if (theirs.length || mine.length) {
      await pickRegion(page, theirs[0] ?? mine[0]!);
      if (!theirs.length) await page.getByRole('radio', { name: new RegExp(NAME[partner]!) }).check();
      await act(page, () => page.getByTestId('confirm').click());
      return;
    }
  }
  if (!seen.base && (baseRefused || fresh)) {
    await chooseKind(page, 'base');
    const theirs = await legalRegions(page, partner);
    if (theirs.length) {
      await pickRegion(page, theirs[0]!);
      await expect.poll(() => page.getByTestId('preview').innerText()).toContain(`agreement of ${NAME[partner]}`);
      await act(page, () => page.getByTestId('confirm').click());
      return;
    }
  }
  if (!seen.coalition) {
    await chooseKind(page, 'coalition');
    await page.getByTestId(`invite-${partner}`).check();
    if (await page.getByTestId('confirm').count()) {
      await act(page, () => page.getByTestId('confirm').click());
      return;
    }
    await page.getByTestId(`invite-${partner}`).uncheck();
  }
  await act(page, () => page.getByTestId('pass').click());
  expected.push([`${NAME[me]} passed.`, 'pass']);
}

/** Whether the first base request between the humans has been refused (see `answer`). */
let baseRefused = false;

/** Answer a request: yes to the other human (the goals need it), no to the computers. */
async function answer(me: string): Promise<void> {
  const text = await page.getByTestId('request').locator('.request-text').innerText();
  const from = other(me);
  const fromHuman = text.startsWith(NAME[from]!);
  // The first base the other human asks for is refused: that region is then an illegal target for it.
  const refuseBase = fromHuman && text.includes('asks to build a base') && !baseRefused;
  await act(page, () => page.getByTestId(fromHuman && !refuseBase ? 'accept' : 'refuse').click());
  if (refuseBase) baseRefused = true;
  if (!fromHuman || refuseBase) return;
  // The answer may hand the device straight back: the result is checked on the next board shown.
  if (text.includes('joint exercise'))
    expected.push([`${NAME[from]} held a joint exercise with ${NAME[me]} in`, 'exercise']);
  if (text.includes('build a base')) expected.push([`${NAME[from]} built a base in`, 'base']);
  if (text.includes('coalition')) expected.push([`A coalition formed: ${NAME[from]} and ${NAME[me]}.`, 'coalition']);
}

/** Log lines (their start) that must appear on the next board shown, and the goal each one meets. */
const expected: [string, 'exercise' | 'base' | 'coalition' | 'pass'][] = [];

async function checkExpected(): Promise<void> {
  if (!expected.length) return;
  const lines = await logLines(page);
  for (const [start, goal] of expected.splice(0)) {
    expect(lines.some((l) => l.startsWith(start))).toBe(true);
    seen[goal] = true;
  }
}

const goalsMet = () => seen.aid && seen.exercise && seen.base && seen.coalition && seen.pass && seen.illegal;

describe('hot-seat play in Chromium', { timeout: 180_000 }, () => {
  it('starts Autumn 2016 with two humans and three computers, behind a privacy screen', async () => {
    await page.goto(suite.app.url);
    await startGame(page, {
      seats: {
        russia: 'bot:random',
        china: 'bot:random',
        afghanistan: 'bot:random',
        tajikistan: 'human',
        pakistan: 'human',
      },
      seed: '20161020',
      speed: 'fast',
    });
    expect(await nextPrompt(page)).toBe('privacy');
    expect(HUMANS).toContain(await page.getByTestId('privacy').getAttribute('data-power'));
  });

  it('takes every kind of action through the panel and shows it on the map and in the log', async () => {
    let me: string | null = null;
    for (let step = 0; step < 300 && !goalsMet(); step++) {
      const prompt: Prompt = await nextPrompt(page);
      if (prompt === 'act' || prompt === 'answer' || prompt === 'choose') await checkExpected();
      if (process.env.DEBUG_BROWSER) console.log(step, prompt, me, JSON.stringify(seen), baseRefused);
      if (prompt === 'privacy') me = await handOver(me);
      else if (prompt === 'act') await takeAnAction(me!);
      else if (prompt === 'answer') await answer(me!);
      else if (prompt === 'choose') {
        await answerDefault(page, prompt);
        expect((await logLines(page)).join('\n')).toMatch(/ chose: /);
        seen.choice = true;
      } else break;
    }
    expect(seen).toMatchObject({ aid: true, exercise: true, base: true, coalition: true, pass: true, illegal: true });
    expect(seen.privacyBetweenHumans).toBeGreaterThan(0);
    expect(seen.computerWhy).toBe(true);
  });

  it('resumes at the same point after a reload', async () => {
    const prompt = await nextPrompt(page);
    if (prompt === 'privacy') await takeDevice(page);
    const before = { moves: await moves(page), log: await logLines(page), viewer: await viewer(page) };
    await page.reload();
    await page.getByTestId('resume').click();
    expect(await nextPrompt(page)).toBe('privacy');
    await takeDevice(page);
    expect(await moves(page)).toBe(before.moves);
    expect(await viewer(page)).toBe(before.viewer);
    expect(await logLines(page)).toEqual(before.log);
  });

  it('plays to the end screen: winners, every agenda revealed, the comparison with history', async () => {
    await page.getByTestId('speed').selectOption('fast');
    let prompt: Prompt = await nextPrompt(page);
    for (let step = 0; step < 500 && prompt !== 'end'; step++) {
      if (prompt === 'choose') seen.choice = true;
      await answerDefault(page, prompt);
      prompt = await nextPrompt(page);
    }
    expect(prompt).toBe('end');
    await expect.poll(() => page.getByTestId('winners').innerText()).toMatch(/^Winners?( \(tied\))?: /);
    const end = await page.getByTestId('end').innerText();
    for (const a of Object.values(agendas)) expect(end).toContain(a);
    expect(await page.locator('table.final tbody tr').count()).toBe(5);
    expect(end).toContain('What happened in history');
    await page.getByTestId('show-board').click();
    await expect.poll(() => page.getByTestId('board').getAttribute('data-step')).toBe('ended');
  });

  it('logged no console error and no page error', () => {
    expect(w.errors).toEqual([]);
  });
});
