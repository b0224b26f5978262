/**
 * Saved games for the browser tests, played in the engine and put in a page's localStorage before it
 * opens: a game waiting for Tajikistan's turn just after Russia built a base on its soil (through its
 * open door), one waiting for its choice on an event card, and a finished game. Reaching these screens from a save is quick and always the same.
 */
import type { Browser } from 'playwright-core';
import { getBot } from '../../game/ai/index.ts';
import {
  actingPower,
  applyMove,
  byPower,
  checkMove,
  getScenario,
  initialState,
  legalMoves,
  newRecord,
  toMove,
  withMove,
  type GameRecord,
  type Move,
  type Power,
  type RegionId,
} from '../../game/index.ts';
import { SAVE_KEY, serialiseSave } from '../../src/app/storage.ts';
import type { Seats } from '../../game/seats.ts';
import { playRecorded } from '../scenarios/play.ts';
import { watchedPage, type Watched } from './harness.ts';

const computer = { kind: 'computer', bot: 'random' } as const;

/** Tajikistan at the device, every other power a computer. */
export const TAJIK_SEATS: Seats = byPower((p) => (p === 'tajikistan' ? { kind: 'human' } : computer));

/** Everyone a computer. */
export const COMPUTER_SEATS: Seats = byPower(() => computer);

/**
 * Play Autumn 2016 in the engine, every power passing (and taking the first option on event cards),
 * until `stop` says the position is the one wanted, or `step` offers a move for the acting power.
 */
function playUntil(
  stop: (s: ReturnType<typeof initialState>) => boolean,
  step: (s: ReturnType<typeof initialState>, who: Power) => Move | null = () => null,
): GameRecord {
  const scenario = getScenario('autumn-2016')!;
  for (let seed = 1; seed < 400; seed++) {
    let record = newRecord(scenario, seed);
    let s = initialState(scenario, seed);
    for (let i = 0; i < 600 && s.step !== 'ended'; i++) {
      if (stop(s)) return record;
      const who = toMove(s)!;
      const acting = s.step === 'actions';
      const move = (acting ? step(s, who) : null) ?? (acting ? { kind: 'pass' as const } : legalMoves(s, who)[0]!);
      const next = applyMove(s, who, move);
      if (!next.ok) throw new Error(next.reason);
      s = next.state;
      record = withMove(record, who, move);
    }
  }
  throw new Error('no seed reaches the position wanted');
}

/** Tajikistan's turn (doors and one operation), after Russia has built a base on its soil. */
export function recordAtTajikTurn(): GameRecord {
  const tajikRegions: RegionId[] = ['dushanbe', 'khatlon', 'rasht', 'gbao', 'sughd'];
  return playUntil(
    (s) =>
      s.step === 'actions' &&
      toMove(s) === 'tajikistan' &&
      s.log.some((e) => e.t === 'base' && e.power === 'russia' && tajikRegions.includes(e.region)),
    (s, who) => {
      if (who !== 'russia' || actingPower(s) !== 'russia') return null;
      const region = tajikRegions.find((r) => checkMove(s, 'russia', { kind: 'base', region: r }) === null);
      return region ? { kind: 'base', region } : null;
    },
  );
}

/** Tajikistan must choose on an event card. */
export function recordAtTajikChoice(): GameRecord {
  return playUntil((s) => s.step === 'event' && toMove(s) === 'tajikistan');
}

/** A finished game of the tutorial scenario, computers in every seat. */
export function finishedRecord(): GameRecord {
  return playRecorded(getScenario('tutorial')!, 'finished', getBot('random')!).record;
}

/** A new page that opens with this game saved (and, optionally, a language chosen). */
export async function pageWithSave(
  browser: Browser,
  url: string,
  record: GameRecord,
  seats: Seats,
  lang?: string,
): Promise<Watched> {
  const w = await watchedPage(browser);
  const save = serialiseSave({ seats, speed: 'fast', record, notes: [] });
  await w.page.addInitScript(
    ([key, text, language]) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem(key!, text!);
      if (language) localStorage.setItem('roof-of-the-world.lang', language);
      sessionStorage.setItem('seeded', '1');
    },
    [SAVE_KEY, save, lang ?? ''],
  );
  await w.page.goto(url);
  return w;
}

/** A page resuming the finished game `record` (computers at every seat), on its end screen, the debrief opened. */
export async function debriefOfFinished(browser: Browser, url: string, record: GameRecord): Promise<Watched> {
  const w = await pageWithSave(browser, url, record, COMPUTER_SEATS);
  await w.page.getByTestId('resume').click();
  await w.page.getByTestId('end').waitFor();
  await w.page.getByTestId('open-debrief').click();
  return w;
}
