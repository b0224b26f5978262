/**
 * How a computer host sets its doors before its operation (door changes are free and keep the turn).
 * One policy for every level that thinks (random and passive do not use it):
 * - close the door to a power that controls, or could take with one operation, a home region whose
 *   sovereignty the host's goals weigh more than what that power brings through the door (its aid,
 *   which the host's goals may score; the fees; Tajikistan's multi-vector draw; no bloc strain);
 * - open a closed door to a power that is no such danger, free to a donor the host's goals want aid
 *   from, else at a small price that draws fees;
 * - price up a patron that uses the door a lot (one step of price for every two operations it made
 *   through it), unless the host's goals want that patron's aid.
 * Every change is checked by `checkMove`; the policy never undoes a change on the same position.
 */
import { checkMove, type Move } from '../moves.ts';
import { areRivals, hostsInPlay } from '../ops/common.ts';
import { controller, regionsInPlay, shareCoalition } from '../selectors.ts';
import type { GameState } from '../state.ts';
import { GREAT_POWERS, POWERS, hostOf, type Power, type RegionId } from '../vocabulary.ts';
import { controlGap, regionStake, type Aim } from './aims.ts';
import type { Decision } from './bot.ts';
import { because } from './explain.ts';

/** Influence one operation can bring at most (a full aid package): how near "about to take control" is. */
function reach(s: GameState): number {
  return s.scenario.rules.aid.maxSize * s.scenario.rules.aid.influence;
}

/** The host's home regions in play. */
function homeRegions(s: GameState, host: Power): RegionId[] {
  return regionsInPlay(s).filter((id) => hostOf(id) === host);
}

/** Weighted VP the host's goals put on no one else controlling this home region. */
function sovereigntyStake(aims: readonly Aim[], region: RegionId): number {
  let v = 0;
  for (const a of aims) {
    const o = a.objective;
    if (o.type === 'noForeignControl' || o.type === 'control') v += a.weight * regionStake(o, region);
  }
  return v;
}

/** The home region a guest controls or could take with one operation, with the most at stake; null if none. */
export function regionAtRisk(s: GameState, host: Power, guest: Power, aims: readonly Aim[], margin = 0) {
  let best: { region: RegionId; stake: number } | null = null;
  for (const region of homeRegions(s, host)) {
    const stake = sovereigntyStake(aims, region);
    if (stake <= 0) continue;
    const present = s.regions[region]!.influence[guest] > 0;
    const near = controller(s, region) === guest || (present && controlGap(s, region, guest) <= reach(s) + margin);
    if (near && (!best || stake > best.stake)) best = { region, stake };
  }
  return best;
}

/** Weighted VP the host's goals put on aid from this guest (an open door lets it in). */
function aidWanted(aims: readonly Aim[], guest: Power): number {
  let v = 0;
  for (const a of aims)
    if (a.objective.type === 'aidReceived' && a.objective.from.includes(guest)) v += a.weight * a.objective.vp;
  return v;
}

/** Operations a guest has made through this host's door this game (from the record of the game). */
export function doorUses(s: GameState, host: Power, guest: Power): number {
  let n = 0;
  for (const e of s.log) {
    if ((e.t === 'aid' || e.t === 'base' || e.t === 'exercise' || e.t === 'special') && e.power === guest) {
      if (e.region && hostOf(e.region) === host) n += 1;
    }
  }
  return n;
}

/** What an open door to this guest is worth to the host, in weighted VP (aid it wants, the multi-vector draw, fees). */
function openWorth(s: GameState, host: Power, guest: Power, aims: readonly Aim[]): number {
  let v = aidWanted(aims, guest) + 0.25 * doorUses(s, host, guest);
  if (host === 'tajikistan' && (GREAT_POWERS as readonly Power[]).includes(guest)) {
    v += 0.25 * s.scenario.rules.special.tajikistan.ip * 2;
  }
  // A door closed to a bloc partner strains the bloc every round, blamed on the host.
  if (shareCoalition(s, host, guest)) v += 3 * s.scenario.rules.doors.closedTension;
  return v;
}

/** The price the host asks of a guest: free to a donor it wants aid from, else one step per two uses. */
function askingPrice(s: GameState, host: Power, guest: Power, aims: readonly Aim[]): number {
  const max = s.scenario.rules.doors.maxPrice;
  if (aidWanted(aims, guest) > 0) return 0;
  return Math.min(max, Math.max(1, Math.floor(doorUses(s, host, guest) / 2)));
}

/** A door change the host wants now (legal), with its reason; null when its doors are as it wants them. */
export function doorDecision(s: GameState, host: Power, aims: readonly Aim[]): Decision | null {
  if (s.step !== 'actions' || !hostsInPlay(s).includes(host)) return null;
  const legal = (m: Move) => checkMove(s, host, m) === null;
  for (const guest of POWERS) {
    if (guest === host || s.doors[host][guest] === null) continue;
    const risk = regionAtRisk(s, host, guest, aims);
    if (!risk || risk.stake <= openWorth(s, host, guest, aims)) continue;
    const move: Move = { kind: 'door', guest, price: null };
    if (legal(move)) return { move, why: because('doorClose', { guest, region: risk.region }) };
  }
  for (const guest of POWERS) {
    if (guest === host || s.doors[host][guest] !== null) continue;
    if (areRivals(s, host, guest) && !shareCoalition(s, host, guest)) continue;
    const risk = regionAtRisk(s, host, guest, aims, 2);
    if (risk && risk.stake > 0) continue;
    const price = askingPrice(s, host, guest, aims);
    const move: Move = { kind: 'door', guest, price };
    const code = aidWanted(aims, guest) > 0 ? 'doorOpenAid' : 'doorOpen';
    if (legal(move)) return { move, why: because(code, { guest, price }) };
  }
  for (const guest of POWERS) {
    const now = s.doors[host][guest];
    if (guest === host || now === null) continue;
    const price = askingPrice(s, host, guest, aims);
    if (price <= now || doorUses(s, host, guest) < 2) continue;
    const move: Move = { kind: 'door', guest, price };
    if (legal(move)) return { move, why: because('doorPrice', { guest, price, uses: doorUses(s, host, guest) }) };
  }
  return null;
}
