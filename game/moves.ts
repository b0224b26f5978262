/**
 * Moves: what a power can send, the check that says whether it is legal (and why not), and the
 * rule that carries it out. `checkMove` never changes anything; `performMove` changes a draft and
 * trusts that the check passed. Everything that accepts moves from outside goes through both.
 */
import { addInfluence, addIp, addTension, addThreat, applyEffects, baseOf, region } from './effects.ts';
import { advance, beginRound, checkCrisis, dealAgendas, eventCard, placeBase, startActions } from './round.ts';
import { shareCoalition } from './selectors.ts';
import type { Coalition, GameState, Request } from './state.ts';
import {
  POWERS,
  hostOf,
  isPower,
  isRegionId,
  type ActionKind,
  type Power,
  type Reason,
  type RegionId,
} from './vocabulary.ts';

export type Move =
  /**
   * Deal the agendas and begin round 1. `deal` is secret entropy (an unsigned 32-bit integer) mixed into
   * the random state just before the agendas are dealt, so that nothing a client held before the deal
   * (the seed, the initial state) predicts them. The record keeps it; no view shows it.
   */
  | { kind: 'start'; deal?: number }
  | { kind: 'choose'; option: string }
  | { kind: 'aid'; region: RegionId }
  | { kind: 'base'; region: RegionId }
  | { kind: 'exercise'; region: RegionId; partner: Power }
  | { kind: 'propose'; invitees: Power[] }
  | { kind: 'join'; coalition: string }
  | { kind: 'leave'; coalition: string }
  | { kind: 'answer'; accept: boolean }
  | { kind: 'pass' };

export type MoveKind = Move['kind'];
export const MOVE_KINDS = [
  'start',
  'choose',
  'aid',
  'base',
  'exercise',
  'propose',
  'join',
  'leave',
  'answer',
  'pass',
] as const satisfies readonly MoveKind[];
const MOVE_KIND_SET: ReadonlySet<string> = new Set(MOVE_KINDS);

/** The action kind (GAME.md's five) a move counts as, or null for moves that are not actions. */
export function actionKindOf(move: Move): ActionKind | null {
  switch (move.kind) {
    case 'aid':
    case 'base':
    case 'exercise':
    case 'pass':
      return move.kind;
    case 'propose':
    case 'join':
    case 'leave':
      return 'coalition';
    default:
      return null;
  }
}

/** The power the game is waiting for, or null when it has ended. */
export function toMove(s: GameState): Power | null {
  switch (s.step) {
    case 'setup':
      return s.order[0] ?? null;
    case 'event': {
      const card = s.event ? eventCard(s, s.event.card) : undefined;
      return card?.choice?.power ?? null;
    }
    case 'actions':
      return s.requests[0]?.to ?? s.order[s.turn] ?? null;
    case 'ended':
      return null;
  }
}

/** The power whose turn it is (not the one answering a request). */
export function actingPower(s: GameState): Power | null {
  return s.step === 'actions' ? (s.order[s.turn] ?? null) : null;
}

const key = (kind: string, power: Power, target: string) => `${kind}:${power}:${target}`;

/** Was this request refused this round? (Builds the key only when something was refused.) */
const wasRefused = (s: GameState, kind: string, power: Power, target: string) =>
  s.refused.length > 0 && s.refused.includes(key(kind, power, target));

export function baseCost(s: GameState, power: Power, id: RegionId): number {
  const rules = s.scenario.rules.base;
  return baseOf(s, id, power) ? rules.expandCost : rules.buildCost;
}

export function exerciseCost(s: GameState, power: Power, partner: Power): number {
  const rules = s.scenario.rules.exercise;
  return shareCoalition(s, power, partner) ? rules.coalitionCost : rules.cost;
}

function checkRegion(s: GameState, id: unknown): Reason | null {
  if (!isRegionId(id)) return 'UNKNOWN_REGION';
  if (!s.regions[id]) return 'REGION_NOT_IN_PLAY';
  return null;
}

/** Does a coalition have exactly the founder and these (distinct) invitees as members? */
function sameMembers(members: readonly Power[], founder: Power, invitees: readonly Power[]): boolean {
  if (members.length !== invitees.length + 1) return false;
  for (const p of members) if (p !== founder && !invitees.includes(p)) return false;
  return true;
}

