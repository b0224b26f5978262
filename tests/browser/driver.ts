/**
 * Playing the board through its user interface, for the browser tests, the benchmark and the
 * screenshot script: set up a game on the start screen, take the device at the privacy screen, find
 * out what the board is asking the player at the device, and answer with clicks — roles and labels
 * first, `data-testid` hooks where no label is stable.
 */
import type { Page } from 'playwright-core';

export type SeatChoice = 'human' | `bot:${string}`;

export interface Setup {
  /** Scenario id (the first one listed when omitted). */
  scenario?: string;
  seats: Partial<Record<string, SeatChoice>>;
  seed: string;
  speed: 'slow' | 'normal' | 'fast';
}

/** What the page is showing the player at the device. */
export type Prompt = 'privacy' | 'act' | 'choose' | 'end' | 'start' | 'crash';

/** Fill in the start screen and start. */
export async function startGame(page: Page, setup: Setup): Promise<void> {
  await page.getByTestId('start').waitFor();
  if (setup.scenario) await page.locator(`input[name="scenario"][value="${setup.scenario}"]`).check();
  for (const [power, seat] of Object.entries(setup.seats)) await page.getByTestId(`seat-${power}`).selectOption(seat!);
  await page.getByText('More options').click();
  await page.getByTestId('seed').fill(setup.seed);
  await page.getByTestId('start-speed').selectOption(setup.speed);
  await page.getByRole('button', { name: 'Start the game' }).click();
  await answerStartOver(page);
}

const PROMPT_PROBE = `(() => {
  const q = (id) => document.querySelector('[data-testid="' + id + '"]');
  if (q('crash')) return 'crash';
  if (q('privacy')) return 'privacy';
  if (q('end')) return 'end';
  if (q('start')) return 'start';
  // The whole board: its lower panel sections and log join a frame after it first appears.
  if (q('board') && q('board').dataset.drawn !== 'true') return null;
  if (q('event-choice')) return 'choose';
  if (q('kind-aid')) return 'act';
  return null;
})()`;

/** Wait until the board asks the player at the device something (or the game ends), and say what. */
export async function nextPrompt(page: Page, timeout = 60_000): Promise<Prompt> {
  // A string, not a function: tsx would wrap an inner arrow function in a helper the page does not have.
  const handle = await page.waitForFunction(PROMPT_PROBE, undefined, { timeout, polling: 20 });
  return (await handle.jsonValue()) as Prompt;
}

/** On the privacy screen: the power the device is to be passed to; then take it. */
export async function takeDevice(page: Page): Promise<string> {
  const screen = page.getByTestId('privacy');
  const power = (await screen.getAttribute('data-power')) ?? '';
  await page.getByTestId('privacy-ready').click();
  await wholeBoard(page);
  return power;
}

/** Wait for the whole board: its lower panel sections and log join a frame after it first appears. */
export async function wholeBoard(page: Page): Promise<void> {
  await page.locator('[data-testid="board"][data-drawn="true"]').waitFor();
}

/** The power whose board is on screen. */
export async function viewer(page: Page): Promise<string> {
  return (await page.getByTestId('board').getAttribute('data-viewer')) ?? '';
}

/** The acting player's IP, as the panel shows it. */
export async function myIp(page: Page): Promise<number> {
  return Number(await page.getByTestId('my-ip').getAttribute('data-ip'));
}

/** A region's influence for a power, as its card shows it. */
export async function influence(page: Page, region: string, power: string): Promise<number> {
  const v = await page.locator(`[data-region="${region}"] [data-power="${power}"]`).getAttribute('data-value');
  return Number(v);
}

/** The log's lines, newest first. */
export async function logLines(page: Page): Promise<string[]> {
  const log = page.getByTestId('log');
  await log.waitFor({ state: 'attached' }); // the log joins the board a frame after it first appears
  return log.locator('li').allInnerTexts();
}

export type Kind = 'aid' | 'base' | 'exercise' | 'special' | 'coalition';

