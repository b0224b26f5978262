/**
 * Saves in real Chromium: a damaged save gives a clear message and a way to start over (never a blank
 * page); a save written outside the browser resumes at the point it records — here, Tajikistan's
 * choice on an event card, which is then made through the card; and the map's animation follows the
 * reduced-motion setting; a save the browser refuses is reported and never resumed as current. Any console error or page error fails the run.
 */
import { describe, expect, it } from 'vitest';
import {
  applyMove,
  getScenario,
  initialState,
  legalMoves,
  newRecord,
  textIn,
  toMove,
  withMove,
  type GameRecord,
} from '../../game/index.ts';
import { SAVE_KEY, serialiseSave } from '../../src/app/storage.ts';
import { act, logLines, nextPrompt, takeDevice } from './driver.ts';
import { watchedPage, type Watched } from './harness.ts';
import { browserSuite } from './suite.ts';

const scenario = getScenario('autumn-2016')!;
const human = { kind: 'human' } as const;
const computer = { kind: 'computer', bot: 'random' } as const;

const suite = browserSuite();
const pages: Watched[] = [];

/** A page that opens with `save` (text) already in localStorage. */
async function pageWithSave(save: string | null, reducedMotion: 'reduce' | 'no-preference' = 'reduce') {
  const w = await watchedPage(suite.browser, { width: 1280, height: 720 }, { reducedMotion });
  pages.push(w);
  if (save !== null) {
    await w.page.addInitScript(
      ([key, text]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, text!);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [SAVE_KEY, save],
    );
  }
  await w.page.goto(suite.app.url);
  return w;
}

/** A record, played in the engine with everyone passing, that stops when Tajikistan must choose on an event card. */
function recordAtTajikChoice(): GameRecord {
  for (let seed = 1; seed < 400; seed++) {
    let record = newRecord(scenario, seed);
    let s = initialState(scenario, seed);
    for (let i = 0; i < 400 && s.step !== 'ended'; i++) {
      const who = toMove(s)!;
      if (s.step === 'event' && who === 'tajikistan') return record;
      const move = s.step === 'actions' ? { kind: 'pass' as const } : legalMoves(s, who)[0]!;
      const next = applyMove(s, who, move);
      if (!next.ok) throw new Error(next.reason);
      s = next.state;
      record = withMove(record, who, move);
    }
  }
  throw new Error('no seed reaches a Tajik event choice');
}

describe('saves in Chromium', { timeout: 120_000 }, () => {
  it('a save that is not even JSON: a clear message, and starting over works', async () => {
    const { page } = await pageWithSave('{"app": "roof-of-the-world", "version": 1, "record": ');
    const alert = page.getByTestId('broken-save');
    await expect.poll(() => alert.innerText()).toContain('The saved game could not be read');
    await page.getByTestId('start-over').click();
    await page.getByTestId('confirm-yes').click(); // deleting asks first (ui/common/Confirm.tsx)
    await expect.poll(() => page.getByTestId('broken-save').count()).toBe(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).toBeNull();
    await page.getByRole('button', { name: 'Start the game' }).waitFor();
  });

  it('a save whose moves do not replay names the bad move', async () => {
    const record = withMove(newRecord(scenario, 1), 'russia', { kind: 'aid', region: 'dushanbe', size: 1 });
    const seats = { russia: human, china: human, tajikistan: human, pakistan: human, afghanistan: human };
    const { page } = await pageWithSave(serialiseSave({ seats, speed: 'fast', record, notes: [] }));
    await page.getByText('Details').click();
    await expect.poll(() => page.getByTestId('broken-save').innerText()).toMatch(/record\.moves\.0/);
  });

  it('resumes a save at an event choice, and the choice is made on the card', async () => {
    const record = recordAtTajikChoice();
    const seats = { russia: computer, china: computer, tajikistan: human, pakistan: computer, afghanistan: computer };
    const { page } = await pageWithSave(serialiseSave({ seats, speed: 'fast', record, notes: [] }), 'no-preference');
    await page.getByTestId('resume').click();
    expect(await nextPrompt(page)).toBe('privacy');
    expect(await takeDevice(page)).toBe('tajikistan');
    expect(await nextPrompt(page)).toBe('choose');
    const card = page.getByTestId('event-card');
    expect(Number(await page.getByTestId('board').getAttribute('data-moves'))).toBe(record.moves.length);
    const choice = page.getByTestId('event-choice');
    expect(await choice.getByTestId('preview').count()).toBeGreaterThan(0);
    const title = await card.locator('h3').innerText();
    const event = scenario.events.find((e) => textIn(e.title, 'en') === title)!;
    const option = event.choice!.options[0]!;
    await act(page, () => choice.getByTestId(`option-${option.id}`).click());
    await expect
      .poll(async () => (await logLines(page)).includes(`Tajikistan chose: ${textIn(option.label, 'en')}.`))
      .toBe(true);
  });

  it('animates influence bars, and stops animating under reduced motion', async () => {
    const moving = pages[pages.length - 1]!.page;
    expect(
      await moving
        .locator('.bar')
        .first()
        .evaluate((e) => getComputedStyle(e).transitionDuration),
    ).not.toBe('0s');
    const seats = { russia: computer, china: computer, tajikistan: human, pakistan: computer, afghanistan: computer };
    const { page } = await pageWithSave(
      serialiseSave({ seats, speed: 'fast', record: recordAtTajikChoice(), notes: [] }),
    );
    await page.getByTestId('resume').click();
    await takeDevice(page);
    expect(
      await page
        .locator('.bar')
        .first()
        .evaluate((e) => getComputedStyle(e).transitionDuration),
    ).toBe('0s');
  });

  it('a save the browser refuses (storage full): the board says so, and a reload resumes nothing older', async () => {
    const record = recordAtTajikChoice();
    const seats = { russia: computer, china: computer, tajikistan: human, pakistan: computer, afghanistan: computer };
    const w = await watchedPage(suite.browser, { width: 1280, height: 720 }, { reducedMotion: 'reduce' });
    pages.push(w);
    const { page } = w;
    await page.addInitScript(
      ([key, text]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, text!);
          sessionStorage.setItem('seeded', '1');
        }
        // From here on the browser refuses to write the game, as a full or private-mode storage does.
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (k: string, v: string) {
          if (k === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return setItem.call(this, k, v);
        };
      },
      [SAVE_KEY, serialiseSave({ seats, speed: 'fast', record, notes: [] })],
    );
    await page.goto(suite.app.url);
    await page.getByTestId('resume').click();
    expect(await takeDevice(page)).toBe('tajikistan');
    expect(await nextPrompt(page)).toBe('choose');
    await page.getByTestId('event-choice').locator('[data-testid^="option-"]').first().click();
    await page.getByTestId('save-failed').waitFor();
    await page.reload();
    await page.getByTestId('lost-save').waitFor();
    expect(await page.getByTestId('resume-box').count()).toBe(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).toBeNull();
  });

  it('logged no console error and no page error', () => {
    expect(pages.flatMap((w) => w.errors)).toEqual([]);
  });
});