/** Are all the values distinct? (No allocation: invitee lists have at most four entries.) */
function distinct(values: readonly unknown[]): boolean {
  for (let i = 1; i < values.length; i++) if (values.indexOf(values[i]) !== i) return false;
  return true;
}

/** An unsigned 32-bit integer: what a start move's `deal` must be. */
export function isDeal(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffffffff;
}

/** Why a move is illegal for this power now, or null when it is legal. Changes nothing. */
export function checkMove(s: GameState, power: unknown, move: unknown): Reason | null {
  if (!isPower(power)) return 'UNKNOWN_POWER';
  if (typeof move !== 'object' || move === null) return 'UNKNOWN_MOVE';
  const m = move as { kind?: unknown } & Record<string, unknown>;
  if (typeof m.kind !== 'string' || !MOVE_KIND_SET.has(m.kind)) return 'UNKNOWN_MOVE';
  if (s.step === 'ended') return 'GAME_OVER';
  if (s.step === 'setup' && m.kind !== 'start') return 'NOT_STARTED';
  if (s.step !== 'setup' && m.kind === 'start') return 'ALREADY_STARTED';
  if (toMove(s) !== power) {
    if (s.step === 'actions' && s.requests.length > 0 && actingPower(s) === power) return 'AWAITING_RESPONSE';
    return 'NOT_YOUR_TURN';
  }
  if (s.step === 'event' && m.kind !== 'choose') return 'EVENT_CHOICE_PENDING';
  if (m.kind === 'choose') {
    if (s.step !== 'event' || !s.event) return 'NOTHING_TO_ANSWER';
    const options = eventCard(s, s.event.card).choice?.options ?? [];
    return options.some((o) => o.id === m.option) ? null : 'UNKNOWN_OPTION';
  }
  if (s.requests.length > 0) {
    if (m.kind !== 'answer') return 'AWAITING_RESPONSE';
    return typeof m.accept === 'boolean' ? null : 'UNKNOWN_MOVE';
  }
  switch (m.kind) {
    case 'start':
      return m.deal === undefined || isDeal(m.deal) ? null : 'UNKNOWN_MOVE';
    case 'pass':
      return null;
    case 'answer':
      return 'NOTHING_TO_ANSWER';
    case 'aid':
      return checkRegion(s, m.region) ?? actionChecks.aid(s, power);
    case 'base':
      return checkRegion(s, m.region) ?? actionChecks.base(s, power, m.region as RegionId);
    case 'exercise': {
      const bad = checkRegion(s, m.region);
      if (bad) return bad;
      if (!isPower(m.partner)) return 'UNKNOWN_POWER';
      return actionChecks.exercise(s, power, m.region as RegionId, m.partner);
    }
    case 'propose': {
      const inv = m.invitees;
      if (!Array.isArray(inv) || inv.length === 0 || inv.length >= POWERS.length) return 'INVALID_INVITEES';
      if (!inv.every(isPower) || inv.includes(power) || !distinct(inv)) return 'INVALID_INVITEES';
      return actionChecks.propose(s, power, inv);
    }
    case 'join':
    case 'leave': {
      const c = s.coalitions.find((x) => x.id === m.coalition);
      if (!c) return 'UNKNOWN_COALITION';
      return m.kind === 'join' ? actionChecks.join(s, power, c) : actionChecks.leave(s, power, c);
    }
    default:
      return 'UNKNOWN_MOVE';
  }
}

/**
 * The rule of each action, for the power whose turn it is with nothing pending, on arguments already
 * known to be well formed (a region in play, a power, a coalition that exists, distinct invitees).
 * `checkMove` calls them once it has checked the turn and the payload; `legalMoves` calls them on the
 * candidates it generates, which are well formed by construction. Not for other callers: use checkMove.
 */
