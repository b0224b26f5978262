/**
 * Quick estimates for playouts: what a move (or saying yes to a request) would do to a power's outlook,
 * found by making the move's direct changes on the world itself — influence, threat, a base level, a
 * coalition seat, the IP spent — measuring, and undoing them, with no copy and no trip through the rules.
 * It assumes the asked power says yes and ignores what the rules do later (threat, scoring); the planner
 * level itself plays every candidate through the real rules on a copy instead (`planner.ts`).
 */
import { exerciseCost, type Move } from '../moves.ts';
import type { GameState } from '../state.ts';
import { hostOf, type Power, type RegionId } from '../vocabulary.ts';
import { localOutlook, type Aim } from './aims.ts';

const clamp = (v: number, lo: number, hi: number) => (v < lo ? lo : v > hi ? hi : v);

/** The region a move changes (null: none in particular). */
const regionOf = (m: Move): RegionId | null => ('region' in m ? m.region : null);

/** How much a change moves `power`'s outlook: the local part before, the change, the local part after, undo. */
function measure(s: GameState, power: Power, aims: readonly Aim[], move: Move, change: () => () => void): number {
  const id = regionOf(move);
  const before = localOutlook(s, power, aims, id);
  const undo = change();
  const after = localOutlook(s, power, aims, id);
  undo();
  return after - before;
}

/** Add influence (clamped); returns the undo. */
function influence(s: GameState, region: RegionId, p: Power, amount: number): () => void {
  const inf = s.regions[region]!.influence;
  const before = inf[p];
  inf[p] = clamp(before + amount, 0, s.scenario.rules.maxInfluence);
  return () => (inf[p] = before);
}

function threat(s: GameState, region: RegionId, amount: number): () => void {
  const r = s.regions[region]!;
  const before = r.threat;
  r.threat = clamp(before + amount, 0, s.scenario.rules.maxThreat);
  return () => (r.threat = before);
}

function ip(s: GameState, p: Power, amount: number): () => void {
  const before = s.ip[p];
  s.ip[p] = Math.max(0, before + amount);
  return () => (s.ip[p] = before);
}

function baseLevel(s: GameState, region: RegionId, owner: Power): () => void {
  const bases = s.regions[region]!.bases;
  const b = bases.find((x) => x.owner === owner);
  if (b) {
    const before = b.level;
    b.level = Math.min(s.scenario.rules.base.maxLevel, before + 1);
    return () => (b.level = before);
  }
  bases.push({ owner, level: 1 });
  return () => void bases.pop();
}

/** The direct changes of a move by `actor`, as one undoable change (null for moves it does not model). */
function effects(s: GameState, actor: Power, move: Move): (() => () => void) | null {
  const rules = s.scenario.rules;
  switch (move.kind) {
    case 'aid':
      return () => {
        const undo = [
          influence(s, move.region, actor, rules.aid.influence),
          ip(s, actor, -rules.aid.cost),
          hostOf(move.region) === actor ? threat(s, move.region, -rules.aid.domesticThreatReduction) : () => {},
        ];
        return () => undo.reverse().forEach((u) => u());
      };
    case 'exercise':
      return () => {
        const cost = exerciseCost(s, actor, move.partner);
        const undo = [
          influence(s, move.region, actor, rules.exercise.actorInfluence),
          influence(s, move.region, move.partner, rules.exercise.partnerInfluence),
          threat(s, move.region, -rules.exercise.threatReduction),
          ip(s, actor, -cost),
        ];
        return () => undo.reverse().forEach((u) => u());
      };
    case 'base':
      return () => {
        const exists = s.regions[move.region]!.bases.some((b) => b.owner === actor);
        const undo = [
          baseLevel(s, move.region, actor),
          influence(s, move.region, actor, rules.base.influence),
          ip(s, actor, -(exists ? rules.base.expandCost : rules.base.buildCost)),
        ];
        return () => undo.reverse().forEach((u) => u());
      };
    case 'join':
      return () => {
        const c = s.coalitions.find((x) => x.id === move.coalition)!;
        c.members.push(actor);
        const undoIp = ip(s, actor, -rules.coalition.joinCost);
        return () => {
          undoIp();
          c.members.pop();
        };
      };
    case 'propose':
      return () => {
        s.coalitions.push({ id: '?', leader: actor, members: [actor, ...move.invitees], formed: s.round });
        const undoIp = ip(s, actor, -rules.coalition.proposeCost);
        return () => {
          undoIp();
          s.coalitions.pop();
        };
      };
    default:
      return null;
  }
}

/** How much a move would raise `actor`'s outlook (net of its cost), estimated in place. */
export function quickGain(s: GameState, actor: Power, aims: readonly Aim[], move: Move): number {
  const change = effects(s, actor, move);
  return change ? measure(s, actor, aims, move, change) : 0;
}

/** How `asker`'s move, if allowed, would change `who`'s outlook (`who` may be the host or the asker). */
export function quickYes(s: GameState, who: Power, aims: readonly Aim[], asker: Power, move: Move): number {
  const change = effects(s, asker, move);
  return change ? measure(s, who, aims, move, change) : 0;
}
