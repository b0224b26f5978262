/**
 * Moves: the check that says whether a move is legal (and why not), and the rule that carries it out.
 * `checkMove` never changes anything; `performMove` changes a draft and trusts that the check passed.
 * Everything that accepts moves from outside goes through both. Each operation's rule lives in its own
 * module under `ops/` (its check, its cost, its effect, its candidates); this module checks the turn
 * and the payload's shape and dispatches.
 */
import { MOVE_KINDS, type Move } from './move.ts';
import { performAid, checkAid } from './ops/aid.ts';
import { checkBase, performBase } from './ops/base.ts';
import { isSize } from './ops/common.ts';
import {
  checkFound,
  checkJoin,
  checkLeave,
  performFound,
  performJoin,
  performLeave,
  wellFormedInvitees,
} from './ops/coalition.ts';
import { checkDoor, isPrice, performDoor } from './ops/door.ts';
import { checkExercise, performExercise } from './ops/exercise.ts';
import { checkSpecial, performSpecial } from './ops/special.ts';
import { applyEffects } from './effects.ts';
import { beginRound, checkCrisis, dealAgendas, endTurn, eventCard, setBaseline, startActions } from './round.ts';
import type { GameState } from './state.ts';
import { isPower, isRegionId, type ActionKind, type Power, type Reason, type RegionId } from './vocabulary.ts';

export { MOVE_KINDS, type Move, type MoveKind } from './move.ts';
const MOVE_KIND_SET: ReadonlySet<string> = new Set(MOVE_KINDS);

/** The operation (GAME.md's kinds) a move counts as, or null for moves that are not operations. */
export function actionKindOf(move: Move): ActionKind | null {
  switch (move.kind) {
    case 'aid':
    case 'base':
    case 'exercise':
    case 'special':
    case 'pass':
      return move.kind;
    case 'found':
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
      return s.order[s.turn] ?? null;
    case 'ended':
      return null;
  }
}

/** The power whose turn it is (null outside the operations step). */
export function actingPower(s: GameState): Power | null {
  return s.step === 'actions' ? (s.order[s.turn] ?? null) : null;
}

function checkRegion(s: GameState, id: unknown): Reason | null {
  if (!isRegionId(id)) return 'UNKNOWN_REGION';
  if (!s.regions[id]) return 'REGION_NOT_IN_PLAY';
  return null;
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
  if (toMove(s) !== power) return 'NOT_YOUR_TURN';
  if (s.step === 'event' && m.kind !== 'choose') return 'EVENT_CHOICE_PENDING';
  const rules = s.scenario.rules;
  switch (m.kind) {
    case 'start':
      return m.deal === undefined || isDeal(m.deal) ? null : 'UNKNOWN_MOVE';
    case 'choose': {
      if (s.step !== 'event' || !s.event) return 'UNKNOWN_MOVE';
      const options = eventCard(s, s.event.card).choice?.options ?? [];
      return options.some((o) => o.id === m.option) ? null : 'UNKNOWN_OPTION';
    }
    case 'pass':
      return null;
    case 'door':
      if (!isPower(m.guest)) return 'UNKNOWN_POWER';
      if (!isPrice(m.price)) return 'BAD_PRICE';
      return checkDoor(s, power, m.guest, m.price);
    case 'aid':
      return (
        checkRegion(s, m.region) ??
        (isSize(m.size, rules.aid.maxSize) ? checkAid(s, power, m.region as RegionId, m.size) : 'BAD_SIZE')
      );
    case 'base':
      return checkRegion(s, m.region) ?? checkBase(s, power, m.region as RegionId);
    case 'exercise':
      return (
        checkRegion(s, m.region) ??
        (isSize(m.size, rules.exercise.maxSize) ? checkExercise(s, power, m.region as RegionId, m.size) : 'BAD_SIZE')
      );
    case 'special':
      if (m.region !== undefined) {
        const bad = checkRegion(s, m.region);
        if (bad) return bad;
      }
      return checkSpecial(s, power, m.region as RegionId | undefined);
    case 'found':
      return wellFormedInvitees(power, m.invitees) ? checkFound(s, power, m.invitees) : 'INVALID_INVITEES';
    case 'join':
    case 'leave': {
      const c = s.coalitions.find((x) => x.id === m.coalition);
      if (!c) return 'UNKNOWN_COALITION';
      return m.kind === 'join' ? checkJoin(s, power, c) : checkLeave(s, power, c);
    }
    default:
      return 'UNKNOWN_MOVE';
  }
}

/** Carry out a move that `checkMove` has passed. Changes the draft in place. */
export function performMove(s: GameState, power: Power, move: Move): void {
  performEffect(s, power, move);
  if (move.kind === 'start' || move.kind === 'choose' || move.kind === 'door') return;
  checkCrisis(s, power);
  endTurn(s);
}

/**
 * The effect of a move alone: for an operation, what it does on the board, without ending the turn
 * (previews show this; `performMove` then checks for a crisis and moves play on).
 */
export function performEffect(s: GameState, power: Power, move: Move): void {
  switch (move.kind) {
    case 'start':
      if (move.deal !== undefined) s.rng = (s.rng ^ move.deal) >>> 0;
      dealAgendas(s);
      setBaseline(s);
      beginRound(s);
      return;
    case 'choose': {
      const card = eventCard(s, s.event!.card);
      const option = card.choice!.options.find((o) => o.id === move.option)!;
      s.event!.chosen = option.id;
      s.log.push({ t: 'choice', round: s.round, power, card: card.id, option: option.id });
      applyEffects(s, option.effects);
      startActions(s);
      checkCrisis(s, null);
      return;
    }
    case 'door':
      return performDoor(s, power, move.guest, move.price);
    case 'aid':
      return performAid(s, power, move.region, move.size);
    case 'base':
      return performBase(s, power, move.region);
    case 'exercise':
      return performExercise(s, power, move.region, move.size);
    case 'special':
      return performSpecial(s, power, move.region);
    case 'found':
      return performFound(s, power, move.invitees);
    case 'join':
      return performJoin(
        s,
        power,
        s.coalitions.find((x) => x.id === move.coalition)!,
      );
    case 'leave':
      return performLeave(
        s,
        power,
        s.coalitions.find((x) => x.id === move.coalition)!,
      );
    case 'pass':
      s.log.push({ t: 'pass', round: s.round, power });
      return;
  }
}
