/**
 * The building blocks every thinking level shares: a power's situation (its goals and what each region
 * is worth to it), the view it may read (`ownView`), the position after a move played through the real
 * rules on a private copy (`after`), and the plain-language reason for a move (`explainMove`), read off
 * what the move changed. Nothing here knows a cost or an effect: the engine applies every move.
 */
import { applyInPlace, cloneState } from '../fast.ts';
import { legalOperations } from '../legal.ts';
import type { Move } from '../moves.ts';
import { strainDue } from '../round.ts';
import { controller, jointBloc, regionIds, settledThreat } from '../selectors.ts';
import type { GameState } from '../state.ts';
import { POWERS, byPower, hostOf, type Power, type RegionId } from '../vocabulary.ts';
import { KNOBS, aimsOf, biggestChange, interest, ipAhead, outlook, topRival, type Aim } from './aims.ts';
import type { Decision, Explanation } from './bot.ts';
import { because, goalParams } from './explain.ts';

/** What a level sees when it decides: the view, whose decision it is, its goals, how much each region matters. */
export interface Situation {
  s: GameState;
  me: Power;
  aims: Aim[];
  care: Map<RegionId, number>;
  /** Regions in play, most cared-about first. */
  ranked: RegionId[];
}

export function situation(s: GameState, me: Power, agendaWeight = KNOBS.agenda): Situation {
  const aims = aimsOf(s, me, agendaWeight);
  const care = interest(s, aims);
  const ranked = regionIds(s).sort((a, b) => (care.get(b) ?? 0) - (care.get(a) ?? 0));
  return { s, me, aims, care, ranked };
}

/**
 * The view with every other power's agenda (and its start value) blanked and the dice hidden, whatever
 * the caller passed in (a `viewFor` view or the full state): a bot reads only its own agenda, and this
 * makes that true by construction — the other agendas are not even read to be copied.
 */
export function ownView(view: GameState, me: Power): GameState {
  if (!view.agendas) return view.rng === 0 ? view : { ...view, rng: 0 };
  const mine = view.agendas[me];
  const baseline = view.baseline;
  return {
    ...view,
    agendas: byPower((p) => (p === me ? mine : '')),
    baseline: baseline && {
      objectives: baseline.objectives,
      agenda: byPower((p) => (p === me ? baseline.agenda[me] : 0)),
    },
    rng: 0,
  };
}

/**
 * The position just after a move, through the real rules on a private copy. The copy stops before the
 * round's automatic steps: a dummy extra turn at the end of its order keeps the last operation from
 * running the threat step, scoring and the next income (whose dice the bot cannot see), so every move
 * of every seat is judged on the same footing.
 */
export function after(view: GameState, power: Power, move: Move): GameState {
  const s = cloneState(view, false);
  if (s.step === 'actions') s.order.push(s.order[s.turn]!);
  const reason = applyInPlace(s, power, move);
  if (reason) throw new Error(`bot tried an illegal move ${JSON.stringify(move)}: ${reason}`);
  return s;
}

/**
 * VP the position puts at risk through tension (see KNOBS.blame), counting the strain the round's end will add
 * (`strainDue`): the crisis penalty when that strain brings a crisis this power would be blamed for,
 * and a share of it, growing towards the crisis, while tension is in the danger zone and it would be
 * the one blamed.
 */
export function crisisRisk(s: GameState, power: Power): number {
  const t = s.scenario.rules.tension;
  if (s.step === 'ended' || !s.scenario.suddenDeath.some((r) => r.type === 'crisis')) return 0;
  let tension = s.tension;
  const blame = { ...s.blame };
  for (const e of strainDue(s)) {
    tension += e.tension;
    blame[e.power] += e.tension;
  }
  const total = POWERS.reduce((sum, p) => sum + blame[p], 0);
  // A liability for its share of the blame, growing with tension: who is blamed if a crisis comes.
  const liability = total > 0 ? (KNOBS.blame * t.crisisPenalty * (tension / t.max) * blame[power]) / total : 0;
  const top = Math.max(...POWERS.map((p) => blame[p]));
  if (blame[power] < top || top <= 0) return liability;
  if (tension >= t.max) return t.crisisPenalty;
  if (tension < t.danger) return liability;
  return liability + (t.crisisPenalty * (tension - t.danger + 1)) / (t.max - t.danger + 1);
}

