/**
 * The passive bot, the balance report's baseline: it plays only legal moves, passes whenever it may,
 * never touches its doors and takes an event's first option.
 */
import { describe, expect, it } from 'vitest';
import { getBot } from '../../game/ai/index.ts';
import { passiveBot } from '../../game/ai/passive.ts';
import { plannerBot } from '../../game/ai/planner.ts';
import type { Bot } from '../../game/ai/bot.ts';
import { legalMoves } from '../../game/legal.ts';
import type { Move } from '../../game/moves.ts';
import { getScenario } from '../../game/scenarios/index.ts';
import { playGame } from '../../game/sim/play.ts';
import { byPower } from '../../game/vocabulary.ts';

interface Seen {
  decisions: number;
  illegal: number;
  passes: number;
  passNotTaken: number;
  doors: number;
  choices: number;
  notFirstOption: number;
}

/** The passive bot, watched: every move it makes is checked against the legal moves of its view. */
function watched(seen: Seen): Bot {
  return {
    id: 'watched-passive',
    label: passiveBot.label,
    decide(view, power, rng) {
      const legal = legalMoves(view, power);
      const d = passiveBot.decide(view, power, rng);
      const key = (m: Move) => JSON.stringify(m);
      seen.decisions += 1;
      if (!legal.some((m) => key(m) === key(d.move))) seen.illegal += 1;
      if (legal.some((m) => m.kind === 'pass') && d.move.kind !== 'pass') seen.passNotTaken += 1;
      if (d.move.kind === 'pass') seen.passes += 1;
      if (d.move.kind === 'door') seen.doors += 1;
      if (d.move.kind === 'choose') {
        seen.choices += 1;
        if (key(d.move) !== key(legal[0]!)) seen.notFirstOption += 1;
      }
      expect(d.why.text).toMatch(/^because /);
      return d;
    },
  };
}

const fresh = (): Seen => ({
  decisions: 0,
  illegal: 0,
  passes: 0,
  passNotTaken: 0,
  doors: 0,
  choices: 0,
  notFirstOption: 0,
});

describe('passive bot', () => {
  it('is in the registry', () => {
    expect(getBot('passive')).toBe(passiveBot);
  });

  it('only passes when it is alone at the table, and the game still ends', () => {
    const seen = fresh();
    const bot = watched(seen);
    // At a table that never acts, a crisis can come only from the strain of the doors closed at the start,
    // which is the scenario's tuning: with the crisis taken out, the game must run all its rounds.
    const scenario = structuredClone(getScenario('autumn-2016')!);
    scenario.suddenDeath = scenario.suddenDeath.filter((r) => r.type !== 'crisis');
    const g = playGame(
      scenario,
      'passive:1',
      byPower(() => bot),
    );
    expect(g.reason).toBe('rounds');
    expect(g.rounds).toBe(scenario.rounds);
    expect(seen.illegal).toBe(0);
    expect(seen.passNotTaken).toBe(0);
    expect(seen.passes).toBe(seen.decisions - seen.choices);
  });

  it('among planners, leaves its doors as they are and takes an event’s first option', () => {
    const seen = fresh();
    const bot = watched(seen);
    for (const scenario of ['autumn-2016', 'moscow-2009', 'door-closes'])
      for (let i = 0; i < 4; i++)
        playGame(
          getScenario(scenario)!,
          `passive:${i}`,
          byPower((p) => (p === 'tajikistan' ? bot : plannerBot)),
        );
    expect(seen.illegal).toBe(0);
    expect(seen.passNotTaken).toBe(0);
    expect(seen.doors).toBe(0);
    expect(seen.choices).toBeGreaterThan(0);
    expect(seen.notFirstOption).toBe(0);
  });
});
