/**
 * The strategist: the planner's weighing, checked against sampled futures (determinized Monte Carlo
 * search on the pure engine). It shortlists the operations the planner weighs best, then plays each
 * forward in many sampled worlds — hidden agendas drawn from each rival's pool, a fresh random state per
 * future — through the rest of this round and the next (threat steps, scoring, income), every seat
 * played by the planner (or, as an option, the cheaper light policy of `light.ts`), on the fast path
 * (`cloneState` + `applyInPlace`).
 * Candidates meet the same futures (common random numbers) and the weaker half is dropped at each
 * checkpoint (successive halving) until the budget is spent: a time budget on the clock the caller lends
 * (`BotContext.now`; the engine reads none of its own), or a count of playouts that makes a decision
 * reproducible (also used when no clock is lent). A challenger replaces the planner's choice only if it
 * does clearly better in the shared futures. Its doors and event choices come from the shared levelDecision (the same policy as the planner's).
 */
import { applyInPlace, cloneState } from '../fast.ts';
import type { Move } from '../moves.ts';
import { randomInt } from '../rng.ts';
import type { GameState } from '../state.ts';
import type { Bot, BotContext, Decision } from './bot.ts';
import { because } from './explain.ts';
import { levelDecision } from './flowchart.ts';
import { lightPolicy } from './light.ts';
import { quickPlannerBot, weighOperations, type Weighed } from './planner.ts';
import { explainMove, type Situation } from './tactics.ts';
import { outlooks, playout, projectedFinals, reward, sampleWorld } from './worlds.ts';

export interface SearchOptions {
  /** Wall-clock budget per decision, in milliseconds (on the caller's clock). */
  timeMs: number;
  /** Playout budget per decision; with `timeMs: Infinity` a decision is fully deterministic. */
  iterations: number;
  /** How many of its own operations the search considers at most. */
  shortlist: number;
  /** Rounds to play beyond the current one before judging (0: to the end of this round). */
  horizon: number;
  /** VP margin that counts as a clear lead in the reward's soft part. */
  marginScale: number;
  /** VP of its own score worth as much as a won future (see `reward`). */
  ownScale: number;
  /** How many standard errors a challenger must beat the planner's own choice by to be preferred. */
  confidence: number;
  /** And by how much at least, in reward units. */
  minEdge: number;
  /** The policy every seat follows inside a playout: 'light' (fast) or 'planner' (the planner itself). */
  policy: 'light' | 'planner';
  /** How a future is judged at the horizon: projected final scores, or each power's soft outlook. */
  judge: 'projected' | 'outlook';
  /**
   * How much the planner's own weighing of each candidate (its worth just after the move, in VP, over
   * `ownScale`) adds to every future's reward: the search corrects the planner rather than replacing it.
   */
  prior: number;
  /** The clock (milliseconds), when fixed by the options; else the decision's own (`BotContext.now`). */
  now?: () => number;
  /** Playouts that stand in for the time budget when no clock is given. */
  unclockedIterations: number;
  /** Called with every candidate's figures once a decision is made (for tuning and debugging). */
  trace?: (arms: readonly { move: Move; mean: number; wins: number; n: number }[]) => void;
}

export const SEARCH_DEFAULTS: SearchOptions = {
  timeMs: 750,
  iterations: Infinity,
  shortlist: 6,
  horizon: 1,
  marginScale: 4,
  ownScale: 4,
  confidence: 1,
  minEdge: 0.05,
  policy: 'planner',
  judge: 'outlook',
  prior: 0,
  unclockedIterations: 100,
};

interface Arm {
  weighed: Weighed;
  value: number;
  wins: number;
  n: number;
  /** Reward in each future, in order (futures are shared, so arms compare future by future). */
  rewards: number[];
}

/**
 * The arm to play: the best challenger if it beats the incumbent (the planner's choice) by more than
 * `minEdge` and by more than `confidence` standard errors of their paired differences, else the incumbent.
 */
function choose(alive: readonly Arm[], incumbent: Arm, confidence: number, minEdge: number): Arm {
  let best = incumbent;
  let bestEdge = minEdge;
  for (const arm of alive) {
    if (arm === incumbent) continue;
    const n = Math.min(arm.n, incumbent.n);
    if (n < 2) continue;
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const d = arm.rewards[i]! - incumbent.rewards[i]!;
      sum += d;
      sq += d * d;
    }
    const mean = sum / n;
    const se = Math.sqrt(Math.max(0, sq / n - mean * mean) / (n - 1));
    if (mean > confidence * se && mean > bestEdge) {
      best = arm;
      bestEdge = mean;
    }
  }
  return best;
}

