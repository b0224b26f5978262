/**
 * What a power wants, read from the scenario rather than written for one: its round objectives (scored
 * at every scoring still to come) and its own secret agenda (scored once, at the end) — never another
 * power's. The rule-based levels ask here which regions matter and how much; every level measures a
 * position with `outlook`, a soft version of the score that also credits progress towards a goal.
 */
import type { Objective } from '../schema.ts';
import { agendaOf, controlNeeds, controller, objectiveValue, regionIds } from '../selectors.ts';
import type { GameState } from '../state.ts';
import { POWERS, hostOf, type Power, type RegionId } from '../vocabulary.ts';

/** One goal of a power: an objective, how many times it will still be scored, and where it comes from. */
export interface Aim {
  objective: Objective;
  weight: number;
  source: 'objective' | 'agenda';
}

/** Scorings still to come: the current round's, unless it has been scored, and every later round's. */
export function scoringsLeft(s: GameState): number {
  if (s.step === 'ended') return 0;
  return Math.max(1, s.scenario.rounds - Math.max(1, s.round) + 1);
}

/** A power's goals as it sees them: its round objectives and its own agenda (if dealt). */
export function aimsOf(s: GameState, power: Power): Aim[] {
  const left = scoringsLeft(s);
  const aims: Aim[] = s.scenario.objectives[power].map((objective) => ({
    objective,
    weight: left,
    source: 'objective',
  }));
  const agenda = agendaOf(s, power);
  if (agenda) aims.push({ objective: agenda.objective, weight: 1, source: 'agenda' });
  return aims;
}

/** A rival's goals as anyone may estimate them: its round objectives and each agenda in its pool, averaged. */
export function publicAimsOf(s: GameState, power: Power): Aim[] {
  const left = scoringsLeft(s);
  const aims: Aim[] = s.scenario.objectives[power].map((objective) => ({
    objective,
    weight: left,
    source: 'objective',
  }));
  const pool = s.scenario.agendas.filter((a) => a.power === power);
  for (const a of pool) aims.push({ objective: a.objective, weight: 1 / pool.length, source: 'agenda' });
  return aims;
}

/** Victory points one region is worth to a power under an objective, per scoring (0 when it is not named). */
export function regionStake(o: Objective, region: RegionId): number {
  switch (o.type) {
    case 'control':
    case 'security':
    case 'noForeignControl':
    case 'outweigh':
      return o.regions.includes(region) ? o.vp : 0;
    case 'influence':
      return o.regions.includes(region) ? o.vp / o.per : 0;
    default:
      return 0;
  }
}

/** How much each region in play matters to a power: the weighted VP its goals attach to it. */
export function interest(s: GameState, aims: readonly Aim[]): Map<RegionId, number> {
  const out = new Map<RegionId, number>();
  for (const id of regionIds(s)) {
    let v = 0;
    for (const a of aims) v += a.weight * regionStake(a.objective, id);
    out.set(id, v);
  }
  return out;
}

/** The largest influence any power other than `power` has in a region, and who has it. */
export function topRival(s: GameState, region: RegionId, power: Power): { rival: Power | null; influence: number } {
  const inf = s.regions[region]!.influence;
  let rival: Power | null = null;
  let top = 0;
  for (const p of POWERS) {
    if (p !== power && inf[p] > top) {
      top = inf[p];
      rival = p;
    }
  }
  return { rival, influence: top };
}

/** Influence a power still needs in a region to control it (0 when it already does). */
export function controlGap(s: GameState, region: RegionId, power: Power): number {
  const { threshold, lead } = controlNeeds(s, region);
  const mine = s.regions[region]!.influence[power];
  const rival = topRival(s, region, power).influence;
  return Math.max(0, threshold - mine, rival + Math.max(lead, 1) - mine);
}

/** Objectives whose value is a sum over their regions, region by region. */
const SEPARABLE: ReadonlySet<Objective['type']> = new Set(['control', 'security', 'noForeignControl', 'outweigh']);

/** The part of a region-by-region objective's soft value that one region gives (see `softValue`). */
export function softIn(s: GameState, power: Power, o: Objective, id: RegionId): number {
  const r = s.regions[id];
  if (!r) return 0;
  switch (o.type) {
    case 'control': {
      if (controller(s, id) === power) return o.vp;
      return o.vp * 0.5 * Math.max(0, 1 - controlGap(s, id, power) / 6);
    }
    case 'security':
      if (r.threat <= o.maxThreat) return o.vp;
      return o.vp * Math.max(0, 0.5 - 0.2 * (r.threat - o.maxThreat - 1));
    case 'noForeignControl': {
      const c = controller(s, id);
      if (c === power) return o.vp;
      if (c !== null) return 0;
      const { rival } = topRival(s, id, power);
      return rival && controlGap(s, id, rival) <= 2 ? o.vp * 0.6 : o.vp;
    }
    case 'outweigh': {
      const mine = r.influence[power];
      const theirs = r.influence[o.rival];
      return mine > theirs ? o.vp : mine === theirs ? o.vp * 0.4 : 0;
    }
    default:
      return 0;
  }
}

