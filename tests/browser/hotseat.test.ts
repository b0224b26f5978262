/**
 * Hot-seat play in real Chromium: Autumn 2016 with Tajikistan and Pakistan at the device and three
 * computer players. Every kind of operation is taken through the panel — aid with a size, a base, an
 * exercise, the special ability, founding a bloc — each with its cost shown before it is chosen; a host
 * changes a door (the device stays with it) and takes the change back; an illegal target is refused in
 * words; the last move's regions are outlined; the privacy screen goes up between the humans and no
 * other power's agenda is ever in the page; a reload resumes at the same point; the game is played to
 * the end screen. Any console error or page error fails the run. The steps share one page, in order.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../ui/i18n/en.ts';
import {
  act,
  answerDefault,
  chooseKind,
  influence,
  logLines,
  moves,
  myIp,
  nextPrompt,
  doorSettings,
  setDoor,
  setSize,
  startGame,
  takeDevice,
  targets,
  viewer,
  type Kind,
  type Prompt,
} from './driver.ts';
import { doorLine } from './lines.ts';
import { watchedPage, type Watched } from './harness.ts';
import { browserSuite } from './suite.ts';

const HUMANS = ['tajikistan', 'pakistan'] as const;
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
  door: false,
  undo: false,
  exercise: false,
  base: false,
  special: false,
  coalition: false,
  illegal: false,
  recent: false,
  choice: false,
};

beforeAll(async () => {
  w = await watchedPage(suite.browser);
  page = w.page;
}, 120_000);

const other = (p: string) => HUMANS.find((h) => h !== p)!;

/** Text of the whole page, to check what is (not) in it. */
const pageText = () => page.evaluate(() => document.body.innerText);

/** Log lines that must appear on the next board shown (the device may pass on at once after a move). */
const pending: RegExp[] = [];
const expectLine = (line: RegExp) => void pending.push(line);

async function checkPending(): Promise<void> {
  if (!pending.length || !(await page.getByTestId('board').count())) return;
  const lines = await logLines(page);
  for (const line of pending.splice(0))
    expect(
      lines.some((l) => line.test(l)),
      String(line),
    ).toBe(true);
}

/** At the privacy screen: nothing secret is shown; take the device and note this power's agenda. */
async function handOver(last: string | null): Promise<string> {
  expect(await page.getByTestId('agenda').count()).toBe(0);
  const text = await pageText();
  for (const a of Object.values(agendas)) expect(text).not.toContain(a);
  const power = await takeDevice(page);
  await checkPending();
  if (last && last !== power) seen.privacyBetweenHumans++;
  if ((await logLines(page)).some((l) => /^\w+ \(computer\) chose .+ (because|at random)/.test(l)))
    seen.computerWhy = true;
  if ((await page.locator('[data-recent="true"]').count()) > 0 && (await page.getByTestId('changes').count()) > 0)
    seen.recent = true;
  const agenda = (await page.getByTestId('agenda').locator('h3').innerText()).trim();
  agendas[power] = agenda;
  const now = await pageText();
  for (const [p, a] of Object.entries(agendas)) if (p !== power) expect(now).not.toContain(a);
  return power;
}

/** Choose a closed target of some kind (at its largest size): the reason appears in words, nothing is played. */
async function tryIllegal(): Promise<void> {
  for (const kind of ['special', 'base', 'exercise', 'aid'] as const) {
    await chooseKind(page, kind);
    await setSize(page, 99);
    const bad = (await targets(page)).find((t) => !t.legal);
    if (bad) {
      const before = await moves(page);
      await page.getByTestId(`target-${bad.region}`).click();
      const notice = await page.getByTestId('notice').innerText();
      expect(REASON_TEXTS.some((r) => notice.includes(r))).toBe(true);
      expect(await page.getByTestId('confirm').count()).toBe(0);
      expect(await moves(page)).toBe(before);
      seen.illegal = true;
      await chooseKind(page, kind);
      return;
    }
  }
}

/** A host changes a door: the table shows it, the device stays, and the change can be taken back. */
async function changeDoor(me: string): Promise<void> {
  const select = page.getByTestId(`door-${other(me)}`);
  if (!(await select.count())) return;
  const guest = other(me);
  const before = await page.locator(`[data-host="${me}"] [data-guest="${guest}"]`).getAttribute('data-price');
  const next = (await doorSettings(page, other(me))).find((v) => v !== before);
  if (next === undefined) return;
  await setDoor(page, guest, next);
  expect(await viewer(page)).toBe(me);
  expect(await page.getByTestId('privacy').count()).toBe(0);
  expect(await page.locator(`[data-host="${me}"] [data-guest="${guest}"]`).getAttribute('data-price')).toBe(next);
  const line = doorLine(me, guest, next);
  expect((await logLines(page)).includes(line), line).toBe(true);
  seen.door = true;
  if (!seen.undo && (await page.getByTestId('undo').isEnabled())) {
    await act(page, () => page.getByTestId('undo').click());
    expect(await page.locator(`[data-host="${me}"] [data-guest="${guest}"]`).getAttribute('data-price')).toBe(before);
    seen.undo = true;
  }
}

/**
 * Play one operation of `kind` on its first open target, at `wanted` size: the cost the list showed is
 * the preview's cost and the log's. Returns false when no target is open.
 */