/** The shortlist: the planner's best operations, passing always among them. */
function shortlistOf(x: Situation, size: number): Weighed[] {
  const all = weighOperations(x);
  const out = all.slice(0, Math.max(1, size));
  const pass = all.find((w) => w.move.kind === 'pass');
  if (pass && !out.includes(pass)) out.push(pass);
  return out;
}

function search(x: Situation, rng: BotContext, o: SearchOptions): Decision {
  const me = x.me;
  const view = x.s;
  const candidates = shortlistOf(x, o.shortlist);
  const planner: Decision = {
    move: candidates[0]!.move,
    why: explainMove(view, candidates[0]!.next, me, x.aims, candidates[0]!.move),
  };
  if (candidates.length === 1) return planner;
  const now = o.now ?? rng.now;
  const limit = now ? o.iterations : Math.min(o.iterations, o.unclockedIterations);
  const start = now?.() ?? 0;
  const untilRound = Math.max(1, view.round) + o.horizon;
  const arms: Arm[] = candidates.map((weighed) => ({ weighed, value: 0, wins: 0, n: 0, rewards: [] }));
  let alive = arms;
  const incumbent = arms[0]!;
  let playouts = 0;
  let checkpoint = 4;
  const judge = o.judge === 'outlook' ? outlooks : projectedFinals;
  const playFuture = (template: GameState, arm: Arm, seed: number) => {
    const world = cloneState(template, false);
    if (applyInPlace(world, me, arm.weighed.move)) throw new Error(`search shortlisted an illegal move`);
    const policy = o.policy === 'planner' ? quickPlannerBot : lightPolicy();
    const out = playout(world, policy, untilRound, { rng: seed }, judge);
    playouts += 1;
    const r = reward(out.scores, me, o.marginScale, o.ownScale);
    return { won: r.won, value: r.value + (o.prior * (arm.weighed.value - incumbent.weighed.value)) / o.ownScale };
  };
  const outOfTime = () => playouts >= limit || (now !== undefined && now() - start >= o.timeMs);
  for (let i = 0; !outOfTime(); i++) {
    const future = { rng: randomInt(rng, 0x100000000) >>> 0 };
    const template = sampleWorld(view, me, future);
    const results: ReturnType<typeof playFuture>[] = [];
    for (const arm of alive) {
      results.push(playFuture(template, arm, future.rng));
      if (results.length < alive.length && outOfTime()) break;
    }
    if (results.length < alive.length) break;
    alive.forEach((arm, k) => {
      const r = results[k]!;
      arm.value += r.value;
      arm.rewards.push(r.value);
      arm.wins += r.won;
      arm.n += 1;
    });
    if (i + 1 === checkpoint && alive.length > 2) {
      const kept = [...alive].sort((a, b) => b.value - a.value).slice(0, Math.max(2, Math.ceil(alive.length / 2)));
      alive = kept.includes(incumbent) ? kept : [incumbent, ...kept.slice(0, -1)];
      checkpoint *= 2;
    }
  }
  o.trace?.(arms.map((a) => ({ move: a.weighed.move, mean: a.value / Math.max(1, a.n), wins: a.wins, n: a.n })));
  if (incumbent.n === 0) return planner;
  const best = choose(alive, incumbent, o.confidence, o.minEdge);
  if (best === incumbent) return planner;
  const why = explainMove(view, best.weighed.next, me, x.aims, best.weighed.move);
  if (why.code === 'goal') return { move: best.weighed.move, why: because('ahead', why.params) };
  if (why.code === 'nothing' || why.code === 'income') return { move: best.weighed.move, why: because('lookahead') };
  return { move: best.weighed.move, why };
}

/** A search bot with the given options (the shipped one is `searchBot`). */
export function makeSearchBot(
  options: Partial<SearchOptions> = {},
  id = 'strategist',
  label = 'Strategist (plays out possible futures)',
): Bot {
  const o: SearchOptions = { ...SEARCH_DEFAULTS, ...options };
  return {
    id,
    label,
    decide(view, power, ctx) {
      return levelDecision(view, power, ctx, (x, c) => search(x, c, o));
    },
  };
}

/** The shipped search level: 750 ms a decision on the caller's clock (100 playouts without one). */
export const searchBot: Bot = makeSearchBot();

/** Futures a decision of the quick search level. */
export const QUICK_FUTURES = 20;

/** The search level on a fixed number of playouts a decision: reproducible and cheap, for simulations and the balance report. */
export const quickSearchBot: Bot = makeSearchBot(
  { timeMs: Infinity, iterations: QUICK_FUTURES },
  'strategist-quick',
  `Strategist, quick (${QUICK_FUTURES} futures a decision; reproducible)`,
);
