/**
 * Tutorial prompts: the right ones for the decision the game waits for, and a guided game that follows
 * them — every operation tried once, every group acting each round, every board mark explained, and
 * the whole of it inside ten minutes on the lesson clock.
 */
import { describe, expect, it } from 'vitest';
import { applyInPlace, cloneState } from './fast.ts';
import { legalMoves } from './legal.ts';
import { toMove, type Move } from './moves.ts';
import { newGame } from './engine.ts';
import { inDangerZone } from './ops/common.ts';
import { getScenario } from './scenarios/index.ts';
import { CLOCK } from './sim/measures.ts';
import { isDecision } from './sim/play.ts';
import { decisionKind, isTutorial, tutorialPoint, tutorialPrompts } from './tutorial.ts';
import { POWERS, type Power } from './vocabulary.ts';
import { TUTORIAL_MARKS, type TutorialStep } from './schema.ts';
import type { GameState } from './state.ts';

const scenario = getScenario('tutorial')!;

/** The bloc move each coalition prompt asks for: China founds one with Tajikistan and Pakistan; Afghanistan joins it. */
function asksForBloc(power: Power | undefined, m: Move, s: GameState): boolean {
  if (power === 'china') return m.kind === 'found' && [...m.invitees].sort().join() === 'pakistan,tajikistan';
  const chinas = s.coalitions.find((c) => c.leader === 'china');
  return power === 'afghanistan' && m.kind === 'join' && m.coalition === chinas?.id;
}

/** The legal move a prompt asks for, if any: the largest size where there is a size; at a door, China's price set to 2. */
function prompted(step: TutorialStep, legal: Move[], s: GameState): Move | undefined {
  const fits = legal.filter((m) => {
    if (step.action === 'coalition') return asksForBloc(step.power, m, s);
    if (step.action === 'door') return m.kind === 'door' && m.guest === 'china' && m.price === 2;
    if (m.kind !== step.action) return false;
    return step.region === undefined || ('region' in m && m.region === step.region);
  });
  return step.action === 'aid' || step.action === 'exercise' ? fits.at(-1) : fits[0];
}

/** Play the tutorial doing what the prompts ask (a door once a turn), and time it on the lesson clock. */
function followed(seed: number) {
  const s = cloneState(newGame(scenario, seed));
  const missed: string[] = [];
  const done: { round: number; power: Power; kind: Move['kind'] }[] = [];
  const seen = new Set<string>();
  let dangerAtRound2: boolean | null = null;
  let russiaRound2: Move[] = [];
  let doorTurn = '';
  let decisions = 0;
  let handoffs = 0;
  let last: Power | null = null;
  for (let power = toMove(s); power !== null; power = toMove(s)) {
    const legal = legalMoves(s, power);
    if (s.round === 2 && s.step === 'actions') {
      dangerAtRound2 ??= inDangerZone(s);
      if (power === 'russia') russiaRound2 = legal;
    }
    const turn = `${s.round}:${s.turn}`;
    const shown = tutorialPrompts(s);
    const point = tutorialPoint(s)?.point;
    if (point) seen.add(point);
    const asked = shown.filter(
      (p) => p.power === power && p.action !== undefined && !(p.action === 'door' && doorTurn === turn),
    );
    for (const p of asked)
      if (!prompted(p, legal, s)) missed.push(`round ${s.round} ${power} ${p.action} ${p.region ?? ''}`);
    const move =
      asked.map((p) => prompted(p, legal, s)).find((m) => m !== undefined) ?? legal.find((m) => m.kind === 'pass')!;
    if (move.kind === 'door') doorTurn = turn;
    done.push({ round: s.round, power, kind: move.kind });
    if (isDecision(move)) {
      decisions += 1;
      if (last !== null && last !== power) handoffs += 1;
      last = power;
    }
    expect(applyInPlace(s, power, move)).toBeNull();
  }
  const events = s.log.filter((e) => e.t === 'event').length;
  const minutes = (CLOCK.decision * decisions + CLOCK.handoff * handoffs + CLOCK.event * events) / 60;
  return { s, missed, done, seen, dangerAtRound2, russiaRound2, minutes, decisions };
}

const logged = (s: GameState, t: string) => s.log.filter((e) => e.t === t);

