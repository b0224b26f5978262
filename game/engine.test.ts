/**
 * The engine's public face and its fast path: newGame is initialState plus the first power's start;
 * applyMove never mutates; cloneState gives an independent copy (with or without the record); the
 * fast path and applyMove agree move for move on a scripted game.
 */
import { describe, expect, it } from 'vitest';
import { finishGame, play, started, tinyScenario, turnOf } from '../tests/fixtures/builders.ts';
import { applyInPlace, applyMove, cloneState, initialState, isOver, newGame } from './index.ts';
import type { GameState, Move, Power } from './index.ts';

describe('newGame', () => {
  it('is the initial state with the first power’s start move applied', () => {
    const scenario = tinyScenario();
    const byHand = applyMove(initialState(scenario, 'seed'), 'russia', { kind: 'start' });
    expect(byHand.ok && byHand.state).toEqual(newGame(scenario, 'seed'));
  });

  it('string and number seeds both work and differ', () => {
    const scenario = tinyScenario();
    expect(newGame(scenario, 1).rng).not.toBe(newGame(scenario, '2').rng);
    expect(newGame(scenario, 1)).toEqual(newGame(scenario, 1));
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
    ['russia', { kind: 'aid', region: 'kabul' }],
    ['russia', { kind: 'base', region: 'gbao' }],
    ['tajikistan', { kind: 'answer', accept: true }],
    ['china', { kind: 'propose', invitees: ['pakistan', 'afghanistan'] }],
    ['pakistan', { kind: 'answer', accept: true }],
    ['afghanistan', { kind: 'answer', accept: false }],
    ['china', { kind: 'exercise', region: 'xinjiang', partner: 'pakistan' }],
    ['pakistan', { kind: 'answer', accept: true }],
    ['tajikistan', { kind: 'leave', coalition: 'pact' }],
    ['tajikistan', { kind: 'join', coalition: 'c1' }],
    ['china', { kind: 'answer', accept: true }],
    ['pakistan', { kind: 'pass' }],
    ['afghanistan', { kind: 'base', region: 'kabul' }],
    ['afghanistan', { kind: 'pass' }],
  ];

  it('agrees with applyMove move for move', () => {
    let immer = started();
    const fast = cloneState(immer);
    for (const [power, move] of script) {
      immer = play(immer, power, move);
      expect(applyInPlace(fast, power, move)).toBeNull();
      expect(fast).toEqual(immer);
    }
    expect(fast.round).toBe(2);
  });

  it('a clone is independent of its original', () => {
    const s = turnOf(started(), 'russia');
    const before = structuredClone(s);
    const copy = cloneState(s);
    applyInPlace(copy, 'russia', { kind: 'base', region: 'gbao' });
    applyInPlace(copy, 'tajikistan', { kind: 'answer', accept: true });
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
