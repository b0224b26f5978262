/**
 * Aid: a package of influence in one region, sized by IP. At home it also pushes threat back; abroad it
 * goes through the host's door (and its price) and the host draws a dividend at the next income.
 */
import { addInfluence, addIp, addThreat } from '../effects.ts';
import type { Move } from '../move.ts';
import type { GameState } from '../state.ts';
import { hostOf, type Power, type Reason, type RegionId } from '../vocabulary.ts';
import { doorPrice, markActed, payDoor } from './common.ts';

/** IP an aid package of this size costs `power` here, door price included (null: the door is closed). */
export function aidCost(s: GameState, power: Power, region: RegionId, size: number): number | null {
  const price = doorPrice(s, power, region);
  return price === null ? null : size * s.scenario.rules.aid.cost + price;
}

/** Why this aid is not allowed (arguments well formed: a region in play, a size in range), or null. */
export function checkAid(s: GameState, power: Power, region: RegionId, size: number): Reason | null {
  const cost = aidCost(s, power, region, size);
  if (cost === null) return 'DOOR_CLOSED';
  return s.ip[power] < cost ? 'NOT_ENOUGH_IP' : null;
}

export function performAid(s: GameState, power: Power, region: RegionId, size: number): void {
  const rules = s.scenario.rules.aid;
  const host = hostOf(region);
  const fee = payDoor(s, power, region);
  const cost = size * rules.cost;
  addIp(s, power, -cost);
  addInfluence(s, region, power, size * rules.influence);
  if (host === power) addThreat(s, region, -size * rules.domesticThreatReduction);
  else for (let i = 0; i < size; i++) s.aid[host].push(power);
  markActed(s, region, power);
  s.log.push({ t: 'aid', round: s.round, power, region, size, cost, fee, influence: size * rules.influence });
}

export function aidMoves(s: GameState, power: Power, regions: readonly RegionId[]): Move[] {
  const out: Move[] = [];
  const max = s.scenario.rules.aid.maxSize;
  for (const region of regions) {
    for (let size = 1; size <= max; size++) {
      if (checkAid(s, power, region, size) !== null) break;
      out.push({ kind: 'aid', region, size });
    }
  }
  return out;
}