describe('tutorial prompts', () => {
  it('teach every operation and the doors, and point at every mark, in rounds that exist', () => {
    expect(isTutorial(newGame(scenario, 1))).toBe(true);
    expect(isTutorial(newGame(getScenario('autumn-2016')!, 1))).toBe(false);
    const taught = new Set(scenario.tutorial!.map((t) => t.action));
    for (const kind of ['aid', 'base', 'exercise', 'coalition', 'special', 'door'] as const)
      expect(taught).toContain(kind);
    expect(new Set(scenario.tutorial!.map((t) => t.point).filter(Boolean))).toEqual(new Set(TUTORIAL_MARKS));
    for (const t of scenario.tutorial!) expect(t.round).toBeLessThanOrEqual(scenario.rounds);
    expect(scenario.scoring).toEqual([scenario.rounds]);
  });

  it('in round 1 shows Tajikistan, the first host, its door and then its special, with IP and doors pointed at', () => {
    const s = newGame(scenario, 1);
    expect(s.round).toBe(1);
    expect(toMove(s)).toBe('tajikistan');
    const prompts = tutorialPrompts(s);
    expect(prompts.map((p) => p.action)).toEqual([undefined, 'door', 'special']);
    expect(prompts.map((p) => p.point)).toEqual(['ip', 'doors', undefined]);
    expect(tutorialPrompts(s, 'china').map((p) => p.region)).toEqual([undefined, 'gbao']);
  });

  it('shows operation prompts only while an operation is awaited', () => {
    const s = cloneState(newGame(scenario, 2));
    expect(decisionKind(s)).toBe('action');
    s.step = 'event';
    expect(decisionKind(s)).toBe('choose');
    expect(tutorialPrompts(s).map((p) => p.action)).toEqual([undefined]);
  });

  it.each([1, 2, 3])(
    'can be followed from start to end (seed %i): every prompt legal when shown, fits ten minutes',
    (seed) => {
      const { s, missed, done, seen, dangerAtRound2, russiaRound2, minutes, decisions } = followed(seed);
      expect(missed).toEqual([]);
      expect(s.step).toBe('ended');
      expect(s.round).toBe(scenario.rounds);
      // Every group acts in every round, and never passes.
      for (const round of [1, 2])
        for (const p of POWERS)
          expect(
            done.filter((d) => d.round === round && d.power === p && d.kind !== 'pass' && d.kind !== 'door'),
          ).toHaveLength(1);
      // Each operation tried at least once.
      const kinds = new Set(done.map((d) => d.kind));
      for (const k of ['aid', 'base', 'exercise', 'found', 'join', 'door', 'special'] as const)
        expect(kinds).toContain(k);
      expect(seen).toEqual(new Set(TUTORIAL_MARKS));
      // Round 1: aid of size above one, doors priced and paid, a base expanded where a rival sits (tension).
      expect(logged(s, 'aid').some((e) => e.t === 'aid' && e.size > 1)).toBe(true);
      expect(logged(s, 'door').map((e) => (e.t === 'door' ? e.power : null))).toEqual(['tajikistan', 'afghanistan']);
      expect(s.fees.tajikistan).toBeGreaterThanOrEqual(2);
      expect(logged(s, 'base')).toHaveLength(1);
      // Round 2: the danger zone, a bloc founded and joined, joint action in Gorno-Badakhshan.
      expect(dangerAtRound2).toBe(true);
      expect(russiaRound2.some((m) => m.kind === 'base' || m.kind === 'special')).toBe(false);
      expect(logged(s, 'formed')).toHaveLength(1);
      expect(logged(s, 'joined')).toHaveLength(1);
      expect(logged(s, 'joint').some((e) => e.t === 'joint' && e.region === 'gbao')).toBe(true);
      const scored = logged(s, 'score').map((e) => (e.t === 'score' ? e.round : 0));
      expect(new Set(scored)).toEqual(new Set([scenario.rounds]));
      expect(Math.max(...(Object.values(s.vp) as number[]))).toBeGreaterThan(0);
      // Ten groups' decisions on the lesson clock: 45 s each, 10 s a hand-off, 30 s an event card.
      expect(decisions).toBe(2 * POWERS.length);
      expect(minutes).toBeLessThanOrEqual(10);
    },
  );
});
