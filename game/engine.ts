/**
 * The engine's public face: start a game, ask what is legal, apply a move. `applyMove` never mutates
 * its input: it runs the rules on an immer draft, so callers get a new state with structural sharing.
 * Simulation and search use `cloneState` + `performMove` on a private copy instead (see `fast.ts`).
 */
import { produce } from 'immer';
import { checkMove, performMove, type Move } from './moves.ts';
import { initialState } from './setup.ts';
import type { Scenario } from './schema.ts';
import type { GameState } from './state.ts';
import type { Power, Reason } from './vocabulary.ts';

export type MoveOutcome = { ok: true; state: GameState } | { ok: false; reason: Reason; state: GameState };

/** Apply a move for a power. An illegal move returns its reason and the same state object, untouched. */
export function applyMove(state: GameState, power: Power, move: Move): MoveOutcome {
  const reason = checkMove(state, power, move);
  if (reason) return { ok: false, reason, state };
  return { ok: true, state: produce(state, (draft) => void performMove(draft as GameState, power, move)) };
}

/**
 * A new game, started: agendas dealt, round 1's income paid and its event drawn. Without `deal` the
 * seed decides everything (simulation, tests); a game with secrets passes fresh entropy.
 */
export function newGame(scenario: Scenario, seed: number | string, deal?: number): GameState {
  const s = initialState(scenario, seed);
  const first = s.order[0]!;
  const started = applyMove(s, first, deal === undefined ? { kind: 'start' } : { kind: 'start', deal });
  if (!started.ok) throw new Error(`a new game could not start: ${started.reason}`);
  return started.state;
}

/** Is the game over? */
export function isOver(state: GameState): boolean {
  return state.step === 'ended';
}