async function operate(me: string, kind: Kind, wanted = 1): Promise<boolean> {
  await chooseKind(page, kind);
  if (kind === 'special' && !(await page.locator('[data-testid^="target-"]').count())) {
    if ((await page.getByTestId('kind-special').getAttribute('data-legal')) !== 'true') return false;
    await expect.poll(() => page.getByTestId('special').innerText()).toContain('Cost:');
    await act(page, () => page.getByTestId('confirm').click());
    return true;
  }
  const size = await setSize(page, wanted);
  const open = (await targets(page)).filter((t) => t.legal);
  const target = open.find((t) => t.region.length > 0);
  if (!target) {
    await chooseKind(page, kind);
    return false;
  }
  const ip = await myIp(page);
  const before = await influence(page, target.region, me);
  await page.getByTestId(`target-${target.region}`).click();
  await expect.poll(() => page.getByTestId('preview').innerText()).toContain(`Cost: ${target.cost} IP`);
  expect(target.cost).toBeLessThanOrEqual(ip);
  await act(page, () => page.getByTestId('confirm').click());
  if (kind === 'aid') {
    expectLine(new RegExp(`^${NAME[me]} (gave aid of size ${size}|invested at home in .* \\(size ${size}\\))`));
    expect(before).toBeGreaterThanOrEqual(0);
  }
  return true;
}

/**
 * Found a bloc with one power the panel lets this one invite (the other human first), at the price the
 * panel shows. With no one to invite, a host opens its door to the other human (a free door move, the
 * turn stays) so that the other can invite it. Returns whether a bloc was founded.
 */
async function foundBloc(me: string): Promise<boolean> {
  await chooseKind(page, 'coalition');
  const ip = await myIp(page);
  const cost = Number(/\d+/.exec(await page.locator('.coalition-picker legend').innerText())?.[0]);
  const invitees = await page
    .locator('[data-testid^="invite-"]:not([disabled])')
    .evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ?? '').slice('invite-'.length)));
  invitees.sort((a, b) => Number(b === other(me)) - Number(a === other(me)));
  for (const guest of invitees) {
    const invite = page.getByTestId(`invite-${guest}`);
    await invite.check();
    if (await page.getByTestId('confirm').count()) {
      await expect.poll(() => page.getByTestId('preview').innerText()).toContain(`Cost: ${cost} IP`);
      expect(cost).toBeLessThanOrEqual(ip);
      await act(page, () => page.getByTestId('confirm').click());
      expectLine(/^A bloc formed: /);
      return true;
    }
    await invite.uncheck();
  }
  await chooseKind(page, 'coalition');
  if (!invitees.length && (await page.getByTestId(`door-${other(me)}`).count())) {
    const guest = other(me);
    const now = await page.locator(`[data-host="${me}"] [data-guest="${guest}"]`).getAttribute('data-price');
    const open = (await doorSettings(page, other(me))).find((v) => v !== 'closed');
    if (now === 'closed' && open !== undefined) await setDoor(page, guest, open);
  }
  return false;
}

/** The one operation of this turn, toward the goals still open (a pass when none is possible). */
async function takeTurn(me: string): Promise<void> {
  expect(await page.getByTestId('turn').innerText()).toContain('one operation this turn');
  expect(await page.getByTestId('carry-over').innerText()).toMatch(/IP above \d+ is lost/);
  if (!seen.door) await changeDoor(me);
  if (!seen.illegal) await tryIllegal();
  if (!seen.aid && (await operate(me, 'aid', 2))) return void (seen.aid = true);
  if (!seen.special && (await operate(me, 'special'))) return void (seen.special = true);
  if (!seen.exercise && (await operate(me, 'exercise', 2))) return void (seen.exercise = true);
  if (!seen.base && (await operate(me, 'base'))) return void (seen.base = true);
  if (!seen.coalition && (await foundBloc(me))) return void (seen.coalition = true);
  await act(page, () => page.getByTestId('pass').click());
}

const goalsMet = () =>
  seen.aid && seen.door && seen.exercise && seen.base && seen.special && seen.coalition && seen.illegal;

describe('hot-seat play in Chromium', { timeout: 240_000 }, () => {
  it('starts Autumn 2016 with two humans and three computers, behind a privacy screen', async () => {
    await page.goto(suite.app.url);
    await startGame(page, {
      seats: {
        russia: 'bot:greedy',
        china: 'bot:passive',
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

  it('takes every kind of operation through the panel, each priced before it is chosen', async () => {
    let me: string | null = null;
    for (let step = 0; step < 300 && !goalsMet(); step++) {
      const prompt: Prompt = await nextPrompt(page);
      if (process.env.DEBUG_BROWSER) console.log(step, prompt, me, JSON.stringify(seen));
      if (prompt !== 'end' && prompt !== 'privacy') await checkPending();
      if (prompt === 'privacy') me = await handOver(me);
      else if (prompt === 'act') await takeTurn((me ??= await viewer(page)));
      else if (prompt === 'choose') {
        await answerDefault(page, prompt);
        expectLine(/ chose: /);
        seen.choice = true;
      } else break;
    }
    expect(seen).toMatchObject({
      aid: true,
      door: true,
      undo: true,
      exercise: true,
      base: true,
      special: true,
      coalition: true,
      illegal: true,
      recent: true,
    });
    expect(seen.privacyBetweenHumans).toBeGreaterThan(0);
    expect(seen.computerWhy).toBe(true);
    await nextPrompt(page);
    if (await page.getByTestId('privacy').count()) await takeDevice(page);
    await checkPending();
    expect(pending).toEqual([]);
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
