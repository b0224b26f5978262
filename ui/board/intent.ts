/**
 * The action a player is putting together in the panel (an "intent"): which kind, which region,
 * which partner or invitees. From it come the map's highlighted targets (the engine's `legalMoves`)
 * and, once complete, the move to preview and commit. Why a target is not possible comes from the
 * engine's `checkMove`. No rule is decided here.
 */
import {
  POWERS,
  checkMove,
  hostOf,
  isRegionId,
  legalMoves,
  regionIds,
  type GameState,
  type Move,
  type Power,
  type Reason,
  type RegionId,
} from '../../game/index.ts';
import type { TargetState } from '../map/RegionCard.tsx';

export type RegionKind = 'aid' | 'base' | 'exercise';
export type IntentKind = RegionKind | 'coalition';

export interface Intent {
  kind: IntentKind | null;
  region: RegionId | null;
  partner: Power | null;
  invitees: Power[];
  /** A chosen join/leave move on an existing coalition. */
  coalitionMove: Move | null;
}

export const NO_INTENT: Intent = { kind: null, region: null, partner: null, invitees: [], coalitionMove: null };

/** Map targets for a region action: every region in play, legal or not. */
export function targetsFor(view: GameState, me: Power, kind: IntentKind | null): Map<string, TargetState> {
  const out = new Map<string, TargetState>();
  if (kind !== 'aid' && kind !== 'base' && kind !== 'exercise') return out;
  const legal = new Set(legalMoves(view, me).flatMap((m) => (m.kind === kind ? [m.region] : [])));
  for (const id of regionIds(view)) out.set(id, legal.has(id) ? 'legal' : 'illegal');
  return out;
}

/** The legal exercise partners in a region. */
export function partnersIn(view: GameState, me: Power, region: RegionId): Power[] {
  return legalMoves(view, me).flatMap((m) => (m.kind === 'exercise' && m.region === region ? [m.partner] : []));
}

/** Why a region cannot be the target of this kind of action (null when it can). */
export function regionReason(view: GameState, me: Power, kind: RegionKind, region: string): Reason | null {
  if (!isRegionId(region)) return 'UNKNOWN_REGION';
  if (kind === 'exercise') {
    const host = hostOf(region);
    if (host !== me) return checkMove(view, me, { kind, region, partner: host });
    return partnersIn(view, me, region).length ? null : checkMove(view, me, { kind, region, partner: me });
  }
  return checkMove(view, me, { kind, region });
}

/** Why an action kind cannot be taken at all now (null when some target is legal). */
export function kindReason(view: GameState, me: Power, kind: IntentKind | 'pass'): Reason | null {
  const legal = legalMoves(view, me);
  const kinds = kind === 'coalition' ? ['propose', 'join', 'leave'] : [kind];
  if (legal.some((m) => kinds.includes(m.kind))) return null;
  const first = regionIds(view)[0]!;
  if (kind === 'coalition') {
    const other = POWERS.find((p) => p !== me)!;
    return checkMove(view, me, { kind: 'propose', invitees: [other] });
  }
  if (kind === 'pass') return checkMove(view, me, { kind: 'pass' });
  return regionReason(view, me, kind, first);
}

/** The complete move an intent stands for, or null while something is still to choose. */
export function draftOf(intent: Intent, me: Power): Move | null {
  switch (intent.kind) {
    case 'aid':
    case 'base':
      return intent.region ? { kind: intent.kind, region: intent.region } : null;
    case 'exercise': {
      if (!intent.region) return null;
      const host = hostOf(intent.region);
      const partner = host === me ? intent.partner : host;
      return partner ? { kind: 'exercise', region: intent.region, partner } : null;
    }
    case 'coalition':
      if (intent.coalitionMove) return intent.coalitionMove;
      return intent.invitees.length ? { kind: 'propose', invitees: intent.invitees } : null;
    default:
      return null;
  }
}
