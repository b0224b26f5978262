/**
 * A class over the network in real Chromium, through the real server (SQLite, 127.0.0.1): the
 * teacher signs in with the secret and creates a session; two groups on two pages join by code (one
 * from the QR link /join/<CODE>, one typing it); a move on one page is seen on the other; a reload
 * brings a group back to its own seat; the teacher's page shows the seats taken and pauses the match
 * (the group's board says so); the projector page follows the match and holds no secret; ending the
 * session opens the class debrief. Any console or page error fails the run.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POWERS, textIn, type Power } from '../../game/index.ts';
import { SECRET, startClassServer, type ClassServer } from '../server/class-fixture.ts';
import { act, nextPrompt } from './driver.ts';
import { ROOT, launch, serveApp, watchedPage, type Watched } from './harness.ts';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

let s: ClassServer;
let browser: Browser;
const pages: Watched[] = [];
let teacher: Watched;
let china: Watched;
let russia: Watched;
let code = '';
let matchID = '';

beforeAll(async () => {
  const app = await serveApp(); // builds (or reuses) the production build
  await app.close();
  s = await startClassServer({ distDir: app.outDir, computerDelayMs: 0 });
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await s?.close();
});

const SHOTS = join(ROOT, 'node_modules/.cache/rotw-shots');

/** A screenshot to look at (not compared): node_modules/.cache/rotw-shots/network-<name>.png */
async function shot(p: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await p.screenshot({ path: join(SHOTS, `network-${name}.png`), fullPage: true });
}

async function page(): Promise<Watched> {
  const w = await watchedPage(browser);
  pages.push(w);
  return w;
}

async function boardOf(p: Page): Promise<{ viewer: string; moves: number }> {
  const board = p.getByTestId('board');
  await board.waitFor();
  return {
    viewer: (await board.getAttribute('data-viewer')) ?? '',
    moves: Number(await board.getAttribute('data-moves')),
  };
}

/** The titles and texts of the agendas dealt to powers other than `viewer` (in English). */
async function othersAgendas(viewer: Power | null): Promise<string[]> {
  const full = await s.server.host.fullState(matchID);
  const out: string[] = [];
  for (const p of POWERS) {
    if (p === viewer) continue;
    const agenda = full!.scenario.agendas.find((a) => a.id === full!.agendas![p]);
    if (agenda) out.push(textIn(agenda.title, 'en'), textIn(agenda.text, 'en'));
  }
  return out;
}

async function noSecretIn(p: Page, viewer: Power | null): Promise<void> {
  const html = await p.content();
  const text = await p.evaluate(() => document.body.innerText);
  expect(html).not.toContain(SECRET);
  for (const secret of await othersAgendas(viewer)) expect(text).not.toContain(secret);
  const stored = await p.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(stored).not.toContain(SECRET);
}

