/**
 * Exercise: troops in one region, sized by IP. Abroad it goes through the host's door and the host's
 * forces take part (and gain influence); at home it is the host's own security sweep. It pushes threat
 * back and, near a rival, raises tension. In the danger zone only size 1 is allowed.
 */
import { addInfluence, addIp, addTension, addThreat, region as regionOf } from '../effects.ts';
import type { Move } from '../move.ts';
import { shareCoalition } from '../selectors.ts';
import type { GameState } from '../state.ts';
import { hostOf, type Power, type Reason, type RegionId } from '../vocabulary.ts';
import { doorPrice, inDangerZone, markActed, payDoor, rivalPresent } from './common.ts';

/** The largest exercise allowed now. */
export function exerciseMaxSize(s: GameState): number {
  return inDangerZone(s) ? 1 : s.scenario.rules.exercise.maxSize;
}

/** IP an exercise of this size costs `power` here, door price included (null: the door is closed). */
export function exerciseCost(s: GameState, power: Power, region: RegionId, size: number): number | null {
  const price = doorPrice(s, power, region);
  if (price === null) return null;
  const rules = s.scenario.rules.exercise;
  const host = hostOf(region);
  const each = host !== power && shareCoalition(s, power, host) ? rules.coalitionCost : rules.cost;
  return size * each + price;
}

/** Tension an exercise here would add. */
export function exerciseTension(s: GameState, power: Power, region: RegionId): number {
  return rivalPresent(s, power, region) ? s.scenario.rules.exercise.tension : 0;
}

export function checkExercise(s: GameState, power: Power, region: RegionId, size: number): Reason | null {
  if (size > exerciseMaxSize(s)) return 'TENSION_TOO_HIGH';
  const cost = exerciseCost(s, power, region, size);
  if (cost === null) return 'DOOR_CLOSED';
  return s.ip[power] < cost ? 'NOT_ENOUGH_IP' : null;
}

export function performExercise(s: GameState, power: Power, region: RegionId, size: number): void {
  const rules = s.scenario.rules.exercise;
  const host = hostOf(region);
  const partner = host === power ? null : host;
  const tension = exerciseTension(s, power, region);
  const total = exerciseCost(s, power, region, size)!;
  const fee = payDoor(s, power, region);
  const cost = total - fee;
  addIp(s, power, -cost);
  const r = regionOf(s, region);
  const threatBefore = r.threat;
  addThreat(s, region, -size * rules.threatReduction);
  addInfluence(s, region, power, size * rules.actorInfluence);
  const partnerInfluence = partner ? rules.partnerInfluence : 0;
  if (partner) addInfluence(s, region, partner, partnerInfluence);
  const raised = addTension(s, tension, power);
  markActed(s, region, power);
  s.log.push({
    t: 'exercise',
    round: s.round,
    power,
    partner,
    region,
    size,
    threatBefore,
    threatAfter: r.threat,
    cost,
    fee,
    actorInfluence: size * rules.actorInfluence,
    partnerInfluence,
    tension: raised,
  });
}

export function exerciseMoves(s: GameState, power: Power, regions: readonly RegionId[]): Move[] {
  const out: Move[] = [];
  const max = exerciseMaxSize(s);
  for (const region of regions) {
    for (let size = 1; size <= max; size++) {
      if (checkExercise(s, power, region, size) !== null) break;
      out.push({ kind: 'exercise', region, size });
    }
  }
  return out;
}
