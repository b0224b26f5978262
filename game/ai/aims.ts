/**
 * What a power wants, read from the scenario rather than written for one: its public objectives (scored
 * in every scoring round still to come, on the gain over the start) and its own secret agenda (scored
 * once, at the end) — never another power's. Every level that weighs a position measures it with
 * `outlook`: a soft version of the score that also credits progress towards a goal. All facts come from
 * the engine's selectors (control, income due, threat after the certain part of the threat step).
 */
import type { Objective } from '../schema.ts';
import {
  agendaOf,
  controlNeeds,
  controller,
  incomeDue,
  objectiveValue,
  regionIds,
  regionsInPlay,
  settledThreat,
} from '../selectors.ts';
import type { GameState } from '../state.ts';
import { POWERS, type Power, type RegionId } from '../vocabulary.ts';

/** One goal of a power: an objective, how much it counts, where it comes from, and what it was worth at the start. */
export interface Aim {
  objective: Objective;
  weight: number;
  source: 'objective' | 'agenda';
  /** The objective's value at the start of the game: only the gain over it scores. */
  start: number;
}

/** Scorings of the public objectives still to come: the scoring rounds from this one on. */
export function scoringsLeft(s: GameState): number {
  if (s.step === 'ended') return 0;
  const round = Math.max(1, s.round);
  return s.scenario.scoring.filter((r) => r >= round).length;
}

/**
 * A power's goals as it sees them: its public objectives (weighted by the scorings left) and its own
 * agenda (if dealt), weighted by `agendaWeight` (1: as the rules score it).
 */
export function aimsOf(s: GameState, power: Power, agendaWeight = 1): Aim[] {
  const left = scoringsLeft(s);
  const starts = s.baseline?.objectives[power];
  const aims: Aim[] = s.scenario.objectives[power].map((objective, i) => ({
    objective,
    weight: left,
    source: 'objective',
    start: starts?.[i] ?? objectiveValue(s, power, objective),
  }));
  const agenda = agendaOf(s, power);
  if (agenda && agendaWeight > 0) {
    const start = s.baseline?.agenda[power] ?? objectiveValue(s, power, agenda.objective);
    aims.push({ objective: agenda.objective, weight: agendaWeight, source: 'agenda', start });
  }
  return aims;
}

/** A rival's goals as anyone may estimate them: its public objectives and each agenda of its pool, averaged. */
export function publicAimsOf(s: GameState, power: Power): Aim[] {
  const aims = aimsOf(s, power, 0);
  const pool = s.scenario.agendas.filter((a) => a.power === power);
  for (const a of pool) aims.push({ objective: a.objective, weight: 1 / pool.length, source: 'agenda', start: 0 });
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
  if (controller(s, region) === power) return 0;
  const { threshold, lead } = controlNeeds(s, region);
  const mine = s.regions[region]!.influence[power];
  const rival = topRival(s, region, power).influence;
  return Math.max(0, threshold - mine, rival + Math.max(lead, 1) - mine);
}

/** The part of a region-by-region objective's soft value that one region gives. */
function softIn(s: GameState, power: Power, o: Objective, id: RegionId): number {
  const r = s.regions[id];
  if (!r) return 0;
  switch (o.type) {
    case 'control':
      return controller(s, id) === power
        ? o.vp
        : KNOBS.soft * o.vp * 0.5 * Math.max(0, 1 - controlGap(s, id, power) / 6);
    case 'security': {
      const t = settledThreat(s, id);
      return t <= o.maxThreat ? o.vp : KNOBS.soft * o.vp * Math.max(0, 0.5 - 0.2 * (t - o.maxThreat - 1));
    }
    case 'noForeignControl': {
      const c = controller(s, id);
      if (c === power) return o.vp;
      if (c !== null) return 0;
      const { rival } = topRival(s, id, power);
      return rival && controlGap(s, id, rival) <= 2 ? o.vp * (1 - 0.4 * KNOBS.soft) : o.vp;
    }
    case 'outweigh': {
      const d = r.influence[power] - r.influence[o.rival];
      return d > 1 ? o.vp : d === 1 ? o.vp * (1 - 0.15 * KNOBS.soft) : d === 0 ? o.vp * 0.4 * KNOBS.soft : 0;
    }
    default:
      return 0;
  }
}

/** A soft value of one objective: its VP now, plus partial credit for being close to the next VP. */
export function softValue(s: GameState, power: Power, o: Objective): number {
  switch (o.type) {
    case 'control':
    case 'security':
    case 'noForeignControl':
    case 'outweigh': {
      let v = 0;
      for (const id of o.regions) v += softIn(s, power, o, id);
      return v;
    }
    case 'influence': {
      let total = 0;
      for (const id of o.regions) total += s.regions[id]?.influence[power] ?? 0;
      return (o.vp * total) / o.per;
    }
    case 'fees':
      return (o.vp * s.fees[power]) / o.per;
    default:
      return objectiveValue(s, power, o);
  }
}

