/**
 * The engine's public face and its fast path: newGame deals, pays round 1's income and opens the first
 * turn; a seed is a number or its string (the same game); seeds deal differently;
 * cloneState gives an independent copy (with or without the record); the
 * fast path and applyMove agree move for move on a scripted game.
 */
import { describe, expect, it } from 'vitest';
import { finishGame, play, started, tinyScenario, turnOf } from '../tests/fixtures/builders.ts';
import { applyInPlace, cloneState, getScenario, initialState, isOver, newGame } from './index.ts';
import type { GameState, Move, Power } from './index.ts';

describe('newGame', () => {
  it('deals the agendas, pays round 1’s income and opens the first turn', () => {
    // The tiny fixture has no influence, bases or events, so round 1's income is each power's economy alone.
    const s = newGame(tinyScenario(), 'seed');
    expect(s).toMatchObject({ step: 'actions', round: 1, turn: 0, doorChanges: 0, event: null, result: null });
    expect(s.ip).toEqual({ russia: 14, china: 15, tajikistan: 11, pakistan: 12, afghanistan: 13 });
    expect(s.baseline).not.toBeNull();
    expect(s.agendas).toEqual({
      russia: 'russia-a',
      china: 'china-a',
      tajikistan: 'tajikistan-a',
      pakistan: 'pakistan-a',
      afghanistan: 'afghanistan-a',
    });
    expect(s.log.map((e) => e.t)).toEqual(['round', 'income', 'income', 'income', 'income', 'income']);
    expect(initialState(tinyScenario(), 'seed').agendas).toBeNull();
  });

  it('takes a seed as a number or as its string: 1 and "1" are the same game', () => {
    const scenario = getScenario('autumn-2016')!;
    expect(newGame(scenario, '1')).toEqual(newGame(scenario, 1));
    expect(newGame(scenario, '17').agendas).toEqual(newGame(scenario, 17).agendas);
  });

  it('deals differently from seed to seed, every agenda of every power in turn', () => {
    const scenario = getScenario('autumn-2016')!;
    const deals = new Set<string>();
    const dealt = new Set<string>();
    for (let seed = 1; seed <= 200; seed++) {
      const agendas = newGame(scenario, seed).agendas!;
      deals.add(JSON.stringify(agendas));
      for (const id of Object.values(agendas)) dealt.add(id);
    }
    // Two agendas a power: 32 possible deals. 200 seeds that dealt few of them would be a broken mix.
    expect(deals.size).toBeGreaterThanOrEqual(24);
    expect([...dealt].sort()).toEqual(scenario.agendas.map((a) => a.id).sort());
    expect(newGame(scenario, 1).rng).not.toBe(newGame(scenario, 2).rng);
  });
});

describe('isOver', () => {
  it('is false in play and true at the end', () => {
    const s = started();
    expect(isOver(s)).toBe(false);
    expect(isOver(finishGame(s))).toBe(true);
  });
});

describe('the fast path', () => {
  const script: [Power, Move][] = [
    ['russia', { kind: 'aid', region: 'kabul', size: 2 }],
    ['china', { kind: 'found', invitees: ['pakistan', 'afghanistan'] }],
    ['tajikistan', { kind: 'door', guest: 'china', price: 3 }],
    ['tajikistan', { kind: 'door', guest: 'russia', price: null }],
    ['tajikistan', { kind: 'leave', coalition: 'pact' }],
    ['pakistan', { kind: 'special', region: 'islamabad' }],
    ['afghanistan', { kind: 'base', region: 'kabul' }],
    ['china', { kind: 'exercise', region: 'dushanbe', size: 2 }],
    ['tajikistan', { kind: 'special' }],
    ['pakistan', { kind: 'join', coalition: 'pact' }],
    ['afghanistan', { kind: 'special', region: 'kabul' }],
    ['russia', { kind: 'special', region: 'kabul' }],
  ];

  it('agrees with applyMove move for move', () => {
    let immer = started();
    const fast = cloneState(immer);
    for (const [power, move] of script) {
      immer = play(immer, power, move);
      expect(applyInPlace(fast, power, move)).toBeNull();
      expect(fast).toEqual(immer);
    }
    expect(fast.round).toBe(3);
  });

  it('a clone is independent of its original', () => {
    const s = turnOf(started(), 'russia');
    const before = structuredClone(s);
    const copy = cloneState(s);
    expect(applyInPlace(copy, 'russia', { kind: 'base', region: 'gbao' })).toBeNull();
    copy.doors.tajikistan.china = null;
    copy.regions.dushanbe!.influence.china = 9;
    copy.coalitions[0]!.members.push('china');
    expect(s).toEqual(before);
  });

  it('without the record, a clone starts an empty log and history', () => {
    const s: GameState = finishGame(started());
    const bare = cloneState(s, false);
    expect(bare.log).toEqual([]);
    expect(bare.history).toEqual([]);
    expect({ ...bare, log: s.log, history: s.history }).toEqual(s);
  });

  it('an illegal move on the fast path returns its reason and changes nothing', () => {
    const s = cloneState(started());
    const before = structuredClone(s);
    expect(applyInPlace(s, 'china', { kind: 'pass' })).toBe('NOT_YOUR_TURN');
    expect(s).toEqual(before);
  });
});
