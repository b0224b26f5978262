/**
 * Small mutations shared by every rule, each keeping its value inside the rules' bounds: influence in
 * [0, maxInfluence], threat in [0, maxThreat], stability in [minStability, maxStability], IP ≥ 0.
 * They change a draft in place (boardgame.io's immer draft, or the simulator's private copy).
 */
import type { Effect } from './schema.ts';
import type { Base, GameState, RegionState } from './state.ts';
import type { Power, RegionId } from './vocabulary.ts';

const clamp = (v: number, lo: number, hi: number) => (v < lo ? lo : v > hi ? hi : v);

export function region(s: GameState, id: RegionId): RegionState {
  const r = s.regions[id];
  if (!r) throw new Error(`region ${id} is not in play`);
  return r;
}

export function addInfluence(s: GameState, id: RegionId, power: Power, amount: number): void {
  const r = region(s, id);
  r.influence[power] = clamp(r.influence[power] + amount, 0, s.scenario.rules.maxInfluence);
}

export function addThreat(s: GameState, id: RegionId, amount: number): void {
  const r = region(s, id);
  r.threat = clamp(r.threat + amount, 0, s.scenario.rules.maxThreat);
}

export function addStability(s: GameState, id: RegionId, amount: number): void {
  const r = region(s, id);
  r.stability = clamp(r.stability + amount, s.scenario.rules.threat.minStability, s.scenario.rules.maxStability);
}

export function addIp(s: GameState, power: Power, amount: number): void {
  s.ip[power] = Math.max(0, s.ip[power] + amount);
}

/** Change tension; a rise is added to the blame of the power that caused it, when there is one. Returns the change. */
export function addTension(s: GameState, amount: number, blamed?: Power): number {
  const before = s.tension;
  s.tension = clamp(s.tension + amount, 0, s.scenario.rules.tension.max);
  const change = s.tension - before;
  if (blamed && change > 0) s.blame[blamed] += change;
  return change;
}

export function addValue(s: GameState, id: RegionId, amount: number): void {
  const r = region(s, id);
  r.value = clamp(r.value + amount, 0, s.scenario.rules.maxValue);
}

export function baseOf(s: GameState, id: RegionId, owner: Power): Base | undefined {
  for (const b of region(s, id).bases) if (b.owner === owner) return b;
  return undefined;
}

/** Build a base or raise its level, up to the maximum. */
export function addBaseLevels(s: GameState, id: RegionId, owner: Power, levels: number): number {
  const existing = baseOf(s, id, owner);
  const max = s.scenario.rules.base.maxLevel;
  if (existing) {
    existing.level = Math.min(max, existing.level + levels);
    return existing.level;
  }
  const level = Math.min(max, levels);
  region(s, id).bases.push({ owner, level });
  return level;
}

/** Apply an event card's effects. Regions not in play are skipped (the loader refuses them anyway). */
export function applyEffects(s: GameState, effects: readonly Effect[]): void {
  for (const e of effects) {
    switch (e.type) {
      case 'influence':
        for (const id of e.regions) if (s.regions[id]) addInfluence(s, id, e.power, e.amount);
        break;
      case 'threat':
        for (const id of e.regions) if (s.regions[id]) addThreat(s, id, e.amount);
        break;
      case 'stability':
        for (const id of e.regions) if (s.regions[id]) addStability(s, id, e.amount);
        break;
      case 'ip':
        addIp(s, e.power, e.amount);
        break;
      case 'economy':
        s.economy[e.power] = Math.max(0, s.economy[e.power] + e.amount);
        break;
      case 'base':
        if (s.regions[e.region]) addBaseLevels(s, e.region, e.owner, e.levels);
        break;
      case 'tension':
        addTension(s, e.amount);
        break;
      case 'value':
        for (const id of e.regions) if (s.regions[id]) addValue(s, id, e.amount);
        break;
      case 'door':
        if (e.host !== e.guest) s.doors[e.host][e.guest] = e.price;
        break;
      case 'vp':
        s.vp[e.power] = Math.max(0, s.vp[e.power] + e.amount);
        break;
    }
  }
}
