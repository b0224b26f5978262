/**
 * A whole game of the Rules 2.0 through the board in real Chromium: Autumn 2016, hot-seat, with
 * Tajikistan and China at the device and computer players (from the bot registry, by the seat menu)
 * elsewhere. On every turn of theirs the humans make a real operation — sized with the stepper where it
 * has a size, at the cost the board showed before it was chosen — and Tajikistan changes a door on
 * each of its turns; the game runs to the end screen. Mid-game the board is photographed at phone,
 * tablet, laptop and projector sizes (PNG files in SHOTS_DIR, default node_modules/.cache/rotw-shots)
 * and checked for content spilling out of the viewport. Any console or page error fails the run.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../ui/i18n/en.ts';
import {
  act,
  chooseKind,
  doorSettings,
  logLines,
  myIp,
  nextPrompt,
  setDoor,
  setSize,
  startGame,
  takeDevice,
  targets,
  type Kind,
  wholeBoard,
} from './driver.ts';
import { doorLine, exactly } from './lines.ts';
import { ROOT, watchedPage, type Watched } from './harness.ts';
import { browserSuite } from './suite.ts';

const NAME: Record<string, string> = en.power;
const SHOTS = process.env.SHOTS_DIR ?? join(ROOT, 'node_modules/.cache/rotw-shots');
const SIZES = {
  phone: { width: 390, height: 844 },
  tablet: { width: 820, height: 1180 },
  laptop: { width: 1280, height: 800 },
  projector: { width: 1920, height: 1080 },
} as const;

const suite = browserSuite();
let w: Watched;
let page: Page;
const done = { operations: 0, sized: 0, doors: 0, passes: 0, shots: [] as string[] };
/** Log lines each human's last move must leave, checked on the next board shown. */
const pending: RegExp[] = [];

beforeAll(async () => {
  w = await watchedPage(suite.browser, SIZES.laptop);
  page = w.page;
}, 120_000);

async function checkPending(): Promise<void> {
  if (!pending.length) return;
  const lines = await logLines(page);
  for (const line of pending.splice(0))
    expect(
      lines.some((l) => line.test(l)),
      String(line),
    ).toBe(true);
}

/**
 * Tajikistan's door to China: turned each turn to another setting the panel offers, open ones first
 * (free, and keeps the turn).
 */
async function turnDoor(me: string): Promise<void> {
  const select = page.getByTestId('door-china');
  if (me !== 'tajikistan' || !(await select.count())) return;
  const now = await select.inputValue();
  const others = (await doorSettings(page, 'china')).filter((v) => v !== now);
  const next = others.find((v) => v !== 'closed') ?? others[0];
  if (next === undefined) return;
  await setDoor(page, 'china', next);
  expect(await page.getByTestId('privacy').count()).toBe(0);
  expect(await select.inputValue()).toBe(next);
  pending.push(exactly(doorLine(me, 'china', next)));
  done.doors++;
}

/** One operation of the kinds in `order`, the first that has an open target at the largest size it can afford. */
async function operate(me: string, order: readonly Kind[]): Promise<boolean> {
  const ip = await myIp(page);
  for (const kind of order) {
    if ((await page.getByTestId(`kind-${kind}`).getAttribute('data-legal')) !== 'true') continue;
    await chooseKind(page, kind);
    if (kind === 'special' && !(await page.locator('[data-testid^="target-"]').count())) {
      await act(page, () => page.getByTestId('confirm').click());
      return true;
    }
    if (kind === 'coalition') {
      await chooseKind(page, kind);
      continue;
    }
    for (let size = await setSize(page, 3); size >= 1; size = await setSize(page, size - 1)) {
      const open = (await targets(page)).filter((t) => t.legal);
      const target = open[(done.operations * 7) % Math.max(1, open.length)];
      if (target) {
        expect(target.cost).toBeLessThanOrEqual(ip);
        await page.getByTestId(`target-${target.region}`).click();
        await expect.poll(() => page.getByTestId('preview').innerText()).toContain(`Cost: ${target.cost} IP`);
        await act(page, () => page.getByTestId('confirm').click());
        if (size > 1) done.sized++;
        if (kind === 'aid') pending.push(new RegExp(`^${NAME[me]} (gave aid|invested at home) .*size ${size}`));
        if (kind === 'exercise') pending.push(new RegExp(`^${NAME[me]} held an exercise of size ${size}`));
        return true;
      }
      if (size === 1) break;
    }
    await chooseKind(page, kind);
  }
  return false;
}

/** Photograph the board at every size, and check nothing spills sideways out of the viewport. */
async function shootAll(label: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const spill: Record<string, number> = {};
  for (const [name, size] of Object.entries(SIZES)) {
    await page.setViewportSize(size);
    await wholeBoard(page);
    await page.waitForTimeout(150); // layout settles after a resize (no assertion depends on time)
    const path = join(SHOTS, `${label}-${name}.png`);
    await page.screenshot({ path });
    done.shots.push(path);
    spill[name] = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }
  expect(spill, 'pixels the page scrolls sideways at each size').toEqual({
    phone: 0,
    tablet: 0,
    laptop: 0,
    projector: 0,
  });
  await page.setViewportSize(SIZES.laptop);
}

describe('a whole Rules 2.0 game through the board', { timeout: 600_000 }, () => {
  it('starts with two humans and three computer players', async () => {
    await page.goto(suite.app.url);
    await startGame(page, {
      seats: {
        russia: 'bot:greedy',
        china: 'human',
        tajikistan: 'human',
        pakistan: 'bot:random',
        afghanistan: 'bot:novice',
      },
      seed: '2016-whole-game',
      speed: 'fast',
    });
    expect(await nextPrompt(page)).toBe('privacy');
  });

  it('plays every human turn with an operation to the end screen', async () => {
    let me = '';
    let prompt = await nextPrompt(page);
    for (let step = 0; step < 400 && prompt !== 'end'; step++) {
      if (prompt === 'privacy') me = await takeDevice(page);
      else if (prompt === 'choose') {
        await act(page, () => page.getByTestId('event-choice').getByRole('button').first().click());
      } else if (prompt === 'act') {
        await checkPending();
        const round = Number(await page.getByTestId('board').getAttribute('data-round'));
        await turnDoor(me);
        if (round === 3 && !done.shots.length) {
          await chooseKind(page, 'aid');
          await setSize(page, 2);
          await shootAll('midgame');
          await chooseKind(page, 'aid');
        }
        const order: Kind[] =
          done.operations % 3 === 0 ? ['aid', 'exercise', 'special'] : ['special', 'exercise', 'base', 'aid'];
        if (await operate(me, order)) done.operations++;
        else {
          await act(page, () => page.getByTestId('pass').click());
          done.passes++;
        }
      } else throw new Error(`unexpected prompt ${prompt}`);
      prompt = await nextPrompt(page);
    }
    expect(prompt).toBe('end');
    await expect.poll(() => page.getByTestId('winners').innerText()).toMatch(/^Winners?( \(tied\))?: /);
    expect(await page.locator('table.final tbody tr').count()).toBe(5);
    expect(done.operations).toBeGreaterThanOrEqual(6);
    expect(done.sized).toBeGreaterThan(0);
    expect(done.doors).toBeGreaterThan(0);
    expect(done.shots).toHaveLength(4);
    if (process.env.DEBUG_BROWSER) console.log(JSON.stringify(done));
  });

  it('logged no console error and no page error', () => {
    expect(w.errors).toEqual([]);
  });
});
