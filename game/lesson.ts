/**
 * The lesson clock of a scenario, worked out from its data alone, for the start screen's cards: how
 * long five groups on one device would take, on the balance report's weights (`CLOCK`: 45 s a group
 * decision, 10 s a hand-off, 30 s an event card). Each round every power makes one operation; an event
 * card is drawn each round, and a card with a choice adds one decision when it is drawn (a card pinned
 * to a round always is; an unpinned one with the chance that the round's draw picks it). Hand-offs: the
 * deciding power changes between every two decisions but the first. The balance report measures the same
 * clock on the bots' games (`lessonClock` in sim/measures.ts); a test keeps the two within two minutes.
 */
import type { Scenario } from './schema.ts';
import { CLOCK } from './sim/measures.ts';
import { POWERS } from './vocabulary.ts';

export interface LessonEstimate {
  /** Whole minutes, rounded up. */
  minutes: number;
  decisions: number;
  handoffs: number;
  events: number;
}

/** The lesson clock of a full game of `scenario` (no early end). */
export function lessonEstimate(scenario: Pick<Scenario, 'rounds' | 'events'>): LessonEstimate {
  const { rounds, events: cards } = scenario;
  const pinned = cards.filter((e) => e.round !== undefined && e.round <= rounds);
  const unpinned = cards.filter((e) => e.round === undefined);
  const freeRounds = Math.max(0, rounds - pinned.length);
  const drawChance = unpinned.length === 0 ? 0 : Math.min(1, freeRounds / unpinned.length);
  const choices = pinned.filter((e) => e.choice).length + unpinned.filter((e) => e.choice).length * drawChance;
  const events = Math.min(rounds, pinned.length + unpinned.length);
  const decisions = Math.round(rounds * POWERS.length + choices);
  const handoffs = Math.max(0, decisions - 1);
  const seconds = CLOCK.decision * decisions + CLOCK.handoff * handoffs + CLOCK.event * events;
  return { minutes: Math.ceil(seconds / 60), decisions, handoffs, events };
}