/** A level's measure of a position: its outlook, less the crisis it risks being blamed for. */
export function worth(s: GameState, power: Power, aims: readonly Aim[]): number {
  return outlook(s, power, aims) - crisisRisk(s, power);
}

/** The legal operations (door changes left out). */
export function operations(s: GameState, me: Power): Move[] {
  return legalOperations(s, me);
}

/** The region a move acts in, if any. */
export function regionOf(m: Move): RegionId | null {
  return 'region' in m && m.region !== undefined ? m.region : null;
}

/** The reason for passing: out of IP, or nothing worth its cost. */
export function passReason(s: GameState, me: Power): Explanation {
  return because(operations(s, me).length <= 1 ? 'broke' : 'nothing');
}

/**
 * Why a move was worth making, read off what it changed: a fire put out, a bloc acting together, the
 * goal that gained most (made precise for control, security, bases and partners), IP for next round.
 */
export function explainMove(
  before: GameState,
  next: GameState,
  me: Power,
  aims: readonly Aim[],
  move: Move,
): Explanation {
  if (move.kind === 'pass') return passReason(before, me);
  const region = regionOf(move);
  if (region) {
    const r = before.regions[region]!;
    const cut = next.regions[region]!.threat < r.threat;
    if (cut && r.threat > r.stability) return because('threat', { region, threat: r.threat, stability: r.stability });
    const bloc = jointBloc(next, region);
    if (bloc && !jointBloc(before, region) && bloc.members.includes(me)) {
      const partner = bloc.members.find((p) => p !== me)!;
      return because('joint', { region, partner });
    }
  }
  if (move.kind === 'special' && !region) return because('multiVector', { ip: next.ip[me] - before.ip[me] });
  const change = biggestChange(before, next, me, aims);
  if (change && change.delta > 0) {
    const o = change.aim.objective;
    if (o.type === 'bases') return because('bases', { vp: o.vp });
    if (o.type === 'coalitionPartners') return because('partners', { vp: o.vp });
    if (o.type === 'notMember' && move.kind === 'leave') return because('leaveBloc');
    if (region && o.type === 'security' && o.regions.includes(region)) {
      return because('security', { region, max: o.maxThreat, threat: settledThreat(before, region) });
    }
    if (region && o.type === 'control' && o.regions.includes(region)) {
      if (controller(next, region) === me && controller(before, region) !== me)
        return because('takeControl', { region });
      const { rival } = topRival(before, region, me);
      if (controller(before, region) === me && rival) return because('holdControl', { region, rival });
    }
    if (region && o.type === 'noForeignControl' && o.regions.includes(region)) {
      const { rival } = topRival(before, region, me);
      if (rival) return because('denyControl', { region, rival });
    }
    return because('goal', { ...goalParams(o), ...(region ? { region } : {}) });
  }
  if (ipAhead(next, me) > ipAhead(before, me)) return because('income');
  return because('nothing');
}

/** The host of the region a move acts in, if abroad. */
export function partnerOf(me: Power, m: Move): Power | null {
  const region = regionOf(m);
  return region && hostOf(region) !== me ? hostOf(region) : null;
}

/**
 * An event choice by the power's goals: each option played through the real rules on a copy, the best
 * outlook taken (the first option on a tie), explained by the goal that made the difference.
 */
export function chooseEvent(s: GameState, me: Power, aims: readonly Aim[], options: readonly Move[]): Decision {
  let best: { move: Move; value: number; next: GameState } | null = null;
  for (const move of options) {
    const next = after(s, me, move);
    const value = worth(next, me, aims);
    if (!best || value > best.value + 1e-9) best = { move, value, next };
  }
  if (!best) throw new Error(`${me} has no option to choose`);
  const worst = Math.min(...options.map((m) => worth(after(s, me, m), me, aims)));
  const change = biggestChange(s, best.next, me, aims);
  if (best.value - worst < 1e-9 || !change) return { move: best.move, why: because('indifferent') };
  return { move: best.move, why: because('choose', goalParams(change.aim.objective)) };
}
