/**
 * What a move would cost and do, before it is committed: the board shows this under every operation.
 * The preview runs the real rules (`checkMove`, then `performEffect`, the same effect `performMove`
 * applies) on a private copy of the state the player sees, and reports the difference. The turn is
 * never ended on the copy, so no random round-end step runs: a preview shows the move itself (door
 * fees, tension, a crisis it would set off), never the dice after it.
 */
import { cloneState } from './fast.ts';
import { checkMove, performEffect, type Move } from './moves.ts';
import { checkCrisis } from './round.ts';
import { regionIds } from './selectors.ts';
import type { EndReason, GameState } from './state.ts';
import { POWERS, hostOf, type Power, type RegionId } from './vocabulary.ts';

/** A number before and after the move. */
export interface Change {
  before: number;
  after: number;
}

/** What changes in one region. */
export interface RegionChange {
  region: RegionId;
  influence: { power: Power; before: number; after: number }[];
  threat?: Change;
  stability?: Change;
  bases: { owner: Power; before: number; after: number }[];
}

export interface MovePreview {
  /** IP each power gains or spends now (only powers whose IP changes). */
  ip: { power: Power; before: number; after: number }[];
  regions: RegionChange[];
  tension?: Change;
  /** Door fees the move pays, to whom. */
  fees: { host: Power; ip: number }[];
  /** Hosts who will draw the aid dividend at the next income, and how much. */
  aidDividend: { host: Power; ip: number }[];
  /** Hosts who will draw rent each income for a new foreign base level, and how much more per round. */
  rent: { host: Power; ip: number }[];
  /** Coalitions that would form or gain a member, by their members afterwards. */
  coalitions: { id: string; members: Power[]; before: Power[] }[];
  /** The move would end the game at once (e.g. tension reaching a crisis). */
  ends: EndReason | null;
}

/** Preview a move for `power` on the state it sees; null when the move is not legal now. */
export function previewMove(state: GameState, power: Power, move: Move): MovePreview | null {
  if (checkMove(state, power, move) !== null) return null;
  const after = cloneState(state, false);
  const logFrom = after.log.length;
  performEffect(after, power, move);
  if (move.kind !== 'door') checkCrisis(after, power);
  return diff(state, after, after.log.slice(logFrom));
}

function diff(before: GameState, after: GameState, entries: GameState['log']): MovePreview {
  const rules = before.scenario.rules;
  const regions: RegionChange[] = [];
  const rent: MovePreview['rent'] = [];
  for (const id of regionIds(before)) {
    const b = before.regions[id]!;
    const a = after.regions[id]!;
    const change: RegionChange = { region: id, influence: [], bases: [] };
    for (const p of POWERS) {
      if (a.influence[p] !== b.influence[p])
        change.influence.push({ power: p, before: b.influence[p], after: a.influence[p] });
      const levelBefore = b.bases.find((x) => x.owner === p)?.level ?? 0;
      const levelAfter = a.bases.find((x) => x.owner === p)?.level ?? 0;
      if (levelBefore !== levelAfter) {
        change.bases.push({ owner: p, before: levelBefore, after: levelAfter });
        const host = hostOf(id);
        if (p !== host && levelAfter > levelBefore) {
          rent.push({ host, ip: (levelAfter - levelBefore) * rules.income.baseRentPerLevel });
        }
      }
    }
    if (a.threat !== b.threat) change.threat = { before: b.threat, after: a.threat };
    if (a.stability !== b.stability) change.stability = { before: b.stability, after: a.stability };
    if (change.influence.length || change.bases.length || change.threat || change.stability) regions.push(change);
  }
  const ip = POWERS.filter((p) => after.ip[p] !== before.ip[p]).map((p) => ({
    power: p,
    before: before.ip[p],
    after: after.ip[p],
  }));
  const aidDividend = POWERS.filter((p) => after.aid[p].length > before.aid[p].length).map((host) => ({
    host,
    ip: (after.aid[host].length - before.aid[host].length) * rules.aid.dividend,
  }));
  const coalitions: MovePreview['coalitions'] = [];
  for (const c of after.coalitions) {
    const old = before.coalitions.find((x) => x.id === c.id);
    if (!old || old.members.length !== c.members.length) {
      coalitions.push({ id: c.id, members: [...c.members], before: old ? [...old.members] : [] });
    }
  }
  for (const old of before.coalitions) {
    if (!after.coalitions.some((c) => c.id === old.id))
      coalitions.push({ id: old.id, members: [], before: [...old.members] });
  }
  return {
    ip,
    regions,
    ...(after.tension !== before.tension ? { tension: { before: before.tension, after: after.tension } } : {}),
    fees: feesOf(entries),
    aidDividend,
    rent,
    coalitions,
    ends: after.step === 'ended' && before.step !== 'ended' ? (after.result?.reason ?? null) : null,
  };
}

/** The door fees paid in these log entries, by host. */
function feesOf(entries: GameState['log']): MovePreview['fees'] {
  const out: MovePreview['fees'] = [];
  for (const e of entries) {
    if ((e.t === 'aid' || e.t === 'base' || e.t === 'exercise' || e.t === 'special') && e.fee > 0 && e.region) {
      out.push({ host: hostOf(e.region), ip: e.fee });
    }
  }
  return out;
}
