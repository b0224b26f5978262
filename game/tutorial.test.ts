/** Tutorial prompts: the right ones for the decision the game waits for, and a guided game that follows them. */
import { describe, expect, it } from 'vitest';
import { applyInPlace, cloneState } from './fast.ts';
import { legalMoves } from './legal.ts';
import { toMove, type Move } from './moves.ts';
import { newGame } from './engine.ts';
import { getScenario } from './scenarios/index.ts';
import { decisionKind, isTutorial, tutorialPrompts } from './tutorial.ts';
import { ACTION_KINDS } from './vocabulary.ts';
import type { TutorialStep } from './schema.ts';

const scenario = getScenario('tutorial')!;

/** The legal move a prompt asks for, if any. */
function prompted(step: TutorialStep, legal: Move[]): Move | undefined {
  return legal.find((m) => {
    if (step.action === 'coalition') return m.kind === 'propose' || m.kind === 'join';
    if (step.action === 'answer') return m.kind === 'answer' && m.accept;
    if (m.kind !== step.action) return false;
    return step.region === undefined || ('region' in m && m.region === step.region);
  });
}

describe('tutorial prompts', () => {
  it('teach every action, in rounds that exist', () => {
    expect(isTutorial(newGame(scenario, 1))).toBe(true);
    expect(isTutorial(newGame(getScenario('autumn-2016')!, 1))).toBe(false);
    const taught = new Set(scenario.tutorial!.map((t) => t.action));
    for (const kind of ACTION_KINDS) expect(taught).toContain(kind);
    expect(taught).toContain('answer');
    expect(taught).toContain('choose');
  });

  it('in round 1 shows Russia the aid lesson first, and nothing about answering', () => {
    const s = newGame(scenario, 1);
    expect(s.round).toBe(1);
    expect(toMove(s)).toBe('russia');
    const prompts = tutorialPrompts(s);
    expect(prompts.map((p) => p.action)).toEqual([undefined, 'aid', 'pass']);
    expect(prompts[1]).toMatchObject({ power: 'russia', region: 'khatlon' });
    expect(tutorialPrompts(s, 'china').map((p) => p.region)).toEqual([undefined, 'gbao', undefined]);
  });

  it('shows answer prompts only while an answer is awaited, and choice prompts only at a choice', () => {
    const s = newGame(scenario, 2);
    const r2 = cloneState(s);
    while (r2.round < 2) applyInPlace(r2, toMove(r2)!, { kind: 'pass' });
    expect(decisionKind(r2)).toBe('choose');
    expect(tutorialPrompts(r2).map((p) => p.action)).toEqual([undefined, 'choose']);
    applyInPlace(r2, 'tajikistan', { kind: 'choose', option: 'accept' });
    expect(toMove(r2)).toBe('russia');
    applyInPlace(r2, 'russia', { kind: 'base', region: 'khatlon' });
    expect(decisionKind(r2)).toBe('answer');
    expect(tutorialPrompts(r2).map((p) => p.action)).toEqual([undefined, 'answer']);
  });

  it('can be followed from start to end: every prompted action is legal when it is shown', () => {
    for (const seed of [1, 2, 3]) {
      const s = cloneState(newGame(scenario, seed));
      let followed = 0;
      for (let power = toMove(s); power !== null; power = toMove(s)) {
        const legal = legalMoves(s, power);
        const asked = tutorialPrompts(s).filter((p) => p.power === power && p.action !== undefined);
        const move =
          asked.map((p) => prompted(p, legal)).find((m) => m !== undefined && !(m.kind === 'pass')) ??
          legal.find((m) => m.kind === 'answer' && m.accept) ??
          legal.find((m) => m.kind === 'choose') ??
          legal.find((m) => m.kind === 'pass')!;
        if (asked.some((p) => prompted(p, legal) === move)) followed++;
        expect(applyInPlace(s, power, move)).toBeNull();
      }
      expect(s.step).toBe('ended');
      expect(s.round).toBe(3);
      expect(followed).toBeGreaterThanOrEqual(10);
      expect(s.log.some((e) => e.t === 'aid')).toBe(true);
      expect(s.log.some((e) => e.t === 'base')).toBe(true);
      expect(s.log.some((e) => e.t === 'exercise')).toBe(true);
      expect(s.log.some((e) => e.t === 'formed' || e.t === 'joined')).toBe(true);
    }
  });
});