/** Choose an operation kind in the panel. */
export async function chooseKind(page: Page, kind: Kind): Promise<void> {
  const button = page.getByTestId(`kind-${kind}`);
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
}

/** The region ids the map highlights as legal targets, optionally only those in one host's country. */
export async function legalRegions(page: Page, host?: string): Promise<string[]> {
  const sel = host ? `[data-target="legal"][data-host="${host}"]` : '[data-target="legal"]';
  return page.locator(sel).evaluateAll((els) => els.map((e) => e.getAttribute('data-region') ?? ''));
}

/** Click a region's card on the map. */
export async function pickRegion(page: Page, region: string): Promise<void> {
  await page.locator(`[data-region="${region}"]`).click();
}

/** The size the stepper shows (1 when the operation has no size). */
export async function size(page: Page): Promise<number> {
  const out = page.getByTestId('size');
  return (await out.count()) ? Number(await out.getAttribute('data-size')) : 1;
}

/** Step the operation's size up or down to `wanted` (as far as the stepper goes). */
export async function setSize(page: Page, wanted: number): Promise<number> {
  for (let i = 0; i < 10; i++) {
    const now = await size(page);
    if (now === wanted) return now;
    const button = page.getByTestId(now < wanted ? 'size-up' : 'size-down');
    if (!(await button.count()) || (await button.isDisabled())) return now;
    await button.click();
  }
  return size(page);
}

/** The panel's target list: each region with its cost (null: door closed) and whether it is open. */
export async function targets(page: Page): Promise<{ region: string; cost: number | null; legal: boolean }[]> {
  return page.locator('[data-testid^="target-"]').evaluateAll((els) =>
    els.map((e) => ({
      region: (e.getAttribute('data-testid') ?? '').slice('target-'.length),
      cost: e.getAttribute('data-cost') ? Number(e.getAttribute('data-cost')) : null,
      legal: e.getAttribute('data-legal') === 'true',
    })),
  );
}

/** Set this host's door to `guest` ('closed' or a price); a door change keeps the turn. */
export async function setDoor(page: Page, guest: string, value: string): Promise<void> {
  await act(page, async () => {
    await page.getByTestId(`door-${guest}`).selectOption(value);
  });
}

/** The settings this host's door to `guest` may be changed to now ('closed' or a price), as the panel offers them. */
export async function doorSettings(page: Page, guest: string): Promise<string[]> {
  return page
    .getByTestId(`door-${guest}`)
    .locator('option:not([disabled])')
    .evaluateAll((els) => els.map((e) => e.getAttribute('value') ?? ''));
}

/** Answer whatever default a test does not care about: take the first event option, pass. */
export async function answerDefault(page: Page, prompt: Prompt): Promise<void> {
  if (prompt === 'choose') await act(page, () => page.getByTestId('event-choice').getByRole('button').first().click());
  else if (prompt === 'act') await act(page, () => page.getByTestId('pass').click());
  else if (prompt === 'privacy') await takeDevice(page);
}

/** Moves played so far (the board's record length). */
export async function moves(page: Page): Promise<number> {
  return Number(await page.getByTestId('board').getAttribute('data-moves'));
}

/** Do something on the board, then wait until the game has moved on (or the board has gone). */
export async function act(page: Page, what: () => Promise<void>): Promise<void> {
  const before = await moves(page);
  await what();
  await page.waitForFunction(
    (n) => {
      const board = document.querySelector('[data-testid="board"]');
      return !board || Number(board.getAttribute('data-moves')) !== n;
    },
    before,
    { polling: 20 },
  );
}

/** Starting a game over one in progress asks first (ui/common/Confirm.tsx): say yes when it asks. */
export async function answerStartOver(page: Page): Promise<void> {
  const yes = page.getByTestId('confirm-yes');
  await yes.waitFor({ timeout: 1500 }).then(
    () => yes.click(),
    () => {},
  );
}