/** What one goal is worth in a position: its soft gain over the start (a loss below the start counts a quarter). */
export function aimValue(s: GameState, power: Power, aim: Aim): number {
  const gain = softValue(s, power, aim.objective) - aim.start;
  return aim.weight * (gain >= 0 ? gain : 0.25 * gain);
}

/**
 * The knobs of the outlook, tuned in duplicate play of the planner against the greedy bot on Autumn 2016
 * (seeds 1000–1059; each knob alone moved the planner's share by 2–8 points): VP an IP is worth
 * (`ip`), how much incident risk (`incident`), standing influence (`presence`), the own agenda
 * (`agenda`), partial credit towards a goal (`soft`) and a share of the blame (`blame`) count.
 */
export const KNOBS: Readonly<{
  ip: number;
  incident: number;
  agenda: number;
  presence: number;
  soft: number;
  blame: number;
}> = Object.freeze({ ip: 0.25, incident: 3, agenda: 1, presence: 0.2, soft: 1, blame: 1 });

/**
 * Worth of one IP in VP: a quarter while there is a round to spend it in, nothing in the last round
 * (IP left at the end buys nothing).
 */
export function ipWorth(s: GameState, worth = 0.25): number {
  return s.round >= s.scenario.rounds ? 0 : worth;
}

/**
 * VP a power stands to lose to incidents at the coming threat step: in each region where it has
 * influence and no base, the chance that threat (after the certain pushback, `settledThreat`, and the
 * region's growth chance) exceeds stability, times what a point of influence there is worth to its goals.
 */
export function incidentRisk(s: GameState, power: Power, aims: readonly Aim[]): number {
  let risk = 0;
  for (const region of s.scenario.regions) {
    const r = s.regions[region.id];
    if (!r || r.influence[power] <= 0 || r.bases.some((b) => b.owner === power)) continue;
    const settled = settledThreat(s, region.id);
    const p = settled > r.stability ? 1 : settled + 1 > r.stability ? region.threatGrowth : 0;
    if (p <= 0) continue;
    let stake = 0;
    for (const a of aims) if (a.objective.type !== 'security') stake += a.weight * regionStake(a.objective, region.id);
    risk += p * stake * 0.5;
  }
  return risk;
}

/**
 * IP a power will have to spend next round, as far as its position decides it: what it holds (up to the
 * carry-over cap; the rest is lost at income) and the income it is due (`incomeDue`).
 */
export function ipAhead(s: GameState, power: Power): number {
  return Math.min(s.ip[power], s.scenario.rules.income.carryOver) + incomeDue(s)[power];
}

/**
 * Influence a power holds where its goals name the region: a small standing worth beyond what the goals
 * score now (a buffer against rivals and incidents to come).
 */
export function presence(s: GameState, power: Power, aims: readonly Aim[]): number {
  let v = 0;
  for (const id of regionsInPlay(s)) {
    let named = false;
    for (const a of aims) if (regionStake(a.objective, id) > 0) named = true;
    if (named) v += s.regions[id]!.influence[power];
  }
  return v;
}

/**
 * A power's outlook: VP banked, each goal's soft gain weighted by the scorings it has left, and the IP
 * it will have next round at `ipWorth` VP an IP. A finished game is worth its VP.
 */
export function outlook(s: GameState, power: Power, aims: readonly Aim[]): number {
  if (s.step === 'ended') return s.vp[power];
  let v = s.vp[power] + ipWorth(s, KNOBS.ip) * ipAhead(s, power);
  for (const a of aims) v += aimValue(s, power, a);
  if (KNOBS.incident > 0) v -= KNOBS.incident * incidentRisk(s, power, aims);
  if (KNOBS.presence > 0) v += KNOBS.presence * presence(s, power, aims);
  return v;
}

/** The goal whose value differs most between two positions, and by how much (weighted VP). */
export function biggestChange(
  before: GameState,
  after: GameState,
  power: Power,
  aims: readonly Aim[],
): { aim: Aim; delta: number } | null {
  let best: { aim: Aim; delta: number } | null = null;
  for (const aim of aims) {
    const delta = aimValue(after, power, aim) - aimValue(before, power, aim);
    if (!best || Math.abs(delta) > Math.abs(best.delta)) best = { aim, delta };
  }
  return best && Math.abs(best.delta) > 1e-9 ? best : null;
}
