/**
 * The tutorial's prompts on the board. A guided scenario carries `tutorial` steps (round, power,
 * action, region, prompt) in its data; this module picks the ones that apply to the decision the
 * game is waiting for, so the board shows "Russia: aid Khatlon" while Russia acts and "China: choose
 * an option" while China chooses an event option. No rules here: it only reads the state.
 */
import { toMove } from './moves.ts';
import type { TutorialStep } from './schema.ts';
import type { GameState } from './state.ts';
import type { Power } from './vocabulary.ts';

/** True when the scenario is a guided game. */
export function isTutorial(state: GameState): boolean {
  return (state.scenario.tutorial?.length ?? 0) > 0;
}

/** The kind of decision the game waits for: an event choice, an operation, or nothing. */
export function decisionKind(state: GameState): 'choose' | 'action' | null {
  if (state.step === 'event') return 'choose';
  return state.step === 'actions' ? 'action' : null;
}

/**
 * The prompts for this moment, for `viewer` (default: the power the game waits for): steps of the
 * current round addressed to that power or to everyone. Steps about an event choice are shown only
 * while one is awaited, and operation (and door) steps otherwise.
 */
export function tutorialPrompts(state: GameState, viewer: Power | null = toMove(state)): TutorialStep[] {
  const steps = state.scenario.tutorial ?? [];
  const kind = decisionKind(state);
  return steps.filter((t) => {
    if (t.round !== state.round) return false;
    if (t.power !== undefined && t.power !== viewer) return false;
    if (t.action === 'choose') return kind === 'choose';
    if (t.action !== undefined) return kind === 'action';
    return true;
  });
}

/**
 * The prompt whose board mark is highlighted now, for `viewer`: of the prompts shown, the last that
 * points at something (a power's own prompt comes after the round's general one, so it wins).
 */
export function tutorialPoint(state: GameState, viewer: Power | null = toMove(state)): TutorialStep | null {
  return [...tutorialPrompts(state, viewer)].reverse().find((t) => t.point !== undefined) ?? null;
}
