/**
 * The planner: a fuller flowchart. First the urgent boxes, in order — end the game by crisis while
 * ahead; put out fires where an incident is coming. Then the boxes that serve its goals — take, hold
 * or deny control of the regions that score; bring threat under a security goal's line; build bases
 * and coalitions when they score; aid or exercise where its goals put VP — each proposes moves, and
 * the planner weighs them by playing each forward on a private copy and measuring its outlook (see
 * `aims.ts`); the box that proposed the winner gives the reason. Answers weigh a rival asker's gain.
 */
import { applyInPlace, cloneState } from '../fast.ts';
import type { Move } from '../moves.ts';
import { controlNeeds, controller, objectiveValue, scores } from '../selectors.ts';
import type { GameState } from '../state.ts';
import { POWERS, hostOf, type Power, type RegionId } from '../vocabulary.ts';
import { biggestChange, controlGap, outlook, topRival } from './aims.ts';
import type { Explanation } from './bot.ts';
import { because, goalParams } from './explain.ts';
import { flowchartBot, type Rule } from './flowchart.ts';
import { goalFor, stakeIn } from './novice.ts';
import {
  can,
  canBase,
  cutThreat,
  exercisePartner,
  friendly,
  raiseInfluence,
  wouldCrisis,
  type Situation,
} from './tactics.ts';

/** The position after my move, with any power I asked assumed to say yes. */
export function projected(s: GameState, me: Power, move: Move): GameState {
  const c = cloneState(s, false);
  if (applyInPlace(c, me, move)) return c;
  for (let guard = 0; guard < 8 && c.step === 'actions'; guard++) {
    const r = c.requests[0];
    if (!r || r.from !== me) break;
    applyInPlace(c, r.to, { kind: 'answer', accept: true });
  }
  return c;
}

/** Outlook gained by a move (net of the IP it spends). */
export function gainOf(x: Situation, move: Move, base = outlook(x.s, x.me, x.aims)): number {
  return outlook(projected(x.s, x.me, move), x.me, x.aims) - base;
}

/** How a planner measures a candidate: outlook gained, net of the IP it spends. */
export type Gain = (x: Situation, move: Move, base: number) => number;

/** The best of some candidate moves by outlook gained, if any gains at all. */
function best(x: Situation, moves: readonly (Move | null)[], gainOf: Gain): { move: Move; gain: number } | null {
  const base = outlook(x.s, x.me, x.aims);
  let top: { move: Move; gain: number } | null = null;
  for (const move of moves) {
    if (!move) continue;
    const gain = gainOf(x, move, base);
    if (gain > 0 && (!top || gain > top.gain)) top = { move, gain };
  }
  return top;
}

/** A power's final score as anyone may estimate it: banked VP and its agenda (its pool's average for rivals). */
function estimate(s: GameState, p: Power, me: Power): number {
  const pool = s.scenario.agendas.filter((a) => a.power === p && (p !== me || a.id === s.agendas?.[me]));
  const agenda = pool.reduce((sum, a) => sum + objectiveValue(s, p, a.objective), 0) / Math.max(1, pool.length);
  return scores(s)[p] + agenda;
}

const crisis: Rule = {
  id: 'crisis',
  fire(x) {
    const mine = estimate(x.s, x.me, x.me);
    if (POWERS.some((p) => p !== x.me && estimate(x.s, p, x.me) >= mine)) return null;
    for (const region of x.ranked) {
      const partner = exercisePartner(x, region, true);
      if (partner && wouldCrisis(x.s, x.me, partner, region)) {
        return { move: { kind: 'exercise', region, partner }, why: because('crisis') };
      }
    }
    return null;
  },
};

const fires = (gainOf: Gain): Rule => ({
  id: 'fires',
  fire(x) {
    const hot = x.ranked.filter((id) => {
      const r = x.s.regions[id]!;
      return r.threat > r.stability && ((x.care.get(id) ?? 0) > 0 || (r.influence[x.me] > 0 && !r.bases.length));
    });
    const pick = best(
      x,
      hot.map((id) => cutThreat(x, id)),
      gainOf,
    );
    if (!pick) return null;
    const region = (pick.move as { region: RegionId }).region;
    const r = x.s.regions[region]!;
    return { move: pick.move, why: because('threat', { region, threat: r.threat, stability: r.stability }) };
  },
});

/** Regions a power scores by controlling, or would lose VP to a foreign controller. */
function controlRegions(x: Situation, types: readonly string[]): RegionId[] {
  const out = new Set<RegionId>();
  for (const a of x.aims) {
    if (types.includes(a.objective.type) && 'regions' in a.objective)
      for (const id of a.objective.regions) if (x.s.regions[id]) out.add(id);
  }
  return x.ranked.filter((id) => out.has(id));
}

/** A candidate move from one box of the flowchart, with the reason that box gives for it. */
interface Option {
  move: Move | null;
  why: () => Explanation;
}