/** A soft value of one objective: its VP now, plus partial credit for being close to the next VP. */
export function softValue(s: GameState, power: Power, o: Objective): number {
  if (SEPARABLE.has(o.type) && 'regions' in o) {
    let v = 0;
    for (const id of o.regions) v += softIn(s, power, o, id);
    return v;
  }
  const hard = objectiveValue(s, power, o);
  if (o.type === 'influence') {
    let total = 0;
    for (const id of o.regions) total += s.regions[id]?.influence[power] ?? 0;
    return hard + 0.5 * o.vp * ((total % o.per) / o.per);
  }
  return hard;
}

/**
 * Worth of one IP in hand, in VP: a quarter in the first round, fading to nothing in the last (IP left
 * at the end buys nothing, so the last round spends whatever helps at all).
 */
export function ipWorth(s: GameState): number {
  const rounds = s.scenario.rounds;
  return rounds <= 1 ? 0 : (0.25 * (scoringsLeft(s) - 1)) / (rounds - 1);
}

/** IP one region will bring a power at the next income beyond its economy: its value if controlled, base rent. */
function extraIncomeIn(s: GameState, power: Power, id: RegionId, value: number): number {
  const rules = s.scenario.rules.income;
  let ip = controller(s, id) === power ? value * rules.perControlledValue : 0;
  if (hostOf(id) === power) {
    for (const b of s.regions[id]!.bases) if (b.owner !== power) ip += b.level * rules.baseRentPerLevel;
  }
  return ip;
}

/** IP a power will gain at the next income beyond its economy: controlled regions' value and base rent. */
export function extraIncome(s: GameState, power: Power): number {
  let ip = 0;
  for (const r of s.scenario.regions) ip += extraIncomeIn(s, power, r.id, r.value);
  return ip;
}

/**
 * The part of a power's outlook that a change in one region (or in no region: null) can move: that
 * region's share of its goals and income, every goal that is not region by region, and IP in hand.
 * Two positions that differ only there differ in `outlook` by exactly as much (used by `quick.ts`).
 */
export function localOutlook(s: GameState, power: Power, aims: readonly Aim[], id: RegionId | null): number {
  if (s.step === 'ended') return s.vp[power];
  const left = scoringsLeft(s);
  const value = id ? (s.scenario.regions.find((r) => r.id === id)?.value ?? 0) : 0;
  let v = s.vp[power] + ipWorth(s) * (s.ip[power] + (id ? (left - 1) * extraIncomeIn(s, power, id, value) : 0));
  for (const a of aims) {
    const o = a.objective;
    if (!SEPARABLE.has(o.type)) v += a.weight * softValue(s, power, o);
    else if (id && 'regions' in o && o.regions.includes(id)) v += a.weight * softIn(s, power, o, id);
  }
  return v;
}

/**
 * A power's outlook: VP banked, plus each goal's soft value times the scorings it has left, plus IP in
 * hand and the extra income its position brings in the rounds to come, at `ipWorth` VP per IP.
 */
export function outlook(s: GameState, power: Power, aims: readonly Aim[]): number {
  if (s.step === 'ended') return s.vp[power];
  const left = scoringsLeft(s);
  let v = s.vp[power] + ipWorth(s) * (s.ip[power] + (left - 1) * extraIncome(s, power));
  for (const a of aims) v += a.weight * softValue(s, power, a.objective);
  return v;
}

/** The goal whose soft value differs most between two positions, and by how much (weighted VP). */
export function biggestChange(
  before: GameState,
  after: GameState,
  power: Power,
  aims: readonly Aim[],
): { aim: Aim; delta: number } | null {
  let best: { aim: Aim; delta: number } | null = null;
  for (const aim of aims) {
    const delta = aim.weight * (softValue(after, power, aim.objective) - softValue(before, power, aim.objective));
    if (!best || Math.abs(delta) > Math.abs(best.delta)) best = { aim, delta };
  }
  return best && Math.abs(best.delta) > 1e-9 ? best : null;
}
