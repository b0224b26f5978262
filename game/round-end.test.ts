/**
 * Two rules the balance tuning added to the round's end (docs/balance.md, "Engine changes"): a closed
 * door strains a bloc only towards a great power, and equal VP are split by blame, then influence.
 */
import { describe, expect, it } from 'vitest';
import { newGame } from './engine.ts';
import { strainStep, winnersOf } from './round.ts';
import { getScenario } from './scenarios/index.ts';
import type { GameState } from './state.ts';

/** A started Autumn 2016 game, as a private copy the test may change. */
function started(): GameState {
  return structuredClone(newGame(getScenario('autumn-2016')!, 'round-end'));
}

/** Tension and blame after the strain step (Tajikistan already strains by sitting in two rival blocs). */
function strained(s: GameState): { tension: number; blame: GameState['blame'] } {
  strainStep(s);
  return { tension: s.tension, blame: { ...s.blame } };
}

describe('a closed door strains', () => {
  it('a bloc when the shut-out partner is a great power, blamed on the host', () => {
    const before = strained(started());
    const s = started();
    s.doors.tajikistan.china = null;
    const after = strained(s);
    const closed = s.scenario.rules.doors.closedTension;
    expect(closed).toBeGreaterThan(0);
    expect(after.tension).toBe(before.tension + closed);
    expect(after.blame.tajikistan).toBe(before.blame.tajikistan + closed);
    expect(s.log.at(-1)).toMatchObject({ t: 'strain', power: 'tajikistan', cause: 'door' });
  });

  it('nothing when the shut-out partner is a small power', () => {
    const before = strained(started());
    const s = started();
    s.doors.tajikistan.pakistan = null;
    s.doors.tajikistan.afghanistan = null;
    s.doors.pakistan.afghanistan = null;
    expect(strained(s)).toEqual(before);
  });
});

describe('the winners', () => {
  it('are the powers with the most VP', () => {
    const s = started();
    s.vp = { russia: 9, china: 12, tajikistan: 3, pakistan: 11, afghanistan: 0 };
    expect(winnersOf(s)).toEqual(['china']);
  });

  it('among equal VP, the one with less blame, then the one with more influence', () => {
    const s = started();
    s.vp = { russia: 12, china: 12, tajikistan: 12, pakistan: 4, afghanistan: 0 };
    s.blame = { russia: 3, china: 1, tajikistan: 1, pakistan: 0, afghanistan: 0 };
    for (const r of Object.values(s.regions)) {
      r.influence.china = 0;
      r.influence.tajikistan = 0;
    }
    s.regions.dushanbe!.influence.tajikistan = 2;
    s.regions.gbao!.influence.china = 1;
    expect(winnersOf(s)).toEqual(['tajikistan']);
    s.regions.gbao!.influence.china = 2;
    expect(winnersOf(s)).toEqual(['china', 'tajikistan']);
  });
});