/** Take control where one push does it; hold it where a rival could break it with one. */
function controlOptions(x: Situation): Option[] {
  const reach = x.s.scenario.rules.aid.influence;
  const out: Option[] = [];
  for (const region of controlRegions(x, ['control'])) {
    if (controller(x.s, region) === x.me) {
      const { rival, influence } = topRival(x.s, region, x.me);
      const lead = x.s.regions[region]!.influence[x.me] - influence - reach;
      if (rival && lead < Math.max(1, controlNeeds(x.s, region).lead))
        out.push({ move: { kind: 'aid', region }, why: () => because('holdControl', { region, rival }) });
    } else if (controlGap(x.s, region, x.me) <= reach) {
      out.push({ move: raiseInfluence(x, region), why: () => because('takeControl', { region }) });
    }
  }
  return out;
}

/** Stop a foreign power taking (or keeping) a region I score by control or by no one else's control. */
function denyOptions(x: Situation): Option[] {
  const reach = x.s.scenario.rules.aid.influence;
  const out: Option[] = [];
  for (const region of controlRegions(x, ['noForeignControl', 'control'])) {
    const { rival } = topRival(x.s, region, x.me);
    const c = controller(x.s, region);
    if (!rival || c === x.me || (c !== rival && controlGap(x.s, region, rival) > reach)) continue;
    out.push({ move: { kind: 'aid', region }, why: () => because('denyControl', { region, rival }) });
  }
  return out;
}

/** Bring threat down where a security goal wants it lower. */
function securityOptions(x: Situation): Option[] {
  const out: Option[] = [];
  for (const a of x.aims) {
    if (a.objective.type !== 'security') continue;
    const max = a.objective.maxThreat;
    for (const region of a.objective.regions) {
      const r = x.s.regions[region];
      if (r && r.threat > max)
        out.push({ move: cutThreat(x, region), why: () => because('security', { region, max, threat: r.threat }) });
    }
  }
  return out;
}

function baseOptions(x: Situation): Option[] {
  const aim = x.aims.find((a) => a.objective.type === 'bases');
  if (!aim || stakeIn(x, 'bases') <= 0) return [];
  const why = () => because('bases', { vp: aim.objective.vp });
  return x.ranked.filter((id) => canBase(x, id)).map((region) => ({ move: { kind: 'base', region }, why }));
}

function partnerOptions(x: Situation): Option[] {
  const aim = x.aims.find((a) => a.objective.type === 'coalitionPartners');
  if (!aim || stakeIn(x, 'coalitionPartners') <= 0) return [];
  const why = () => because('partners', { vp: aim.objective.vp });
  const out: Option[] = [];
  const current = new Set(x.s.coalitions.filter((c) => c.members.includes(x.me)).flatMap((c) => c.members));
  for (const c of x.s.coalitions) {
    if (c.members.includes(x.me) || !friendly(x.s, x.me, c.leader)) continue;
    if (c.members.some((m) => !current.has(m))) out.push({ move: { kind: 'join', coalition: c.id }, why });
  }
  const invitees = POWERS.filter((p) => p !== x.me && !current.has(p) && friendly(x.s, x.me, p));
  if (invitees.length > 0) out.push({ move: { kind: 'propose', invitees }, why });
  return out;
}

/** Aid or an exercise anywhere the power's goals name (or at home), reasoned by the goal it serves most. */
function goalOptions(x: Situation): Option[] {
  const out: Option[] = [];
  for (const region of x.ranked) {
    if ((x.care.get(region) ?? 0) <= 0 && hostOf(region) !== x.me) continue;
    const why = () => because('goal', goalFor(x, region));
    out.push({ move: { kind: 'aid', region }, why });
    const partner = exercisePartner(x, region);
    if (partner) out.push({ move: { kind: 'exercise', region, partner }, why });
  }
  return out;
}

const moveKey = (m: Move) => JSON.stringify(m);

/**
 * Weigh every box's candidates by outlook gained; the first box to name a move gives its reason (a
 * general "serves its goal" is made precise, unless `explain` is off, as inside playouts).
 */
const weigh = (gainOf: Gain, explain: boolean): Rule => ({
  id: 'weigh',
  fire(x) {
    const seen = new Set<string>();
    const base = outlook(x.s, x.me, x.aims);
    let top: { option: Option; gain: number } | null = null;
    const boxes = [controlOptions, denyOptions, securityOptions, baseOptions, partnerOptions, goalOptions];
    for (const box of boxes) {
      for (const option of box(x)) {
        const move = option.move;
        if (!move || !can(x, move)) continue;
        const k = moveKey(move);
        if (seen.has(k)) continue;
        seen.add(k);
        const gain = gainOf(x, move, base);
        if (gain > 0 && (!top || gain > top.gain)) top = { option, gain };
      }
    }
    if (!top) return null;
    const move = top.option.move!;
    const why = top.option.why();
    if (why.code !== 'goal' || !explain) return { move, why };
    const change = biggestChange(x.s, projected(x.s, x.me, move), x.me, x.aims);
    const region = (move as { region?: RegionId }).region;
    if (!change) return { move, why };
    return { move, why: because('goal', { ...goalParams(change.aim.objective), ...(region ? { region } : {}) }) };
  },
});

/** The planner flowchart, in order. */
export function plannerRules(gainOf: Gain, explain: boolean): Rule[] {
  return [crisis, fires(gainOf), weigh(gainOf, explain)];
}

export const PLANNER_RULES: readonly Rule[] = plannerRules(gainOf, true);

export const plannerBot = flowchartBot('planner', 'Planner (a fuller rule list)', PLANNER_RULES, {
  refuseRivals: false,
  envy: 0.5,
});
