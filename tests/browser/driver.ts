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
export type Prompt = 'privacy' | 'act' | 'answer' | 'choose' | 'end' | 'start' | 'crash';

/** Fill in the start screen and start. */
export async function startGame(page: Page, setup: Setup): Promise<void> {
  await page.getByTestId('start').waitFor();
  if (setup.scenario) await page.locator(`input[name="scenario"][value="${setup.scenario}"]`).check();
  for (const [power, seat] of Object.entries(setup.seats)) await page.getByTestId(`seat-${power}`).selectOption(seat!);
  await page.getByText('More options').click();
  await page.getByTestId('seed').fill(setup.seed);
  await page.getByTestId('start-speed').selectOption(setup.speed);
  await page.getByRole('button', { name: 'Start the game' }).click();
}

const PROMPT_PROBE = `(() => {
  const q = (id) => document.querySelector('[data-testid="' + id + '"]');
  if (q('crash')) return 'crash';
  if (q('privacy')) return 'privacy';
  if (q('end')) return 'end';
  if (q('start')) return 'start';
  if (q('request')) return 'answer';
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
  await page.getByTestId('board').waitFor();
  return power;
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
  return page.getByTestId('log').locator('li').allInnerTexts();
}

/** Choose an action kind in the panel. */
export async function chooseKind(page: Page, kind: 'aid' | 'base' | 'exercise' | 'coalition'): Promise<void> {
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

/** Answer whatever default a test does not care about: refuse requests, take the first event option, pass. */
export async function answerDefault(page: Page, prompt: Prompt): Promise<void> {
  if (prompt === 'answer') await act(page, () => page.getByTestId('refuse').click());
  else if (prompt === 'choose')
    await act(page, () => page.getByTestId('event-choice').getByRole('button').first().click());
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
