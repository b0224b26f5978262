/** Tutorial prompts: the right ones for the decision the game waits for, and a guided game that follows them. */
import { describe, expect, it } from 'vitest';
import { applyInPlace, cloneState } from './fast.ts';
import { legalMoves } from './legal.ts';
import { toMove, type Move } from './moves.ts';
import { newGame } from './engine.ts';
import { inDangerZone } from './ops/common.ts';
import { getScenario } from './scenarios/index.ts';
import { decisionKind, isTutorial, tutorialPrompts } from './tutorial.ts';
import { ACTION_KINDS, type Power } from './vocabulary.ts';
import type { TutorialStep } from './schema.ts';
import type { GameState } from './state.ts';

const scenario = getScenario('tutorial')!;

/**
 * The bloc move each coalition prompt asks for, in its words: China founds one with Tajikistan and
 * Pakistan; Afghanistan joins China's.
 */
function asksForBloc(power: Power | undefined, m: Move, s: GameState): boolean {
  if (power === 'china') return m.kind === 'found' && [...m.invitees].sort().join() === 'pakistan,tajikistan';
  const chinas = s.coalitions.find((c) => c.leader === 'china');
  return power === 'afghanistan' && m.kind === 'join' && m.coalition === chinas?.id;
}

/** The legal move a prompt asks for, if any: the largest size where there is a size; at a
 * door, China's price set to 2 (Tajikistan's prompt names it). */
function prompted(step: TutorialStep, legal: Move[], s: GameState): Move | undefined {
  const fits = legal.filter((m) => {
    if (step.action === 'coalition') return asksForBloc(step.power, m, s);
    if (step.action === 'door') return m.kind === 'door' && m.guest === 'china' && m.price === 2;
    if (m.kind !== step.action) return false;
    return step.region === undefined || ('region' in m && m.region === step.region);
  });
  return step.action === 'aid' || step.action === 'exercise' ? fits.at(-1) : fits[0];
}

/** Play round by round, doing what the prompts ask (a door once a turn), `option` at the event choice. */
function followed(seed: number, option: string) {
  const s = cloneState(newGame(scenario, seed));
  const missed: string[] = [];
  const done: string[] = [];
  let dangerAtRound3: boolean | null = null;
  let russiaRound3: Move[] = [];
  let doorTurn = '';
  for (let power = toMove(s); power !== null; power = toMove(s)) {
    const legal = legalMoves(s, power);
    if (s.round === 3 && s.step === 'actions') {
      dangerAtRound3 ??= inDangerZone(s);
      if (power === 'russia') russiaRound3 = legal;
    }
    const turn = `${s.round}:${s.turn}`;
    const asked = tutorialPrompts(s).filter(
      (p) => p.power === power && p.action !== undefined && !(p.action === 'door' && doorTurn === turn),
    );
    for (const p of asked)
      if (!prompted(p, legal, s)) missed.push(`round ${s.round} ${power} ${p.action} ${p.region ?? ''}`);
    const choice = s.step === 'event' ? legal.find((m) => m.kind === 'choose' && m.option === option) : undefined;
    const move =
      choice ??
      asked.map((p) => prompted(p, legal, s)).find((m) => m !== undefined) ??
      legal.find((m) => m.kind === 'pass')!;
    if (move.kind === 'door') doorTurn = turn;
    if (move.kind !== 'pass') done.push(`${s.round} ${power} ${move.kind}`);
    expect(applyInPlace(s, power, move)).toBeNull();
  }
  return { s, missed, done, dangerAtRound3, russiaRound3 };
}

const logged = (s: GameState, t: string) => s.log.filter((e) => e.t === t);

