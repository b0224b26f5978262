/**
 * The greedy bot: one operation of lookahead on its score as the rules count it. Its projected score is
 * made of the engine's own selectors (banked VP, objective gains over the start, the agenda, the IP it
 * will have next round); its operation is the legal one that raises it most, passing on a tie; and a
 * whole game of greedy seats is legal from start to end.
 */
import { describe, expect, it } from 'vitest';
import { ipAhead, ipWorth, scoringsLeft } from '../../game/ai/aims.ts';
import { greedyBot, projectedScore } from '../../game/ai/greedy.ts';
import { getBot } from '../../game/ai/index.ts';
import { after } from '../../game/ai/tactics.ts';
import { newGame } from '../../game/engine.ts';
import { applyInPlace, cloneState } from '../../game/fast.ts';
import { legalOperations } from '../../game/legal.ts';
import { toMove } from '../../game/moves.ts';
import { getScenario } from '../../game/scenarios/index.ts';
import { agendaValue, incomeDue, roundObjectivesValue } from '../../game/selectors.ts';
import type { GameState } from '../../game/state.ts';
import { viewFor } from '../../game/view.ts';
import { POWERS } from '../../game/vocabulary.ts';
import { autumnTurn, doorsSettled } from '../ai/positions.ts';

const scenario = getScenario('autumn-2016')!;

describe('greedy bot', () => {
  it('is registered under its id', () => {
    expect(getBot('greedy')).toBe(greedyBot);
  });

  it('projects its score from the engine’s selectors', () => {
    const s = newGame(scenario, 3);
    for (const p of POWERS) {
      const ip = Math.min(s.ip[p], s.scenario.rules.income.carryOver) + incomeDue(s)[p];
      expect(ipAhead(s, p)).toBe(ip);
      expect(projectedScore(s, p)).toBeCloseTo(
        s.vp[p] + scoringsLeft(s) * roundObjectivesValue(s, p) + agendaValue(s, p) + ipWorth(s) * ip,
      );
    }
    expect(scoringsLeft(s)).toBe(s.scenario.scoring.length);
  });

  it('takes the legal operation that raises its projected score most, and passes when none does', () => {
    for (const power of POWERS) {
      // Its doors already as it wants them (free moves): what is left to decide is its operation.
      const s = doorsSettled(
        autumnTurn(power, (d) => (d.ip[power] = 6), 5),
        power,
        greedyBot,
      );
      const view = viewFor(s, power);
      const d = greedyBot.decide(view, power, { rng: 1 });
      expect(d.move.kind).not.toBe('door');
      const values = legalOperations(view, power).map((m) => projectedScore(after(view, power, m), power));
      const best = Math.max(...values);
      expect(projectedScore(after(view, power, d.move), power)).toBeCloseTo(best);
      const pass = projectedScore(after(view, power, { kind: 'pass' }), power);
      if (pass >= best - 1e-9) expect(d.move).toEqual({ kind: 'pass' });
    }
  });

  it('plays whole games legally, acting as well as passing', () => {
    const kinds = new Set<string>();
    for (const seed of ['g1', 'g2']) {
      const s: GameState = cloneState(newGame(scenario, seed), false);
      const rng = { rng: 7 };
      for (let p = toMove(s); p !== null; p = toMove(s)) {
        const d = greedyBot.decide(viewFor(s, p), p, rng);
        kinds.add(d.move.kind);
        expect(applyInPlace(s, p, d.move), JSON.stringify(d.move)).toBeNull();
      }
      expect(s.step).toBe('ended');
    }
    expect(kinds.has('aid')).toBe(true);
  });
});
