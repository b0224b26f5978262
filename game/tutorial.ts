/**
 * The tutorial's prompts on the board. A guided scenario carries `tutorial` steps (round, power,
 * action, region, prompt) in its data; this module picks the ones that apply to the decision the
 * game is waiting for, so the board shows "Russia: aid Khatlon" while Russia acts and "Tajikistan:
 * answer Russia's request" while Tajikistan answers. No rules here: it only reads the state.
 */
import { toMove } from './moves.ts';
import type { TutorialStep } from './schema.ts';
import type { GameState } from './state.ts';
import type { Power } from './vocabulary.ts';

/** True when the scenario is a guided game. */
export function isTutorial(state: GameState): boolean {
  return (state.scenario.tutorial?.length ?? 0) > 0;
}

/** The kind of decision the game waits for: an event choice, an answer, an action, or nothing. */
export function decisionKind(state: GameState): 'choose' | 'answer' | 'action' | null {
  if (state.step === 'event') return 'choose';
  if (state.step !== 'actions') return null;
  return state.requests.length > 0 ? 'answer' : 'action';
}

/**
 * The prompts for this moment, for `viewer` (default: the power the game waits for): steps of the
 * current round addressed to that power or to everyone. Steps about answering are shown only while an
 * answer is awaited, steps about an event choice only while one is, and action steps otherwise.
 */
export function tutorialPrompts(state: GameState, viewer: Power | null = toMove(state)): TutorialStep[] {
  const steps = state.scenario.tutorial ?? [];
  const kind = decisionKind(state);
  return steps.filter((t) => {
    if (t.round !== state.round) return false;
    if (t.power !== undefined && t.power !== viewer) return false;
    if (t.action === 'answer') return kind === 'answer';
    if (t.action === 'choose') return kind === 'choose';
    if (t.action !== undefined) return kind === 'action';
    return true;
  });
}
