/**
 * The operation a player is putting together in the panel (an "intent"): which kind, which size, which
 * target. Everything it offers comes from the engine's `pendingDecision` — the sizes, each target's
 * cost (door price included) and, when a target is closed, the engine's reason code. No rule is
 * decided here: the complete move is the one the engine listed for that target and size.
 */
import type { Move, Power, Reason, RegionId } from '../../game/index.ts';
import type { OperationKind, OperationOption, SizedOption, TargetOption, TurnOptions } from '../../game/decision.ts';
import type { TargetState } from '../map/RegionCard.tsx';

/** What the panel offers: the region operations, the special ability, a bloc move, or passing. */
export type IntentKind = 'aid' | 'base' | 'exercise' | 'special' | 'coalition';

export interface Intent {
  kind: IntentKind | null;
  size: number;
  region: RegionId | null;
  /** Founding: the invitees ticked so far. */
  invitees: Power[];
  /** Joining or leaving: the bloc chosen. */
  coalition: { kind: 'join' | 'leave'; id: string } | null;
}

export const NO_INTENT: Intent = { kind: null, size: 1, region: null, invitees: [], coalition: null };

/** The engine's option for an operation kind. */
export function operationOf(options: TurnOptions, kind: OperationKind): OperationOption {
  return options.operations.find((o) => o.kind === kind)!;
}

/** Does this kind take a region on the map? */
export function takesRegion(
  options: TurnOptions,
  kind: IntentKind | null,
): kind is 'aid' | 'base' | 'exercise' | 'special' {
  if (kind === 'special') return options.special.takesRegion;
  return kind === 'aid' || kind === 'base' || kind === 'exercise';
}

/** One target at the chosen size (the largest size the target lists, when the chosen one is beyond it). */
export function atSize(target: TargetOption, size: number): SizedOption {
  return target.sizes.find((s) => s.size === size) ?? target.sizes[target.sizes.length - 1]!;
}

/** Map targets for a region operation at the chosen size: every region in play, legal or not. */
export function targetsFor(options: TurnOptions | null, intent: Intent): Map<string, TargetState> {
  const out = new Map<string, TargetState>();
  if (!options || !takesRegion(options, intent.kind)) return out;
  for (const t of operationOf(options, intent.kind).targets) {
    if (t.region) out.set(t.region, atSize(t, intent.size).reason === null ? 'legal' : 'illegal');
  }
  return out;
}

/** The price tags on the map: each region's cost at the chosen size, where the door lets the power in. */
export function pricesFor(options: TurnOptions | null, intent: Intent): Map<string, number> {
  const out = new Map<string, number>();
  if (!options || !takesRegion(options, intent.kind)) return out;
  for (const t of operationOf(options, intent.kind).targets) {
    const s = atSize(t, intent.size);
    if (t.region && s.cost !== null) out.set(t.region, s.cost);
  }
  return out;
}

/** Why a region cannot be the target now (null when it can). */
export function regionReason(options: TurnOptions, intent: Intent, region: string): Reason | null {
  if (!takesRegion(options, intent.kind)) return 'UNKNOWN_MOVE';
  const t = operationOf(options, intent.kind).targets.find((x) => x.region === region);
  return t ? atSize(t, intent.size).reason : 'REGION_NOT_IN_PLAY';
}

/** Why an intent kind cannot be chosen at all now (null when some target is legal). */
export function kindReason(options: TurnOptions, kind: IntentKind): Reason | null {
  if (kind !== 'coalition') return operationOf(options, kind).reason;
  const bloc = ['found', 'join', 'leave'].map((k) => operationOf(options, k as OperationKind));
  return bloc.some((o) => o.reason === null)
    ? null
    : (bloc.find((o) => o.targets.length)?.reason ?? 'INVALID_INVITEES');
}

/** The engine's option for the intent's complete choice, or null while something is still to choose. */
export function chosenOption(options: TurnOptions, intent: Intent): SizedOption | null {
  switch (intent.kind) {
    case null:
      return null;
    case 'coalition': {
      if (intent.coalition) {
        const c = intent.coalition;
        const t = operationOf(options, c.kind).targets.find((x) => x.coalition === c.id);
        return t ? t.sizes[0]! : null;
      }
      if (!intent.invitees.length) return null;
      const want = [...intent.invitees].sort().join();
      const t = operationOf(options, 'found').targets.find(
        (x) => x.sizes[0]!.move.kind === 'found' && [...x.sizes[0]!.move.invitees].sort().join() === want,
      );
      return t ? t.sizes[0]! : null;
    }
    default: {
      const op = operationOf(options, intent.kind);
      if (takesRegion(options, intent.kind)) {
        const t = op.targets.find((x) => x.region === intent.region);
        return t ? atSize(t, intent.size) : null;
      }
      return op.targets[0] ? op.targets[0].sizes[0]! : null;
    }
  }
}

/** The complete move an intent stands for, or null. */
export function draftOf(options: TurnOptions | null, intent: Intent): Move | null {
  return options ? (chosenOption(options, intent)?.move ?? null) : null;
}
