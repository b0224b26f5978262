/**
 * The deal: agendas come from the seed mixed with secret entropy carried by the start move, so that
 * nothing a client holds before the deal (the seed, the initial state) predicts them, while a record
 * that keeps the entropy still replays exactly.
 */
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from './scenarios/index.ts';
import { applyMove, checkMove, initialState, newGame, newRecord, replay, withMove } from './index.ts';

const scenario = SCENARIOS['autumn-2016']!;

describe('the deal', () => {
  it('without entropy, the seed alone decides the agendas (simulation and tests)', () => {
    expect(newGame(scenario, 7).agendas).toEqual(newGame(scenario, 7).agendas);
  });

  it('with entropy, one seed gives different agendas', () => {
    const deals = new Set<string>();
    for (let deal = 0; deal < 40; deal++)
      deals.add(JSON.stringify(newGame(scenario, 7, (deal * 2654435761) >>> 0).agendas));
    expect(deals.size).toBeGreaterThan(10);
  });

  it('from one initial state (what every client holds), different deals give different agendas', () => {
    const first = scenario.order[0]!;
    const a = applyMove(initialState(scenario, 7), first, { kind: 'start', deal: 1 });
    const b = applyMove(initialState(scenario, 7), first, { kind: 'start', deal: 2 });
    expect(a.ok && b.ok).toBe(true);
    expect(a.state.agendas).not.toEqual(b.state.agendas);
  });

  it.each([-1, 1.5, 2 ** 32, Number.NaN, '7', null])('refuses a deal of %s', (deal) => {
    const first = scenario.order[0]!;
    expect(checkMove(initialState(scenario, 7), first, { kind: 'start', deal })).toBe('UNKNOWN_MOVE');
  });

  it('a record that keeps the deal replays to the same agendas', () => {
    const first = scenario.order[0]!;
    const record = withMove(newRecord(scenario, 7), first, { kind: 'start', deal: 4242 });
    const states = replay(record);
    expect(states.ok && states.value.at(-1)!.agendas).toEqual(newGame(scenario, 7, 4242).agendas);
  });
});
