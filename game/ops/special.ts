/**
 * Each power's special ability, from its position in 2016 (docs/rules.md, "Special abilities"):
 * - Russia, CSTO drill — an exercise in a bloc partner's region without door or price; raises tension.
 * - China, Silk Road investment — raises a region's value and the host's economy, and China's influence.
 * - Tajikistan, multi-vector — draws IP from each great power whose door it keeps open.
 * - Pakistan, corridor — a joint project with China in a Pakistani region.
 * - Afghanistan, security push — a cheap push against threat in an Afghan region.
 * The numbers are `rules.special.<power>`; the targeting rule of each is here and nowhere else.
 */
import { addInfluence, addIp, addTension, addThreat, addValue } from '../effects.ts';
import type { Move } from '../move.ts';
import { shareCoalition } from '../selectors.ts';
import type { GameState } from '../state.ts';
import { GREAT_POWERS, hostOf, type Power, type Reason, type RegionId } from '../vocabulary.ts';
import { doorPrice, inDangerZone, markActed, payDoor } from './common.ts';

/** The name of each power's ability, for logs, bots and the board. */
export const SPECIALS = {
  russia: 'drill',
  china: 'investment',
  tajikistan: 'multiVector',
  pakistan: 'corridor',
  afghanistan: 'securityPush',
} as const satisfies Record<Power, string>;
export type SpecialId = (typeof SPECIALS)[Power];

/** Does this power's ability take a region? */
export function specialTakesRegion(power: Power): boolean {
  return power !== 'tajikistan';
}

/** The fee the ability pays at the door here: Russia's drill needs no door; the others pay abroad. */
function specialDoor(s: GameState, power: Power, region: RegionId): number | null {
  return power === 'russia' ? 0 : doorPrice(s, power, region);
}

/** IP the ability costs here, door price included (null: the door is closed). */
export function specialCost(s: GameState, power: Power, region?: RegionId): number | null {
  const cost = s.scenario.rules.special[power].cost;
  if (region === undefined) return cost;
  const price = specialDoor(s, power, region);
  return price === null ? null : cost + price;
}

/** The great powers whose door Tajikistan keeps open: what multi-vector draws on. */
function openPatrons(s: GameState, power: Power): number {
  let n = 0;
  for (const g of GREAT_POWERS) if (g !== power && s.doors[power][g] !== null) n++;
  return n;
}

/** Why the ability may not be used in this region (null: it may), before cost. */
function targetRule(s: GameState, power: Power, region: RegionId | undefined): Reason | null {
  if (!specialTakesRegion(power)) return region === undefined ? null : 'NOT_ALLOWED_HERE';
  if (region === undefined) return 'NOT_ALLOWED_HERE';
  const host = hostOf(region);
  switch (power) {
    case 'russia':
      if (inDangerZone(s)) return 'TENSION_TOO_HIGH';
      return host !== 'russia' && shareCoalition(s, 'russia', host) ? null : 'NOT_ALLOWED_HERE';
    case 'china':
      return s.regions[region]!.influence.china > 0 ? null : 'NOT_ALLOWED_HERE';
    case 'pakistan':
    case 'afghanistan':
      return host === power ? null : 'NOT_ALLOWED_HERE';
    default:
      return 'NOT_ALLOWED_HERE';
  }
}

export function checkSpecial(s: GameState, power: Power, region: RegionId | undefined): Reason | null {
  const bad = targetRule(s, power, region);
  if (bad) return bad;
  const cost = specialCost(s, power, region);
  if (cost === null) return 'DOOR_CLOSED';
  return s.ip[power] < cost ? 'NOT_ENOUGH_IP' : null;
}

export function performSpecial(s: GameState, power: Power, region: RegionId | undefined): void {
  const n = s.scenario.rules.special[power];
  const fee = region !== undefined && power !== 'russia' ? payDoor(s, power, region) : 0;
  addIp(s, power, -n.cost);
  let influence = 0;
  let threat = 0;
  let ip = 0;
  let tension = 0;
  if (region !== undefined) {
    markActed(s, region, power);
    const r = s.regions[region]!;
    const before = r.threat;
    switch (power) {
      case 'russia':
        addThreat(s, region, -n.threat);
        addInfluence(s, region, power, n.influence);
        tension = addTension(s, n.tension, power);
        break;
      case 'china':
        addValue(s, region, n.value);
        addInfluence(s, region, power, n.influence);
        s.economy[hostOf(region)] += n.value;
        break;
      case 'pakistan':
        addInfluence(s, region, power, n.influence);
        addInfluence(s, region, 'china', n.partnerInfluence);
        addThreat(s, region, -n.threat);
        break;
      default:
        addInfluence(s, region, power, n.influence);
        addThreat(s, region, -n.threat);
    }
    influence = n.influence;
    threat = before - r.threat;
  } else {
    ip = n.ip * openPatrons(s, power);
    addIp(s, power, ip);
  }
  s.log.push({
    t: 'special',
    round: s.round,
    power,
    region: region ?? null,
    cost: n.cost,
    fee,
    influence,
    threat,
    ip,
    tension,
  });
}

export function specialMoves(s: GameState, power: Power, regions: readonly RegionId[]): Move[] {
  if (!specialTakesRegion(power)) return checkSpecial(s, power, undefined) === null ? [{ kind: 'special' }] : [];
  const out: Move[] = [];
  for (const region of regions) if (checkSpecial(s, power, region) === null) out.push({ kind: 'special', region });
  return out;
}
