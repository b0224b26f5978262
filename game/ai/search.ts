/**
 * The strategist: Monte Carlo search on the pure engine over sampled worlds (determinized search).
 * It shortlists its own legal moves (the planner's choice plus the moves that most raise its outlook),
 * then plays each forward in many sampled futures — hidden agendas drawn from each rival's pool, a
 * fresh random state per future — to the end of the next round, every seat following the light policy
 * (the planner's flowchart, weighed in place: `light.ts`), on the fast path (`cloneState` +
 * `applyInPlace`). Candidates meet the same futures (common random numbers), and the weaker half is
 * dropped at each checkpoint (successive halving) until the budget is spent: a time budget (default
 * 750 ms, checked after every playout on the clock the caller lends: the engine reads none of its own)
 * or an iteration budget that makes a decision deterministic; with no clock lent, a fixed number of
 * futures stands in for the time budget.
 * A challenger replaces the planner's choice only if it wins the shared futures clearly. It plays only
 * moves from `legalMoves`, and says how often its choice won the futures it was tried in.
 */
import { legalMoves } from '../legal.ts';
import { applyInPlace, cloneState } from '../fast.ts';
import type { Move } from '../moves.ts';
import { randomInt, type HasRng } from '../rng.ts';
import type { GameState } from '../state.ts';
import type { Power } from '../vocabulary.ts';
import { outlook } from './aims.ts';
import type { Bot, BotContext, Decision } from './bot.ts';
import { because } from './explain.ts';
import { ownView } from './flowchart.ts';
import { gainOf, plannerBot } from './planner.ts';
import { lightPolicy } from './light.ts';
import { situation } from './tactics.ts';
import { outlooks, playout, projectedFinals, reward, sampleWorld } from './worlds.ts';

export interface SearchOptions {
  /** Wall-clock budget per decision, in milliseconds. */
  timeMs: number;
  /** Playout budget per decision; with `timeMs: Infinity` a decision is fully deterministic. */
  iterations: number;
  /** How many of its own moves the search considers at most. */
  shortlist: number;
  /** Rounds to play beyond the current one before projecting scores (Infinity: to the end). */
  horizon: number;
  /** VP margin that counts as a clear lead in the reward's soft part. */
  marginScale: number;
  /** VP of its own score worth as much as a won future (see `reward`). */
  ownScale: number;
  /** How many standard errors a challenger must beat the planner's own choice by to be preferred. */
  confidence: number;
  /** And by how much at least, in reward units (a tenth is about one VP of its own score). */
  minEdge: number;
  /** The policy every seat follows inside a playout: 'light' (fast) or 'planner' (the planner itself). */
  policy: 'light' | 'planner';
  /** How a future is judged at the horizon: projected final scores, or each power's soft outlook. */
  judge: 'projected' | 'outlook';
  /** The clock (milliseconds), when fixed by the options; else the decision's own (`BotContext.now`). */
  now?: () => number;
  /** Playouts that stand in for the time budget when no clock is given (about 750 ms of them here). */
  unclockedIterations: number;
  /** Called with every candidate's figures once a decision is made (for tuning and debugging). */
  trace?: (arms: readonly { move: Move; mean: number; wins: number; n: number }[]) => void;
}

export const SEARCH_DEFAULTS: SearchOptions = {
  timeMs: 750,
  iterations: Infinity,
  shortlist: 8,
  horizon: 1,
  marginScale: 4,
  ownScale: 10,
  confidence: 1,
  minEdge: 0.1,
  policy: 'light',
  judge: 'outlook',
  unclockedIterations: 400,
};

const keyOf = (m: Move) => JSON.stringify(m);

interface Arm {
  move: Move;
  /** Sum of rewards and of wins over the futures this move was played in. */
  value: number;
  wins: number;
  /** Sum of its own projected final score. */
  score: number;
  n: number;
  /** Reward in each future, in order (futures are shared, so arms compare future by future). */
  rewards: number[];
}

/**
 * The moves worth searching: the planner's choice first, then the legal moves that most raise the
 * outlook; and the planner's decision itself, to fall back on when no future could be played.
 */
