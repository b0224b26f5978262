/**
 * Base: build one (level 1) or expand one (a level more), through the host's door. A base gives
 * influence at once, lasting influence at every income, rent to the host and pushes threat back every
 * round. A great-power move: it raises tension where a rival is present, and none may be built in the
 * danger zone.
 */
import { addBaseLevels, addInfluence, addIp, addTension, baseOf } from '../effects.ts';
import type { Move } from '../move.ts';
import type { GameState } from '../state.ts';
import type { Power, Reason, RegionId } from '../vocabulary.ts';
import { doorPrice, inDangerZone, markActed, payDoor, rivalPresent } from './common.ts';

/** IP the base costs `power` here, door price included (null: the door is closed). */
export function baseCost(s: GameState, power: Power, region: RegionId): number | null {
  const price = doorPrice(s, power, region);
  if (price === null) return null;
  const rules = s.scenario.rules.base;
  return (baseOf(s, region, power) ? rules.expandCost : rules.buildCost) + price;
}

/** Tension building here would add. */
export function baseTension(s: GameState, power: Power, region: RegionId): number {
  return rivalPresent(s, power, region) ? s.scenario.rules.base.tension : 0;
}

export function checkBase(s: GameState, power: Power, region: RegionId): Reason | null {
  const existing = baseOf(s, region, power);
  if (existing && existing.level >= s.scenario.rules.base.maxLevel) return 'BASE_AT_MAX_LEVEL';
  if (inDangerZone(s)) return 'TENSION_TOO_HIGH';
  const cost = baseCost(s, power, region);
  if (cost === null) return 'DOOR_CLOSED';
  return s.ip[power] < cost ? 'NOT_ENOUGH_IP' : null;
}

export function performBase(s: GameState, power: Power, region: RegionId): void {
  const rules = s.scenario.rules.base;
  const tension = baseTension(s, power, region);
  const fee = payDoor(s, power, region);
  const cost = baseOf(s, region, power) ? rules.expandCost : rules.buildCost;
  addIp(s, power, -cost);
  const level = addBaseLevels(s, region, power, 1);
  addInfluence(s, region, power, rules.influence);
  const raised = addTension(s, tension, power);
  markActed(s, region, power);
  s.log.push({ t: 'base', round: s.round, power, region, level, cost, fee, tension: raised });
}

export function baseMoves(s: GameState, power: Power, regions: readonly RegionId[]): Move[] {
  const out: Move[] = [];
  if (inDangerZone(s)) return out;
  for (const region of regions) if (checkBase(s, power, region) === null) out.push({ kind: 'base', region });
  return out;
}
