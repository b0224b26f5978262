/**
 * The greedy bot: one move of lookahead on the power's own score. For every legal move it plays the
 * move on a private copy of its own view (`cloneState` + `applyInPlace`, no immer), lets any request
 * the move raises be answered the way the other power would answer it by the same rule (judged from
 * what this power can see: the other's public objectives, not its hidden agenda), and scores the
 * result by `projectedScore`. It keeps the best move; ties go to its own seeded rng, except that it
 * passes rather than spend an action for nothing. Answers to requests and event choices are decided
 * the same way; a request that costs it nothing is granted (hosts and partners cooperate unless it
 * hurts them).
 *
 * `projectedScore` is `scoreEstimate` (banked VP + this round's objectives + the agenda) with three
 * corrections for what one move of lookahead cannot see: influence objectives count progress toward
 * their next step (a floor hides it), security objectives look at threat after the bases and
 * coalitions that will surely hold it down at the threat step, and unspent or owed IP keeps a small
 * value that fades to nothing by the last round. Counting round objectives once per scoring left
 * (`horizon` 1) was tried and played worse. The head-to-head figures are in docs/balance.md.
 */
import { applyInPlace, cloneState } from '../fast.ts';
import { legalMoves } from '../legal.ts';
import type { Move } from '../moves.ts';
import { randomInt } from '../rng.ts';
import type { Objective } from '../schema.ts';
import { agendaOf, objectiveValue, totalInfluence } from '../selectors.ts';
import type { GameState } from '../state.ts';
import { POWER_NAMES, hostOf, type Power, type RegionId } from '../vocabulary.ts';
import type { Bot, Explanation } from './bot.ts';

/** The knobs of the greedy evaluation. */
export interface GreedyOptions {
  /**
   * How far round objectives look ahead: each is counted 1 + horizon × (scorings left − 1) times;
   * 0 counts it once, as `scoreEstimate` does; 1 counts every scoring left, as if the position held.
   */
  horizon: number;
  /** VP one unspent IP is worth in round 1; it fades linearly to 0 by the last round. */
  ipWeight: number;
  /** Credit influence objectives for progress toward their next step (influence / per, not its floor). */
  smooth: boolean;
  /** Judge security objectives on threat after the suppression the coming threat step surely applies. */
  settled: boolean;
}

export const GREEDY_DEFAULTS: GreedyOptions = { horizon: 0, ipWeight: 0.25, smooth: true, settled: true };

/**
 * A region's threat after the certain part of the next threat step: a base holds it down. (Growth,
 * spread and joint bloc action depend on dice and on others' moves; they are left out.)
 */
export function settledThreat(s: GameState, region: RegionId): number {
  const r = s.regions[region];
  if (!r) return Infinity;
  const suppressed = r.bases.length > 0 ? s.scenario.rules.base.threatSuppression : 0;
  return Math.max(0, r.threat - suppressed);
}

/** What an objective is worth to a power in the bot's eyes (see the knobs). */
function outlook(s: GameState, power: Power, o: Objective, opts: GreedyOptions): number {
  if (opts.smooth && o.type === 'influence') return (o.vp * totalInfluence(s, power, o.regions)) / o.per;
  if (opts.settled && o.type === 'security')
    return o.vp * o.regions.filter((id) => settledThreat(s, id) <= o.maxThreat).length;
  return objectiveValue(s, power, o);
}

/**
 * A power's expected final score as the bot sees it: banked VP, its round objectives (counted as
 * `horizon` says), its agenda (none when hidden from the viewer), and a fading value on the IP it
 * holds or is owed. `agenda` may be passed in (null: none) to skip looking it up.
 */
export function projectedScore(
  s: GameState,
  power: Power,
  opts: GreedyOptions = GREEDY_DEFAULTS,
  agenda: Objective | null = agendaOf(s, power)?.objective ?? null,
): number {
  if (s.step === 'ended') return s.vp[power];
  const rounds = s.scenario.rounds;
  const left = Math.max(0, rounds - Math.max(s.round, 1) + 1);
  const ipValue = (opts.ipWeight * Math.max(0, left - 1)) / Math.max(1, rounds - 1);
  let round = 0;
  for (const o of s.scenario.objectives[power]) round += outlook(s, power, o, opts);
  const agendaVp = agenda ? outlook(s, power, agenda, opts) : 0;
  const times = 1 + opts.horizon * Math.max(0, left - 1);
  return s.vp[power] + times * round + agendaVp + ipValue * (s.ip[power] + dueIp(s, power));
}