export function shortlist(view: GameState, me: Power, size: number, rng: HasRng): { moves: Move[]; planner: Decision } {
  const legal = legalMoves(view, me);
  const planner = plannerBot.decide(view, me, rng);
  const first = planner.move;
  if (legal.length <= size) {
    const k = keyOf(first);
    return { moves: [first, ...legal.filter((m) => keyOf(m) !== k)], planner };
  }
  const out = [first];
  if (view.step === 'actions' && view.requests.length === 0) {
    const x = situation(view, me);
    const base = outlook(view, me, x.aims);
    const ranked = legal
      .filter((m) => m.kind !== 'leave')
      .map((move) => ({ move, gain: gainOf(x, move, base) }))
      .sort((a, b) => b.gain - a.gain);
    for (const { move } of ranked) {
      if (out.length >= size - 1) break;
      if (keyOf(move) !== keyOf(first)) out.push(move);
    }
    if (!out.some((m) => m.kind === 'pass')) out.push({ kind: 'pass' });
  } else {
    for (const m of legal) if (out.length < size && keyOf(m) !== keyOf(first)) out.push(m);
  }
  return { moves: out, planner };
}

/**
 * The arm to play: the best challenger if it beats the incumbent (the planner's choice) by more than
 * `minEdge` and by more than `confidence` standard errors of their paired differences over the futures
 * both met, else the incumbent.
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

/** A search bot with the given options (the shipped one is `searchBot`). */
export function makeSearchBot(
  options: Partial<SearchOptions> = {},
  id = 'strategist',
  label = 'Strategist (searches sampled futures)',
): Bot {
  const o: SearchOptions = { ...SEARCH_DEFAULTS, ...options };
  return {
    id,
    label,
    decide(view, power, rng) {
      return search(ownView(view, power), power, rng, o);
    },
  };
}

function search(view: GameState, me: Power, rng: BotContext, o: SearchOptions): Decision {
  const { moves: candidates, planner } = shortlist(view, me, o.shortlist, rng);
  if (candidates.length === 0) throw new Error(`${me} has no legal move (step ${view.step})`);
  if (candidates.length === 1) return { move: candidates[0]!, why: because('onlyMove') };
  const now = o.now ?? rng.now;
  const limit = now ? o.iterations : Math.min(o.iterations, o.unclockedIterations);
  const start = now?.() ?? 0;
  const untilRound = Math.max(1, view.round) + o.horizon;
  const arms: Arm[] = candidates.map((move) => ({ move, value: 0, wins: 0, score: 0, n: 0, rewards: [] }));
  let alive = arms;
  const incumbent = alive[0]!;
  let playouts = 0;
  let checkpoint = 4;
  const judge = o.judge === 'outlook' ? outlooks : projectedFinals;
  /** One future for one arm: the move on a copy of the sampled world, then the policy to the horizon. */
  const playFuture = (template: GameState, arm: Arm, seed: number) => {
    const world = cloneState(template, false);
    if (applyInPlace(world, me, arm.move)) throw new Error(`search shortlisted an illegal move`);
    const policy = o.policy === 'planner' ? plannerBot : lightPolicy();
    const out = playout(world, policy, untilRound, { rng: seed }, judge);
    playouts += 1;
    return { ...reward(out.scores, me, o.marginScale, o.ownScale), score: out.scores[me] };
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
    // A future every arm met, or none: the arms are compared future by future.
    if (results.length < alive.length) break;
    alive.forEach((arm, k) => {
      const r = results[k]!;
      arm.value += r.value;
      arm.rewards.push(r.value);
      arm.wins += r.won;
      arm.score += r.score;
      arm.n += 1;
    });
    if (i + 1 === checkpoint && alive.length > 2) {
      const kept = [...alive].sort((a, b) => b.value - a.value).slice(0, Math.max(2, Math.ceil(alive.length / 2)));
      alive = kept.includes(incumbent) ? kept : [incumbent, ...kept.slice(0, -1)];
      checkpoint *= 2;
    }
  }
  if (incumbent.n === 0) return planner;
  const best = choose(alive, incumbent, o.confidence, o.minEdge);
  o.trace?.(arms.map((a) => ({ move: a.move, mean: a.value / Math.max(1, a.n), wins: a.wins, n: a.n })));
  const percent = Math.round((100 * best.wins) / Math.max(1, best.n));
  const score = Math.round(best.score / Math.max(1, best.n));
  return { move: best.move, why: because('search', { percent, futures: best.n, total: playouts, score }) };
}

/** The shipped search level: 750 ms a decision on the caller's clock (400 futures without one). */
export const searchBot: Bot = makeSearchBot();

/** The search level on a fixed 100 futures a decision: reproducible, for simulations and strength runs. */
export const quickSearchBot: Bot = makeSearchBot(
  { timeMs: Infinity, iterations: 100 },
  'strategist-quick',
  'Strategist, quick (100 futures a decision; reproducible)',
);
