/**
 * The state at the start of a game, built from a scenario and a seed. Nothing secret is created here:
 * boardgame.io sends the initial state to every client, so agendas are dealt by the first move.
 */
import { seedState } from './rng.ts';
import type { Scenario } from './schema.ts';
import type { GameState, RegionState } from './state.ts';
import { byPower, type Power } from './vocabulary.ts';

/** A door as the scenario sets it at the start: a price, null for closed, or open at 0 when left out. */
function startingDoor(scenario: Scenario, host: Power, guest: Power): number | null {
  const price = scenario.doors[host]?.[guest];
  return price === undefined ? 0 : price;
}

export function initialState(scenario: Scenario, seed: number | string): GameState {
  const regions: Record<string, RegionState> = {};
  const acted: Record<string, []> = {};
  for (const r of scenario.regions) {
    regions[r.id] = {
      stability: r.stability,
      threat: r.threat,
      value: r.value,
      influence: byPower((p) => r.influence[p] ?? 0),
      bases: r.bases.map((b) => ({ ...b })),
    };
    acted[r.id] = [];
  }
  return {
    scenario,
    step: 'setup',
    round: 0,
    rng: seedState(seed),
    order: [...scenario.order],
    turn: 0,
    doorChanges: 0,
    ip: byPower((p) => scenario.powers[p].ip),
    economy: byPower((p) => scenario.powers[p].economy),
    aid: byPower(() => []),
    fees: byPower(() => 0),
    doors: byPower((host) => byPower((guest) => (guest === host ? null : startingDoor(scenario, host, guest)))),
    acted,
    regions,
    coalitions: scenario.coalitions.map((c) => ({
      id: c.id,
      name: c.name,
      leader: c.leader,
      members: [...c.members],
      formed: 0,
    })),
    nextCoalition: 1,
    tension: scenario.rules.tension.start,
    blame: byPower(() => 0),
    deck: scenario.events.map((e) => e.id),
    event: null,
    agendas: null,
    baseline: null,
    vp: byPower(() => 0),
    log: [],
    history: [],
    result: null,
  };
}