describe('a class over the network', () => {
  it('the teacher signs in and creates a session with a join code and a QR code', async () => {
    teacher = await page();
    const p = teacher.page;
    await p.goto(`${s.url}/teacher`);
    await p.getByLabel('Teacher secret').fill('wrong secret');
    await p.getByRole('button', { name: 'Open' }).click();
    await p.getByText('That secret is not right').waitFor();
    await p.getByLabel('Teacher secret').fill(SECRET);
    await p.getByRole('button', { name: 'Open' }).click();
    await p.getByLabel('Name of the session').fill('Class 9B');
    await p.getByTestId('draft-0-scenario').selectOption('autumn-2016');
    for (const power of ['tajikistan', 'pakistan', 'afghanistan'])
      await p.getByTestId(`draft-0-seat-${power}`).selectOption('computer:novice');
    await p.getByTestId('create-class').click();
    const card = p.getByTestId('match-1');
    await card.waitFor();
    code = (await card.getAttribute('data-code')) ?? '';
    matchID = (await card.getAttribute('data-match')) ?? '';
    expect(code).toMatch(/^[A-HJ-KM-NP-Z2-9]{6}$/);
    expect(await card.getByTestId('join-code').innerText()).toBe(code);
    const qr = card.getByRole('img', { name: /QR code/ });
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await qr.getAttribute('data-url')).toBe(`${s.url}/join/${code}`);
    expect(await card.getByTestId('seat-pakistan').getAttribute('data-mode')).toBe('computer');
    await shot(p, 'teacher');
  });

  it('two groups join by code on their own pages: one from the QR link, one typing the code', async () => {
    china = await page();
    await china.page.goto(`${s.url}/join/${code}`);
    await china.page.getByTestId('pick-china').check();
    await china.page.getByLabel('Your group’s name').fill('Dragons');
    await china.page.getByTestId('join').click();
    await china.page.waitForURL(`**/play/${matchID}`);
    expect((await boardOf(china.page)).viewer).toBe('china');

    russia = await page();
    await russia.page.goto(`${s.url}/join`);
    await russia.page.getByLabel(/Join code/).fill(code.toLowerCase());
    await russia.page.getByRole('button', { name: 'Find the match' }).click();
    expect(await russia.page.getByTestId('pick-china').isDisabled()).toBe(true);
    expect(await russia.page.getByTestId('pick-pakistan').isDisabled()).toBe(true);
    await shot(russia.page, 'join');
    await russia.page.getByTestId('pick-russia').check();
    await russia.page.getByLabel('Your group’s name').fill('Bears');
    await russia.page.getByTestId('join').click();
    await russia.page.waitForURL(`**/play/${matchID}`);
    expect((await boardOf(russia.page)).viewer).toBe('russia');

    const seat = teacher.page.getByTestId('match-1').getByTestId('seat-china');
    await teacher.page.waitForFunction(
      () => document.querySelector('[data-testid="seat-china"]')?.getAttribute('data-taken') === 'true',
      undefined,
      { polling: 50 },
    );
    expect(await seat.innerText()).toContain('Dragons');
  });

  it('a move on one page is seen on the other, and neither page holds another power’s secret', async () => {
    expect(await nextPrompt(china.page)).toBe('act');
    const before = (await boardOf(russia.page)).moves;
    await act(china.page, () => china.page.getByTestId('pass').click());
    await russia.page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="board"]')?.getAttribute('data-moves')) > n,
      before,
      { polling: 20 },
    );
    // The computer seats play on until the match waits for Russia's group.
    const prompt = await nextPrompt(russia.page);
    expect(['act', 'choose']).toContain(prompt);
    await shot(russia.page, 'board-russia');
    await noSecretIn(china.page, 'china');
    await noSecretIn(russia.page, 'russia');
  });

  it('a reload brings the group back to its own seat', async () => {
    const key = await china.page.evaluate((id) => localStorage.getItem(`rotw.seat.${id}`), matchID);
    expect(JSON.parse(key!)).toMatchObject({ matchID, power: 'china', name: 'Dragons' });
    await china.page.reload();
    expect((await boardOf(china.page)).viewer).toBe('china');
    expect(await china.page.getByTestId('net-you').getAttribute('data-power')).toBe('china');
    // The join page on this device offers only the way back to that seat.
    await china.page.goto(`${s.url}/join/${code}`);
    await china.page.getByTestId('already-seated').waitFor();
    await china.page.getByRole('button', { name: 'Back to my seat' }).click();
    expect((await boardOf(china.page)).viewer).toBe('china');
  });

  it('the teacher pauses the match and the group’s board says so; resuming lets it play', async () => {
    await teacher.page.getByTestId('match-1').getByTestId('pause').click();
    await russia.page.getByText('The teacher has paused the match.').waitFor();
    await shot(russia.page, 'paused');
    await shot(teacher.page, 'teacher-live');
    await teacher.page.getByTestId('match-1').getByRole('button', { name: 'Resume' }).click();
    await russia.page.getByText('The teacher has paused the match.').waitFor({ state: 'detached' });
    const prompt = await nextPrompt(russia.page);
    const before = (await boardOf(china.page)).moves;
    if (prompt === 'choose')
      await act(russia.page, () => russia.page.getByTestId('event-choice').getByRole('button').first().click());
    else await act(russia.page, () => russia.page.getByTestId('pass').click());
    await china.page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="board"]')?.getAttribute('data-moves')) > n,
      before,
      { polling: 20 },
    );
  });

  it('the projector page follows the match and holds no secret', async () => {
    const projector = await page();
    await projector.page.goto(`${s.url}/watch/${code}`);
    await projector.page.getByTestId('projector').waitFor();
    expect(Number(await projector.page.getByTestId('projector').getAttribute('data-round'))).toBeGreaterThanOrEqual(1);
    await shot(projector.page, 'projector');
    await noSecretIn(projector.page, null);
    const stored = await projector.page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('rotw.seat')),
    );
    expect(stored).toEqual([]);
  });

  it('ending the session stops the match and opens the class debrief', async () => {
    await teacher.page.getByTestId('end-all').click();
    await teacher.page.getByTestId('end-yes').click();
    await china.page.getByText('The teacher has ended the match.').waitFor();
    await teacher.page.getByTestId('class-debrief').click();
    await teacher.page.waitForURL('**/class/**');
    const results = teacher.page.getByTestId('class-results');
    await results.waitFor();
    const row = results.locator('tbody tr').first();
    expect(await row.innerText()).toContain('Dragons');
    expect(await row.getAttribute('data-match')).toMatch(/^Match 1 \(/);
    // The teacher stopped it mid-game: the engine's record has no winner, and the result says so.
    expect(await row.getByTestId('class-result').innerText()).toMatch(
      /^stopped by the teacher in round \d+ of \d+(; ahead then: .+|, every score level) \(no winner\)$/,
    );
    await shot(teacher.page, 'class');
  });

  it('no page saw a console error (but the wrong secret’s one refused request, which Chromium logs)', () => {
    const refused = 'console: Failed to load resource: the server responded with a status of 401 (Unauthorized)';
    expect(teacher.errors.filter((e) => e === refused)).toHaveLength(1);
    for (const w of pages) expect(w.errors.filter((e) => w !== teacher || e !== refused)).toEqual([]);
  });
});
