import { describe, expect, it } from 'vitest';
import { getBot } from './ai/index.ts';
import { lessonEstimate } from './lesson.ts';
import { SCENARIOS, SCENARIO_IDS } from './scenarios/index.ts';
import { playFacts } from './sim/facts.ts';
import { lessonClock, lessonMinutes } from './sim/measures.ts';
import { byPower } from './vocabulary.ts';

describe('lessonEstimate', () => {
  it.each(SCENARIO_IDS)('%s: within two minutes of the lesson clock measured on greedy games', (id) => {
    const scenario = SCENARIOS[id]!;
    const greedy = getBot('greedy')!;
    const games = Array.from({ length: 15 }, (_, i) =>
      playFacts(
        scenario,
        `lesson-${i}`,
        byPower(() => greedy),
      ),
    );
    const measured = lessonClock(games);
    const estimate = lessonEstimate(scenario);
    expect(Math.abs(estimate.minutes - measured.minutes!), `measured ${measured.minutes} min`).toBeLessThanOrEqual(2);
    expect(Math.abs(estimate.decisions - measured.decisions!)).toBeLessThanOrEqual(2);
    expect(games.every((g) => lessonMinutes(g) > 0)).toBe(true);
  });

  it('counts one decision per power a round, an event a round and a choice card when it is drawn', () => {
    const card = (round?: number, choice = false) => ({ round, choice: choice ? {} : undefined });
    const events = [card(1, true), card(undefined, true), card(undefined), card(undefined), card(undefined)];
    const e = lessonEstimate({ rounds: 3, events } as never);
    // 15 operations + the pinned choice + one of four unpinned cards drawn in each of 2 free rounds (1 in 4 a choice).
    expect(e.decisions).toBe(Math.round(15 + 1 + 0.5));
    expect(e.events).toBe(3);
    expect(e.handoffs).toBe(e.decisions - 1);
    expect(e.minutes).toBe(Math.ceil((45 * e.decisions + 10 * e.handoffs + 30 * 3) / 60));
  });
});
