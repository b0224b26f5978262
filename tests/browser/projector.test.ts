/**
 * The projector view in real Chromium: a hot-seat game's "Projector" button opens a second window at
 * `/?projector` (1920×1080) that follows the game live over a BroadcastChannel. Checked: it shows the
 * round, tension and scores as the game's window has them and follows moves; no agenda text of the
 * scenario appears in it, and every view posted over the channel has every agenda blanked; its
 * smallest text and map numbers are large (from the back of a room); axe finds nothing serious; and a
 * projector window opened before the game (or reloaded) catches up at once.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getScenario, textIn } from '../../game/index.ts';
import { axeScan, blocking, listViolations } from './axe.ts';
import { act, nextPrompt, startGame, takeDevice } from './driver.ts';
import { ROOT, watchedPage } from './harness.ts';
import { sidewaysSpill, smallestMapText, smallestText } from './measure.ts';
import { browserSuite } from './suite.ts';

const SHOTS = process.env.SHOTS_DIR ?? join(ROOT, 'node_modules/.cache/rotw-shots');
const PROJECTOR = { width: 1920, height: 1080 };
const suite = browserSuite();

/** Every agenda title and text of the scenario, in English. */
function agendaTexts(id: string): string[] {
  const scenario = getScenario(id)!;
  return scenario.agendas.flatMap((a) => [textIn(a.title, 'en'), textIn(a.text, 'en')]);
}

/** Record every message on the projector channel in this page (read back with `posted`). */
const RECORD = `(() => {
  window.__posted = [];
  const c = new BroadcastChannel('roof-of-the-world.projector');
  c.onmessage = (e) => window.__posted.push(e.data);
})()`;

async function posted(
  page: Page,
): Promise<{ kind: string; view?: { agendas: Record<string, string> | null; step: string } }[]> {
  return (await page.evaluate('window.__posted')) as never;
}

describe('the projector view', { timeout: 180_000 }, () => {
  it('follows a hot-seat game in a second window, large and with no secret', async () => {
    const game = await watchedPage(suite.browser, { width: 1280, height: 800 });
    const { page } = game;
    try {
      await page.goto(suite.app.url);
      await startGame(page, { scenario: 'autumn-2016', seats: {}, seed: 'projector-1', speed: 'fast' });
      let prompt = await nextPrompt(page);
      while (prompt !== 'act') {
        if (prompt === 'privacy') await takeDevice(page);
        else
          await act(page, () => page.getByTestId('event-choice').locator('[data-testid^="option-"]').first().click());
        prompt = await nextPrompt(page);
      }
      // The agenda on the board at the device is a secret the projector must never show.
      const secret = (await page.getByTestId('agenda').locator('h3').textContent())!;
      expect(secret.length).toBeGreaterThan(3);

      const [projector] = await Promise.all([
        game.context.waitForEvent('page'),
        page.getByTestId('open-projector').click(),
      ]);
      const errors: string[] = [];
      projector.on('pageerror', (e) => errors.push(e.message));
      projector.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await projector.setViewportSize(PROJECTOR);
      expect(new URL(projector.url()).search).toBe('?projector');
      await projector.getByTestId('projector').waitFor();
      await projector.evaluate(RECORD);

      const round = await page.getByTestId('board').getAttribute('data-round');
      expect(await projector.getByTestId('projector').getAttribute('data-round')).toBe(round);
      expect(await projector.getByTestId('projector-tension').getAttribute('data-tension')).toBe(
        await page.getByTestId('tension').getAttribute('data-tension'),
      );

      // It follows the game: each pass appears in its log, through to a scoring.
      const before = await projector.getByTestId('projector-log').locator('li').first().textContent();
      for (let step = 0; step < 80; step++) {
        if (prompt === 'privacy') {
          await takeDevice(page);
          // Until the projector has shown a round's scoring (checked with the board up and waiting for a human).
          if (await projector.getByTestId('projector-scores').getAttribute('data-scored')) break;
        } else if (prompt === 'choose')
          await act(page, () => page.getByTestId('event-choice').locator('[data-testid^="option-"]').first().click());
        else if (prompt === 'act') await act(page, () => page.getByTestId('pass').click());
        else break;
        prompt = await nextPrompt(page);
      }
      expect(await projector.getByTestId('projector-scores').getAttribute('data-scored')).toBe('3');
      await expect
        .poll(() => projector.getByTestId('projector-log').locator('li').first().textContent())
        .not.toBe(before);
      await expect
        .poll(() => projector.getByTestId('projector').getAttribute('data-round'))
        .toBe(await page.getByTestId('board').getAttribute('data-round'));
      // The scores shown are the game's.
      const vp = await page
        .getByTestId('powers')
        .locator('tbody tr')
        .evaluateAll((rows) =>
          Object.fromEntries(rows.map((r) => [r.getAttribute('data-power'), r.querySelectorAll('td')[1]!.textContent])),
        );
      await expect
        .poll(() =>
          projector
            .getByTestId('projector-scores')
            .locator('tr')
            .evaluateAll((rows) =>
              Object.fromEntries(rows.map((r) => [r.getAttribute('data-power'), r.getAttribute('data-vp')])),
            ),
        )
        .toEqual(vp);

      // Never a secret: no agenda text on screen, and none in anything posted.
      const text = await projector.locator('body').innerText();
      expect(text).not.toContain(secret);
      for (const agenda of agendaTexts('autumn-2016')) expect(text).not.toContain(agenda);
      const messages = (await posted(projector)).filter((m) => m.kind === 'view');
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages) expect(Object.values(m.view!.agendas ?? {}).every((a) => a === '')).toBe(true);

      // Big type, no scrolling, nothing axe objects to.
      mkdirSync(SHOTS, { recursive: true });
      await projector.screenshot({ path: join(SHOTS, 'projector-1920.png') });
      expect(await sidewaysSpill(projector)).toBeLessThanOrEqual(0);
      expect(
        await projector.evaluate('document.documentElement.scrollHeight - window.innerHeight'),
      ).toBeLessThanOrEqual(0);
      const small = await smallestText(projector, '[data-testid="projector"]');
      expect(small.size, `smallest projector text (${small.what})`).toBeGreaterThanOrEqual(20);
      const roundSize = await projector
        .getByTestId('projector-round')
        .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      expect(roundSize).toBeGreaterThanOrEqual(44);
      expect(await smallestMapText(projector, '.influence-num, .threat-num, .card-name')).toBeGreaterThanOrEqual(18);
      const found = blocking(await axeScan(projector));
      expect(found, listViolations(found)).toEqual([]);

      // A projector window reloaded catches up at once.
      await projector.reload();
      await projector.getByTestId('projector').waitFor();
      expect(await projector.getByTestId('projector').getAttribute('data-round')).toBe(
        await page.getByTestId('board').getAttribute('data-round'),
      );
      expect(errors).toEqual([]);
      expect(game.errors).toEqual([]);
    } finally {
      await game.context.close();
    }
  });
});
