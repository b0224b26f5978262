/**
 * The state at the start of a game, built from a scenario and a seed. Nothing secret is created here:
 * boardgame.io sends the initial state to every client, so agendas are dealt by the first move.
 */
import { seedState } from './rng.ts';
import type { Scenario } from './schema.ts';
import type { GameState, RegionState } from './state.ts';
import { byPower } from './vocabulary.ts';

export function initialState(scenario: Scenario, seed: number | string): GameState {
  const regions: Record<string, RegionState> = {};
  for (const r of scenario.regions) {
    regions[r.id] = {
      stability: r.stability,
      threat: r.threat,
      influence: byPower((p) => r.influence[p] ?? 0),
      bases: r.bases.map((b) => ({ ...b })),
    };
  }
  return {
    scenario,
    step: 'setup',
    round: 0,
    rng: seedState(seed),
    order: [...scenario.order],
    turn: 0,
    actionsLeft: 0,
    ip: byPower((p) => scenario.powers[p].ip),
    economy: byPower((p) => scenario.powers[p].economy),
    aid: byPower(() => []),
    regions,
    coalitions: scenario.coalitions.map((c) => ({
      id: c.id,
      name: c.name,
      leader: c.leader,
      members: [...c.members],
      formed: 0,
    })),
    nextCoalition: 1,
    proposal: null,
    refused: [],
    requests: [],
    tension: scenario.rules.tension.start,
    deck: scenario.events.map((e) => e.id),
    event: null,
    agendas: null,
    vp: byPower(() => 0),
    log: [],
    history: [],
    result: null,
  };
}