describe('tutorial prompts', () => {
  it('teach every operation, the doors and the event choice, in rounds that exist', () => {
    expect(isTutorial(newGame(scenario, 1))).toBe(true);
    expect(isTutorial(newGame(getScenario('autumn-2016')!, 1))).toBe(false);
    const taught = new Set(scenario.tutorial!.map((t) => t.action));
    for (const kind of [...ACTION_KINDS, 'door', 'choose'] as const) expect(taught).toContain(kind);
    for (const t of scenario.tutorial!) expect(t.round).toBeLessThanOrEqual(scenario.rounds);
    expect(scenario.scoring).toEqual([3]);
  });

  it('in round 1 shows Tajikistan, the first host, its door and then its aid', () => {
    const s = newGame(scenario, 1);
    expect(s.round).toBe(1);
    expect(toMove(s)).toBe('tajikistan');
    const prompts = tutorialPrompts(s);
    expect(prompts.map((p) => p.action)).toEqual([undefined, 'door', 'aid', 'pass']);
    expect(prompts[2]).toMatchObject({ power: 'tajikistan', region: 'khatlon' });
    expect(tutorialPrompts(s, 'china').map((p) => p.region)).toEqual([undefined, 'gbao', undefined]);
  });

  it('shows choice prompts only at a choice, and operation prompts once it is made', () => {
    const r2 = cloneState(newGame(scenario, 2));
    while (r2.round < 2) applyInPlace(r2, toMove(r2)!, { kind: 'pass' });
    expect(decisionKind(r2)).toBe('choose');
    expect(tutorialPrompts(r2).map((p) => p.action)).toEqual([undefined, 'choose']);
    applyInPlace(r2, 'tajikistan', { kind: 'choose', option: 'accept' });
    expect(decisionKind(r2)).toBe('action');
    expect(toMove(r2)).toBe('russia');
    expect(tutorialPrompts(r2).map((p) => p.action)).toEqual([undefined, 'base']);
  });

  it.each([
    [1, 'accept'],
    [2, 'decline'],
    [3, 'accept'],
  ])('can be followed from start to end (seed %i, %s): every prompt is legal when it is shown', (seed, option) => {
    const { s, missed, done, dangerAtRound3, russiaRound3 } = followed(seed, option);
    expect(missed).toEqual([]);
    expect(s.step).toBe('ended');
    expect(s.round).toBe(3);
    expect(done.length).toBeGreaterThanOrEqual(18);
    // Round 1: aid with a size above one, doors set to a price, fees paid at them.
    expect(logged(s, 'aid').some((e) => e.t === 'aid' && e.size > 1)).toBe(true);
    expect(logged(s, 'door').map((e) => (e.t === 'door' ? e.power : null))).toEqual(['tajikistan', 'afghanistan']);
    expect(s.fees.tajikistan).toBeGreaterThanOrEqual(4);
    // Round 2: a base through an open door, an exercise of size two, three special abilities.
    expect(logged(s, 'base')).toHaveLength(1);
    expect(logged(s, 'exercise').some((e) => e.t === 'exercise' && e.round === 2 && e.size === 2)).toBe(true);
    const specials = logged(s, 'special').map((e) => (e.t === 'special' ? e.power : null));
    expect(specials.sort()).toEqual(['afghanistan', 'pakistan', 'tajikistan']);
    // Round 3: a bloc founded and joined, joint action, and the danger zone.
    expect(logged(s, 'formed')).toHaveLength(1);
    expect(logged(s, 'joined')).toHaveLength(1);
    expect(logged(s, 'joint').some((e) => e.t === 'joint' && e.region === 'gbao')).toBe(true);
    expect(dangerAtRound3).toBe(true);
    expect(russiaRound3.some((m) => m.kind === 'base' || m.kind === 'special')).toBe(false);
    expect(russiaRound3.filter((m) => m.kind === 'exercise').every((m) => m.kind === 'exercise' && m.size === 1)).toBe(
      true,
    );
    const scored = logged(s, 'score').map((e) => (e.t === 'score' ? e.round : 0));
    expect(new Set(scored)).toEqual(new Set([3]));
    expect(Math.max(...(Object.values(s.vp) as number[]))).toBeGreaterThan(0);
    expect(s.result?.winners.every((w: Power) => s.vp[w] > 0)).toBe(true);
  });
});
