/**
 * Privacy while computer seats play, in real Chromium (the built app): Tajikistan at the device, a
 * strategist, two planners and a novice elsewhere, a whole game of Autumn 2016. A watcher in the page
 * looks at every change of the DOM (a MutationObserver, before the change can be painted): whenever the
 * turn panel says a computer player is deciding, no agenda card and no agenda's title or text may be in
 * the page (in its text or its attributes) — not even Tajikistan's own, though its group still holds the device. On Tajikistan's own
 * turns its agenda is shown (so the watcher is not looking at an empty page). Any console or page error
 * fails the run.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { getScenario, textIn } from '../../game/index.ts';
import { en } from '../../ui/i18n/en.ts';
import { answerDefault, nextPrompt, startGame, viewer } from './driver.ts';
import { watchedPage, type Watched } from './harness.ts';
import { browserSuite } from './suite.ts';

const scenario = getScenario('autumn-2016')!;
/** The agendas' titles: short, so a leak is a piece of text that is exactly one of them. */
const TITLES = scenario.agendas.map((a) => textIn(a.title, 'en'));
/** The agendas' texts and the agenda card's heading: long and unique, so a leak is any text containing one. */
const TEXTS = [...scenario.agendas.map((a) => textIn(a.text, 'en')), en.agenda.heading];

/** Installed before the app loads; a string, since tsx would wrap a function in a helper the page lacks. */
const WATCHER = `(() => {
  const titles = ${JSON.stringify(TITLES)};
  const texts = ${JSON.stringify(TEXTS)};
  const seen = { computerStates: 0, ownStates: 0, leaks: [] };
  window.__privacy = seen;
  const q = (id) => document.querySelector('[data-testid="' + id + '"]');
  const check = () => {
    const waiting = q('waiting');
    const computerTurn = !!waiting && /\\(computer\\)/.test(waiting.textContent || '');
    if (!computerTurn) {
      if (q('agenda')) seen.ownStates++;
      return;
    }
    seen.computerStates++;
    if (q('agenda')) seen.leaks.push('agenda card: ' + waiting.textContent);
    const html = document.documentElement.outerHTML;
    for (const s of texts) if (html.includes(s)) seen.leaks.push(s.slice(0, 60));
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const piece = (node.textContent || '').trim();
      if (titles.includes(piece)) seen.leaks.push(piece);
    }
    for (const el of document.querySelectorAll('[title], [aria-label]')) {
      for (const value of [el.getAttribute('title'), el.getAttribute('aria-label')])
        if (value && titles.includes(value.trim())) seen.leaks.push(value);
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})()`;

interface Seen {
  computerStates: number;
  ownStates: number;
  leaks: string[];
}

const suite = browserSuite();
let w: Watched;
let page: Page;

beforeAll(async () => {
  w = await watchedPage(suite.browser);
  page = w.page;
  await page.addInitScript(WATCHER);
}, 120_000);

describe('privacy while computer seats play', { timeout: 300_000 }, () => {
  it('shows no agenda while a computer player decides, in a whole game with a strategist', async () => {
    await page.goto(suite.app.url);
    await startGame(page, {
      seats: {
        russia: 'bot:strategist',
        china: 'bot:planner',
        tajikistan: 'human',
        pakistan: 'bot:novice',
        afghanistan: 'bot:planner',
      },
      seed: '31',
      speed: 'fast',
    });
    let ownTurns = 0;
    let agenda = '';
    for (let i = 0; i < 500; i++) {
      const prompt = await nextPrompt(page, 120_000);
      if (prompt === 'end') break;
      expect(prompt).not.toBe('crash');
      if (prompt !== 'privacy') {
        expect(await viewer(page)).toBe('tajikistan');
        agenda = (await page.getByTestId('agenda').locator('h3').innerText()).trim();
        ownTurns++;
      }
      await answerDefault(page, prompt);
    }
    expect(await nextPrompt(page)).toBe('end');
    const seen = (await page.evaluate('window.__privacy')) as Seen;
    expect(seen.leaks).toEqual([]);
    expect(seen.computerStates).toBeGreaterThan(20);
    expect(seen.ownStates).toBeGreaterThan(0);
    expect(ownTurns).toBeGreaterThan(3);
    // What the human saw on its own turns is among the secrets the watcher looks for.
    expect(TITLES).toContain(agenda);
    expect(w.errors).toEqual([]);
  });
});