export const actionChecks = {
  aid(s: GameState, power: Power): Reason | null {
    return s.ip[power] < s.scenario.rules.aid.cost ? 'NOT_ENOUGH_IP' : null;
  },
  base(s: GameState, power: Power, id: RegionId): Reason | null {
    const rules = s.scenario.rules.base;
    const existing = baseOf(s, id, power);
    if (existing && existing.level >= rules.maxLevel) return 'BASE_AT_MAX_LEVEL';
    if (wasRefused(s, 'base', power, id)) return 'NO_HOST_CONSENT';
    return s.ip[power] < (existing ? rules.expandCost : rules.buildCost) ? 'NOT_ENOUGH_IP' : null;
  },
  exercise(s: GameState, power: Power, id: RegionId, partner: Power): Reason | null {
    if (partner === power) return 'NOT_A_PARTNER';
    const host = hostOf(id);
    if (host !== power && host !== partner) return 'HOST_MUST_BE_PARTY';
    if (wasRefused(s, 'exercise', power, `${partner}:${id}`)) return 'REFUSED_THIS_ROUND';
    return s.ip[power] < exerciseCost(s, power, partner) ? 'NOT_ENOUGH_IP' : null;
  },
  propose(s: GameState, power: Power, invitees: readonly Power[]): Reason | null {
    for (const c of s.coalitions) if (sameMembers(c.members, power, invitees)) return 'COALITION_EXISTS';
    return s.ip[power] < s.scenario.rules.coalition.proposeCost ? 'NOT_ENOUGH_IP' : null;
  },
  join(s: GameState, power: Power, c: Coalition): Reason | null {
    if (c.members.includes(power)) return 'ALREADY_MEMBER';
    if (wasRefused(s, 'join', power, c.id)) return 'REFUSED_THIS_ROUND';
    return s.ip[power] < s.scenario.rules.coalition.joinCost ? 'NOT_ENOUGH_IP' : null;
  },
  leave(_s: GameState, power: Power, c: Coalition): Reason | null {
    return c.members.includes(power) ? null : 'NOT_A_MEMBER';
  },
};

/** Spend one of the acting power's actions, and move play on unless an answer is awaited. */
function spendAction(s: GameState): void {
  s.actionsLeft -= 1;
  advance(s, false);
}

/** Carry out a move that `checkMove` has passed. Changes the draft in place. */
export function performMove(s: GameState, power: Power, move: Move): void {
  const rules = s.scenario.rules;
  switch (move.kind) {
    case 'start':
      if (move.deal !== undefined) s.rng = (s.rng ^ move.deal) >>> 0;
      dealAgendas(s);
      beginRound(s);
      return;
    case 'choose': {
      const card = eventCard(s, s.event!.card);
      const option = card.choice!.options.find((o) => o.id === move.option)!;
      s.event!.chosen = option.id;
      s.log.push({ t: 'choice', round: s.round, power, card: card.id, option: option.id });
      applyEffects(s, option.effects);
      startActions(s);
      checkCrisis(s);
      return;
    }
    case 'aid': {
      const host = hostOf(move.region);
      addIp(s, power, -rules.aid.cost);
      addInfluence(s, move.region, power, rules.aid.influence);
      if (host === power) addThreat(s, move.region, -rules.aid.domesticThreatReduction);
      else s.aid[host].push(power);
      s.log.push({
        t: 'aid',
        round: s.round,
        power,
        region: move.region,
        cost: rules.aid.cost,
        influence: rules.aid.influence,
      });
      return spendAction(s);
    }
    case 'base': {
      const host = hostOf(move.region);
      if (host === power) buildBase(s, power, move.region);
      else s.requests.push({ kind: 'baseConsent', from: power, to: host, region: move.region });
      return spendAction(s);
    }
    case 'exercise':
      s.requests.push({ kind: 'exercise', from: power, to: move.partner, region: move.region });
      return spendAction(s);
    case 'propose': {
      const id = `c${s.nextCoalition++}`;
      s.proposal = { coalition: id, founder: power, invited: [...move.invitees], accepted: [] };
      for (const to of move.invitees) s.requests.push({ kind: 'invite', from: power, to, coalition: id });
      s.log.push({ t: 'proposed', round: s.round, power, invitees: [...move.invitees], coalition: id });
      return spendAction(s);
    }
    case 'join': {
      const c = s.coalitions.find((x) => x.id === move.coalition)!;
      s.requests.push({ kind: 'joinRequest', from: power, to: c.leader, coalition: c.id });
      return spendAction(s);
    }
    case 'leave': {
      const c = s.coalitions.find((x) => x.id === move.coalition)!;
      c.members = c.members.filter((p) => p !== power);
      const dissolved = c.members.length < 2;
      if (dissolved) s.coalitions = s.coalitions.filter((x) => x.id !== c.id);
      else if (c.leader === power) c.leader = c.members[0]!;
      s.log.push({ t: 'left', round: s.round, power, coalition: c.id, dissolved });
      return spendAction(s);
    }
    case 'pass':
      s.log.push({ t: 'pass', round: s.round, power });
      advance(s, true);
      return;
    case 'answer': {
      const request = s.requests.shift()!;
      answer(s, request, move.accept);
      if (s.requests.length === 0) advance(s, false);
      return;
    }
  }
}

