/**
 * Coalitions: found one with hosts whose doors are open to you, join one (not one led by your rival), or leave one. Joining costs IP;
 * leaving costs IP and raises tension (blamed on the leaver), and a bloc left with one member is broken.
 * What members gain — cheaper exercises together, joint action at the threat step — lives where it
 * applies (exercise.ts, round.ts).
 */
import { addIp, addTension } from '../effects.ts';
import type { Move } from '../move.ts';
import type { Coalition, GameState } from '../state.ts';
import { POWERS, byPower, type Power, type Reason } from '../vocabulary.ts';
import { areRivals, hostsInPlay } from './common.ts';

/** Does a coalition have exactly the founder and these (distinct) invitees as members? */
function sameMembers(members: readonly Power[], founder: Power, invitees: readonly Power[]): boolean {
  if (members.length !== invitees.length + 1) return false;
  for (const p of members) if (p !== founder && !invitees.includes(p)) return false;
  return true;
}

/** Are all the values distinct? */
function distinct(values: readonly unknown[]): boolean {
  for (let i = 1; i < values.length; i++) if (values.indexOf(values[i]) !== i) return false;
  return true;
}

/** Every non-empty subset of the other powers, in a fixed order (computed once). */
const INVITEE_SETS: Readonly<Record<Power, readonly (readonly Power[])[]>> = byPower((power) => {
  const others = POWERS.filter((p) => p !== power);
  const sets: Power[][] = [];
  for (let mask = 1; mask < 1 << others.length; mask++) sets.push(others.filter((_, i) => mask & (1 << i)));
  return sets;
});

/** Can `founder` invite `invitee`? Only a host whose door is open to the founder. */
function invitable(s: GameState, founder: Power, invitee: Power): boolean {
  return hostsInPlay(s).includes(invitee) && s.doors[invitee][founder] !== null;
}

/** A well-formed invitee list: 1–4 distinct powers, not the founder. */
export function wellFormedInvitees(power: Power, invitees: unknown): invitees is Power[] {
  if (!Array.isArray(invitees) || invitees.length === 0 || invitees.length >= POWERS.length) return false;
  return invitees.every((p) => POWERS.includes(p as Power)) && !invitees.includes(power) && distinct(invitees);
}

export function checkFound(s: GameState, power: Power, invitees: readonly Power[]): Reason | null {
  if (!invitees.every((p) => invitable(s, power, p))) return 'INVALID_INVITEES';
  for (const c of s.coalitions) {
    if (sameMembers(c.members, power, invitees)) return 'COALITION_EXISTS';
  }
  return s.ip[power] < s.scenario.rules.coalition.foundCost ? 'NOT_ENOUGH_IP' : null;
}

export function performFound(s: GameState, power: Power, invitees: readonly Power[]): void {
  const cost = s.scenario.rules.coalition.foundCost;
  addIp(s, power, -cost);
  const id = `c${s.nextCoalition++}`;
  const members = [power, ...invitees];
  s.coalitions.push({ id, leader: power, members, formed: s.round });
  s.log.push({ t: 'formed', round: s.round, coalition: id, members: [...members], cost });
}

/** A power may join any bloc but one led by its rival (scenario.rivalries): Moscow cannot sit in Beijing's bloc. */
export function checkJoin(s: GameState, power: Power, c: Coalition): Reason | null {
  if (c.members.includes(power)) return 'ALREADY_MEMBER';
  if (areRivals(s, power, c.leader)) return 'RIVAL_BLOC';
  return s.ip[power] < s.scenario.rules.coalition.joinCost ? 'NOT_ENOUGH_IP' : null;
}

export function performJoin(s: GameState, power: Power, c: Coalition): void {
  const cost = s.scenario.rules.coalition.joinCost;
  addIp(s, power, -cost);
  c.members.push(power);
  s.log.push({ t: 'joined', round: s.round, power, coalition: c.id, cost });
}

export function checkLeave(s: GameState, power: Power, c: Coalition): Reason | null {
  if (!c.members.includes(power)) return 'NOT_A_MEMBER';
  return s.ip[power] < s.scenario.rules.coalition.leaveCost ? 'NOT_ENOUGH_IP' : null;
}

export function performLeave(s: GameState, power: Power, c: Coalition): void {
  const rules = s.scenario.rules.coalition;
  addIp(s, power, -rules.leaveCost);
  c.members = c.members.filter((p) => p !== power);
  const dissolved = c.members.length < 2;
  if (dissolved) s.coalitions = s.coalitions.filter((x) => x.id !== c.id);
  else if (c.leader === power) c.leader = c.members[0]!;
  const tension = addTension(s, rules.leaveTension, power);
  s.log.push({ t: 'left', round: s.round, power, coalition: c.id, dissolved, cost: rules.leaveCost, tension });
}

export function coalitionMoves(s: GameState, power: Power): Move[] {
  const out: Move[] = [];
  if (s.ip[power] >= s.scenario.rules.coalition.foundCost) {
    for (const invitees of INVITEE_SETS[power]) {
      if (checkFound(s, power, invitees) === null) out.push({ kind: 'found', invitees: invitees.slice() });
    }
  }
  for (const c of s.coalitions) {
    if (c.members.includes(power)) {
      if (checkLeave(s, power, c) === null) out.push({ kind: 'leave', coalition: c.id });
    } else if (checkJoin(s, power, c) === null) {
      out.push({ kind: 'join', coalition: c.id });
    }
  }
  return out;
}
