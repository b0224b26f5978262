/**
 * What one seat may see. The same filter serves boardgame.io's `playerView` and the bots, so a
 * computer player can never read another power's secret agenda (nor what it was worth at the start,
 * which would hint at it) or the random state that would predict the next draw.
 */
import type { GameState } from './state.ts';
import { POWERS, type Power } from './vocabulary.ts';

/** The state as `viewer` sees it (null: a spectator). Agendas are revealed to all once the game ends. */
export function viewFor(state: GameState, viewer: Power | null): GameState {
  if (state.step === 'ended') return state.rng === 0 ? state : { ...state, rng: 0 };
  const agendas = state.agendas ? { ...state.agendas } : null;
  if (agendas) for (const p of POWERS) if (p !== viewer) agendas[p] = '';
  let baseline = state.baseline;
  if (baseline) {
    const agenda = { ...baseline.agenda };
    for (const p of POWERS) if (p !== viewer) agenda[p] = 0;
    baseline = { ...baseline, agenda };
  }
  return { ...state, agendas, baseline, rng: 0 };
}