function buildBase(s: GameState, power: Power, id: RegionId): void {
  const cost = baseCost(s, power, id);
  addIp(s, power, -cost);
  const level = placeBase(s, id, power);
  addInfluence(s, id, power, s.scenario.rules.base.influence);
  s.log.push({ t: 'base', round: s.round, power, region: id, level, cost });
}

function answer(s: GameState, r: Request, accept: boolean): void {
  const rules = s.scenario.rules;
  switch (r.kind) {
    case 'baseConsent':
      if (accept && s.ip[r.from] >= baseCost(s, r.from, r.region)) buildBase(s, r.from, r.region);
      else {
        s.refused.push(key('base', r.from, r.region));
        s.log.push({ t: 'baseRefused', round: s.round, power: r.from, host: r.to, region: r.region });
      }
      return;
    case 'exercise': {
      const cost = exerciseCost(s, r.from, r.to);
      if (!accept || s.ip[r.from] < cost) {
        s.refused.push(key('exercise', r.from, `${r.to}:${r.region}`));
        s.log.push({ t: 'exerciseRefused', round: s.round, power: r.from, partner: r.to, region: r.region });
        return;
      }
      const reg = region(s, r.region);
      const threatBefore = reg.threat;
      addIp(s, r.from, -cost);
      addThreat(s, r.region, -rules.exercise.threatReduction);
      addInfluence(s, r.region, r.from, rules.exercise.actorInfluence);
      addInfluence(s, r.region, r.to, rules.exercise.partnerInfluence);
      const provoked = s.scenario.rivalries.some(([a, b]) => {
        const rival = a === r.from || a === r.to ? b : b === r.from || b === r.to ? a : null;
        return rival !== null && rival !== r.from && rival !== r.to && reg.influence[rival] > 0;
      });
      const tension = provoked ? rules.exercise.tension : 0;
      addTension(s, tension);
      s.log.push({
        t: 'exercise',
        round: s.round,
        power: r.from,
        partner: r.to,
        region: r.region,
        threatBefore,
        threatAfter: reg.threat,
        cost,
        actorInfluence: rules.exercise.actorInfluence,
        partnerInfluence: rules.exercise.partnerInfluence,
        tension,
      });
      checkCrisis(s);
      return;
    }
    case 'invite': {
      const p = s.proposal;
      if (!p) return;
      if (accept) p.accepted.push(r.to);
      s.log.push({ t: 'answered', round: s.round, power: r.to, coalition: r.coalition, accept });
      if (s.requests.some((q) => q.kind === 'invite')) return;
      s.proposal = null;
      const cost = rules.coalition.proposeCost;
      if (p.accepted.length > 0 && s.ip[p.founder] >= cost) {
        addIp(s, p.founder, -cost);
        const members = [p.founder, ...p.accepted];
        s.coalitions.push({ id: p.coalition, leader: p.founder, members, formed: s.round });
        s.log.push({ t: 'formed', round: s.round, coalition: p.coalition, members: [...members], cost });
      } else {
        s.log.push({ t: 'failed', round: s.round, coalition: p.coalition, founder: p.founder });
      }
      return;
    }
    case 'joinRequest': {
      const c = s.coalitions.find((x) => x.id === r.coalition);
      const cost = rules.coalition.joinCost;
      if (c && accept && s.ip[r.from] >= cost) {
        addIp(s, r.from, -cost);
        c.members.push(r.from);
        s.log.push({ t: 'joined', round: s.round, power: r.from, coalition: c.id, cost });
      } else {
        s.refused.push(key('join', r.from, r.coalition));
        s.log.push({ t: 'joinRefused', round: s.round, power: r.from, coalition: r.coalition });
      }
      return;
    }
  }
}