/** IP a power is already owed at the next income: rent for foreign bases on its soil, and aid's dividend. */
export function dueIp(s: GameState, power: Power): number {
  const rules = s.scenario.rules.income;
  let rent = 0;
  for (const id in s.regions) {
    if (hostOf(id as RegionId) !== power) continue;
    for (const b of s.regions[id]!.bases) if (b.owner !== power) rent += b.level;
  }
  return rent * rules.baseRentPerLevel + s.aid[power].length * s.scenario.rules.aid.dividend;
}

/**
 * A private copy to look ahead on. The lookahead stops before the round's automatic steps: a dummy
 * extra turn at the end of the copy's order keeps the last action from running threat, scoring and
 * the next round's income and event (whose dice the bot cannot see), so every move of every seat is
 * judged on the same footing, the position just after it.
 */
function workingCopy(view: GameState): GameState {
  const s = cloneState(view, false);
  if (s.step === 'actions') s.order.push(s.order[s.turn]!);
  return s;
}

/** One decision's evaluation context: the view, the knobs, and each power's score as things stand. */
class Judge {
  private readonly agendas = new Map<Power, Objective | null>();
  private readonly baselines = new Map<Power, number>();

  constructor(
    private readonly view: GameState,
    private readonly opts: GreedyOptions,
  ) {}

  /** A power's projected score in `s`, with its agenda as the viewer knows it. */
  score(s: GameState, p: Power): number {
    let agenda = this.agendas.get(p);
    if (agenda === undefined) this.agendas.set(p, (agenda = agendaOf(this.view, p)?.objective ?? null));
    return projectedScore(s, p, this.opts, agenda);
  }

  /** A power's projected score before the move: also what it keeps by refusing a request. */
  baseline(p: Power): number {
    let v = this.baselines.get(p);
    if (v === undefined) this.baselines.set(p, (v = this.score(this.view, p)));
    return v;
  }

  /** The value to `power` of `move`: its projected score just after the move, on a working copy. */
  value(power: Power, move: Move): number {
    const s = workingCopy(this.view);
    const reason = applyInPlace(s, power, move);
    if (reason) throw new Error(`greedy: legalMoves offered an illegal move (${reason})`);
    return this.score(s, power);
  }
}

const EPSILON = 1e-9;
const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/** The sentence that goes with a decision, from how much it changes the power's expected score. */
export function greedyExplanation(power: Power, gain: number): Explanation {
  const name = POWER_NAMES[power];
  const g = oneDecimal(gain);
  if (g > 0)
    return {
      code: 'greedy-gain',
      params: { power, gain: g },
      text: `because it raises ${name}'s expected score by ${g}`,
    };
  if (g < 0)
    return {
      code: 'greedy-least-loss',
      params: { power, loss: -g },
      text: `because every choice costs ${name} and this one costs least (${-g} of its expected score)`,
    };
  return { code: 'greedy-no-gain', params: { power }, text: `because no move raises ${name}'s expected score` };
}

/**
 * The move taken when it ties the best: passing rather than spending an action for nothing, and
 * granting a request that costs the power nothing (hosts and partners cooperate unless it hurts).
 */
const isDefault = (m: Move) => m.kind === 'pass';

/** A greedy bot with the given evaluation knobs (the shipped one is `greedyBot`). */
export function makeGreedyBot(opts: GreedyOptions = GREEDY_DEFAULTS, id = 'greedy'): Bot {
  return {
    id,
    label: 'Greedy (one-move lookahead on its own score)',
    decide(view, power, rng) {
      const moves = legalMoves(view, power);
      if (moves.length === 0) throw new Error(`${power} has no legal move (step ${view.step})`);
      const judge = new Judge(view, opts);
      let best: Move[] = [];
      let bestValue = -Infinity;
      for (const move of moves) {
        const value = judge.value(power, move);
        if (value > bestValue + EPSILON) {
          bestValue = value;
          best = [move];
        } else if (value > bestValue - EPSILON) {
          best.push(move);
        }
      }
      const move = best.find(isDefault) ?? (best.length === 1 ? best[0]! : best[randomInt(rng, best.length)]!);
      return { move, why: greedyExplanation(power, bestValue - judge.baseline(power)) };
    },
  };
}

/** One-ply lookahead on the power's own projected score. */
export const greedyBot: Bot = makeGreedyBot();
