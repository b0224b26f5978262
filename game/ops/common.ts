/**
 * What every operation shares: the door a power must pass to act in a region, the fee it pays there,
 * the record of who acted where this round (joint bloc action), and whether a move provokes a rival.
 * Each operation's own module (aid.ts, base.ts, …) holds its check, its cost and its effect.
 */
import { addIp } from '../effects.ts';
import { regionsInPlay } from '../selectors.ts';
import type { GameState } from '../state.ts';
import { GREAT_POWERS, hostOf, type Power, type RegionId } from '../vocabulary.ts';

/** The price `power` pays to operate in a region: 0 at home, the host's door price abroad, null when closed. */
export function doorPrice(s: GameState, power: Power, region: RegionId): number | null {
  const host = hostOf(region);
  return host === power ? 0 : s.doors[host][power];
}

/** Pay the host's door price for an operation in this region; returns the fee paid. */
export function payDoor(s: GameState, power: Power, region: RegionId): number {
  const host = hostOf(region);
  const fee = host === power ? 0 : (s.doors[host][power] ?? 0);
  if (fee > 0) {
    addIp(s, power, -fee);
    addIp(s, host, fee);
    s.fees[host] += fee;
  }
  return fee;
}

/** Note that `power` operated in this region this round. */
export function markActed(s: GameState, region: RegionId, power: Power): void {
  const list = s.acted[region];
  if (list && !list.includes(power)) list.push(power);
}

/** Does a rival of `power` (scenario.rivalries) have influence in this region? */
export function rivalPresent(s: GameState, power: Power, region: RegionId): boolean {
  const r = s.regions[region]!;
  for (const [a, b] of s.scenario.rivalries) {
    const rival = a === power ? b : b === power ? a : null;
    if (rival !== null && r.influence[rival] > 0) return true;
  }
  return false;
}

/** Are two powers rivals? */
export function areRivals(s: GameState, a: Power, b: Power): boolean {
  return s.scenario.rivalries.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/** Is tension in the danger zone? */
export function inDangerZone(s: GameState): boolean {
  return s.tension >= s.scenario.rules.tension.danger;
}

/** Each scenario's hosts, computed once and kept outside the serialisable state. */
const hostCache = new WeakMap<GameState['scenario'], readonly Power[]>();

/** The powers that host at least one region in play: the powers with doors (a shared list, never to be changed). */
export function hostsInPlay(s: GameState): readonly Power[] {
  let hosts = hostCache.get(s.scenario);
  if (!hosts) {
    const out: Power[] = [];
    for (const id of regionsInPlay(s)) {
      const h = hostOf(id);
      if (!out.includes(h)) out.push(h);
    }
    hostCache.set(s.scenario, (hosts = out));
  }
  return hosts;
}

export function isGreatPower(p: Power): boolean {
  return (GREAT_POWERS as readonly Power[]).includes(p);
}

/** A whole number in [1, max]: the size of an operation. */
export function isSize(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max;
}
