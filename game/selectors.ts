/**
 * Derived facts, computed from the state and never stored: who controls a region, influence shares,
 * what each objective is worth right now, the scores. The rules, the bots and the board all ask here.
 */
import type { Objective } from './schema.ts';
import type { GameState, RegionState } from './state.ts';
import { POWERS, byPower, hostOf, type ByPower, type Power, type RegionId } from './vocabulary.ts';

/** Each scenario's region ids, computed once and kept outside the serialisable state. */
const idCache = new WeakMap<GameState['scenario'], readonly RegionId[]>();

/** The regions in play, in the scenario's order: a shared list, never to be changed (the rules' hot loops). */
export function regionsInPlay(state: GameState): readonly RegionId[] {
  let ids = idCache.get(state.scenario);
  if (!ids) {
    ids = state.scenario.regions.map((r) => r.id);
    idCache.set(state.scenario, ids);
  }
  return ids;
}

/** The regions in play in this game, in the scenario's order (a fresh list the caller may keep). */
export function regionIds(state: GameState): RegionId[] {
  return regionsInPlay(state).slice();
}

export function regionState(state: GameState, region: RegionId): RegionState {
  const r = state.regions[region];
  if (!r) throw new Error(`region ${region} is not in play`);
  return r;
}

/** Influence a power needs to control a region, and the lead it needs over every rival. */
export function controlNeeds(state: GameState, region: RegionId): { threshold: number; lead: number } {
  const { thresholdFactor, leadFactor } = state.scenario.rules.control;
  const stability = regionState(state, region).stability;
  return { threshold: Math.ceil(stability * thresholdFactor), lead: Math.ceil(stability * leadFactor) };
}

/** The power controlling a region, or null: influence at least the threshold and a lead over every rival. */
export function controller(state: GameState, region: RegionId): Power | null {
  const r = regionState(state, region);
  const { threshold, lead } = controlNeeds(state, region);
  let best: Power | null = null;
  let top = -1;
  let second = -1;
  for (const p of POWERS) {
    const v = r.influence[p];
    if (v > top) {
      second = top;
      top = v;
      best = p;
    } else if (v > second) {
      second = v;
    }
  }
  if (best === null || top < threshold || top - Math.max(second, 0) < Math.max(lead, 1)) return null;
  return best;
}

/** Who controls each region in play. */
export function controlMap(state: GameState): Record<string, Power | null> {
  const out: Record<string, Power | null> = {};
  for (const id of regionsInPlay(state)) out[id] = controller(state, id);
  return out;
}

export function controlledRegions(state: GameState, power: Power): RegionId[] {
  return regionIds(state).filter((id) => controller(state, id) === power);
}

/** Each power's share of the influence in a region, 0..1 (all zero when nobody has any). */
export function influenceShares(state: GameState, region: RegionId): ByPower<number> {
  const inf = regionState(state, region).influence;
  const total = POWERS.reduce((sum, p) => sum + inf[p], 0);
  return byPower((p) => (total === 0 ? 0 : inf[p] / total));
}

/** Total influence of a power over the given regions (all regions when omitted). */
export function totalInfluence(
  state: GameState,
  power: Power,
  regions: readonly RegionId[] = regionsInPlay(state),
): number {
  let sum = 0;
  for (const id of regions) sum += state.regions[id]?.influence[power] ?? 0;
  return sum;
}

export function threatMap(state: GameState): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of regionsInPlay(state)) out[id] = regionState(state, id).threat;
  return out;
}

/** Distinct powers that share at least one coalition with this power. */
export function coalitionPartners(state: GameState, power: Power): Power[] {
  const partners = new Set<Power>();
  for (const c of state.coalitions) {
    if (!c.members.includes(power)) continue;
    for (const m of c.members) if (m !== power) partners.add(m);
  }
  return [...partners];
}

export function shareCoalition(state: GameState, a: Power, b: Power): boolean {
  for (const c of state.coalitions) if (c.members.includes(a) && c.members.includes(b)) return true;
  return false;
}

/** Total base levels a power owns. */
export function baseLevels(state: GameState, power: Power): number {
  let sum = 0;
  for (const id of regionsInPlay(state))
    for (const b of regionState(state, id).bases) if (b.owner === power) sum += b.level;
  return sum;
}

/** Victory points an objective is worth to a power in the current position. */
export function objectiveValue(state: GameState, power: Power, o: Objective): number {
  switch (o.type) {
    case 'control':
      return o.vp * o.regions.filter((id) => state.regions[id] && controller(state, id) === power).length;
    case 'influence':
      return o.vp * Math.floor(totalInfluence(state, power, o.regions) / o.per);
    case 'bases':
      return o.vp * baseLevels(state, power);
    case 'coalitionPartners':
      return o.vp * coalitionPartners(state, power).length;
    case 'security':
      return o.vp * o.regions.filter((id) => (state.regions[id]?.threat ?? Infinity) <= o.maxThreat).length;
    case 'noForeignControl':
      return (
        o.vp *
        o.regions.filter((id) => {
          if (!state.regions[id]) return false;
          const c = controller(state, id);
          return c === null || c === power;
        }).length
      );
    case 'outweigh':
      return (
        o.vp *
        o.regions.filter((id) => {
          const r = state.regions[id];
          return r !== undefined && r.influence[power] > r.influence[o.rival];
        }).length
      );
    case 'aidReceived':
      return o.vp * o.from.filter((donor) => state.aid[power].includes(donor)).length;
    case 'lowTension':
      return state.tension <= o.atMost ? o.vp : 0;
    case 'fees':
      return o.vp * Math.floor(state.fees[power] / o.per);
    case 'notMember':
      return state.coalitions.some((c) => c.id === o.coalition && c.members.includes(power)) ? 0 : o.vp;
    case 'blocAtMost': {
      const c = state.coalitions.find((x) => x.id === o.coalition);
      return !c || c.members.length <= o.members ? o.vp : 0;
    }
  }
}

/**
 * What a power's public objective (by its index) would score now: its gain over the start of the game,
 * never below zero. Nothing scores for being true at setup.
 */
export function objectiveGain(state: GameState, power: Power, index: number): number {
  const o = state.scenario.objectives[power][index];
  if (!o) return 0;
  const start = state.baseline?.objectives[power][index];
  const now = objectiveValue(state, power, o);
  return start === undefined ? 0 : Math.max(0, now - start);
}

/** What a power's public objectives would score if scored now (their gains over the start). */
export function roundObjectivesValue(state: GameState, power: Power): number {
  let sum = 0;
  const n = state.scenario.objectives[power].length;
  for (let i = 0; i < n; i++) sum += objectiveGain(state, power, i);
  return sum;
}

/** The agenda dealt to a power, or undefined before the deal. */
export function agendaOf(state: GameState, power: Power) {
  const id = state.agendas?.[power];
  return id === undefined ? undefined : state.scenario.agendas.find((a) => a.id === id);
}

/** What a power's secret agenda would score if the game ended now: its gain over the start, never below zero. */
export function agendaValue(state: GameState, power: Power): number {
  const agenda = agendaOf(state, power);
  if (!agenda || !state.baseline) return 0;
  return Math.max(0, objectiveValue(state, power, agenda.objective) - state.baseline.agenda[power]);
}

/** Victory points banked so far (public). */
export function scores(state: GameState): ByPower<number> {
  return byPower((p) => state.vp[p]);
}

/** A power's own estimate of its final score: banked VP, the objectives if scored now, and its agenda. */
export function scoreEstimate(state: GameState, power: Power): number {
  return state.vp[power] + roundObjectivesValue(state, power) + agendaValue(state, power);
}

/**
 * IP each power will gain at the next income (before the carry-over cap): its economy, the value of the
 * regions it controls, rent for foreign bases on its soil, and the dividend of the aid it received this
 * round. The income step pays exactly this; bots read it to value what a move brings in.
 */
export function incomeDue(state: GameState): ByPower<number> {
  const rules = state.scenario.rules;
  const gains = byPower((p) => state.economy[p] + rules.aid.dividend * state.aid[p].length);
  for (const id of regionsInPlay(state)) {
    const r = state.regions[id]!;
    const c = controller(state, id);
    if (c) gains[c] += r.value * rules.income.perControlledValue;
    const host = hostOf(id);
    for (const b of r.bases) if (b.owner !== host) gains[host] += b.level * rules.income.baseRentPerLevel;
  }
  return gains;
}

/** How much a region's bases push its threat back at the threat step. */
export function basePushback(state: GameState, region: RegionId): number {
  return regionState(state, region).bases.length > 0 ? state.scenario.rules.base.threatSuppression : 0;
}

/**
 * The bloc that acts jointly in a region at the threat step, with its members that operated there this
 * round (two or more), or null: the first coalition, in order, with two members among those who acted.
 */
export function jointBloc(state: GameState, region: RegionId): { coalition: string; members: Power[] } | null {
  const acted = state.acted[region] ?? [];
  if (acted.length < 2) return null;
  for (const c of state.coalitions) {
    const members = acted.filter((p) => c.members.includes(p));
    if (members.length >= 2) return { coalition: c.id, members };
  }
  return null;
}

/**
 * A region's threat after the certain part of the coming threat step: its bases and the joint action of
 * a bloc that operated there push it back (growth and spread are dice, left out).
 */
export function settledThreat(state: GameState, region: RegionId): number {
  const r = state.regions[region];
  if (!r) return Infinity;
  const joint = jointBloc(state, region) ? state.scenario.rules.coalition.jointThreat : 0;
  return Math.max(0, r.threat - basePushback(state, region) - joint);
}

/** The host of a region (re-exported for callers that only import selectors). */
export { hostOf };
