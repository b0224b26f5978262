/**
 * The greedy bot: one move of lookahead on the power's own score. For every legal move it plays the
 * move on a private copy of its own view (`cloneState` + `applyInPlace`, no immer), lets any request
 * the move raises be answered the way the other power would answer it by the same rule (judged from
 * what this power can see: the other's public objectives, not its hidden agenda), and scores the
 * result by `projectedScore`. It keeps the best move; ties go to its own seeded rng. Answers to
 * requests and event choices are decided the same way, over the two answers or the card's options.
 *
 * Why `projectedScore` and not `scoreEstimate`: round objectives are scored at the end of every round
 * that is left, the agenda only once, so a point of round objectives gained in round 1 is worth seven
 * points at the end and one gained in the last round is worth one. Counting it once (as
 * `scoreEstimate` does) undervalues lasting gains early; counting it per scoring left is the final
 * score if the position held. A little weight on unspent IP (fading to nothing by the last round)
 * keeps the bot from spending IP on moves that gain nothing. The head-to-head figures behind these
 * choices are in docs/balance.md.
 */
import { applyInPlace, cloneState } from '../fast.ts';
import { legalMoves } from '../legal.ts';
import { toMove, type Move } from '../moves.ts';
import { randomInt } from '../rng.ts';
import type { Objective } from '../schema.ts';
import { agendaOf, objectiveValue, roundObjectivesValue } from '../selectors.ts';
import type { GameState } from '../state.ts';
import { POWER_NAMES, type Power } from '../vocabulary.ts';
import type { Bot, Explanation } from './bot.ts';

/** The knobs of the greedy evaluation. */
export interface GreedyOptions {
  /** Count round objectives once per scoring left (true) or once (false, as `scoreEstimate`). */
  perScoringLeft: boolean;
  /** VP one unspent IP is worth in round 1; it fades linearly to 0 by the last round. */
  ipWeight: number;
}

export const GREEDY_DEFAULTS: GreedyOptions = { perScoringLeft: true, ipWeight: 0.25 };

/**
 * A power's final score if the position held: banked VP, its round objectives once per scoring left
 * (this round's included), its agenda (none when hidden from the viewer), and a fading value on
 * unspent IP. `agenda` may be passed in to skip looking it up.
 */
export function projectedScore(
  s: GameState,
  power: Power,
  opts: GreedyOptions = GREEDY_DEFAULTS,
  agenda: Objective | undefined = agendaOf(s, power)?.objective,
): number {
  if (s.step === 'ended') return s.vp[power];
  const rounds = s.scenario.rounds;
  const left = Math.max(0, rounds - Math.max(s.round, 1) + 1);
  const ipValue = (opts.ipWeight * Math.max(0, left - 1)) / Math.max(1, rounds - 1);
  const agendaVp = agenda ? objectiveValue(s, power, agenda) : 0;
  return (
    s.vp[power] + (opts.perScoringLeft ? left : 1) * roundObjectivesValue(s, power) + agendaVp + ipValue * s.ip[power]
  );
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

/** Answer every pending request on a working copy: refusals from `refusers`, acceptance from the rest. */
function answerAll(s: GameState, refusers: readonly Power[]): void {
  while (s.step === 'actions' && s.requests.length > 0) {
    const responder = toMove(s)!;
    applyInPlace(s, responder, { kind: 'answer', accept: !refusers.includes(responder) });
  }
}

/** One decision's evaluation context: the view, the knobs, and each power's score as things stand. */
class Judge {
  private readonly agendas = new Map<Power, Objective | undefined>();
  private readonly baselines = new Map<Power, number>();

  constructor(
    private readonly view: GameState,
    private readonly opts: GreedyOptions,
  ) {}

  /** A power's projected score in `s`, with its agenda as the viewer knows it. */
  score(s: GameState, p: Power): number {
    if (!this.agendas.has(p)) this.agendas.set(p, agendaOf(this.view, p)?.objective);
    return projectedScore(s, p, this.opts, this.agendas.get(p));
  }

  /** A power's projected score before the move: also what it keeps by refusing a request. */
  baseline(p: Power): number {
    let v = this.baselines.get(p);
    if (v === undefined) this.baselines.set(p, (v = this.score(this.view, p)));
    return v;
  }

  /** `move` played on a working copy, its requests left pending or, with `refusers`, answered. */
  private play(power: Power, move: Move, refusers: readonly Power[] | null): GameState {
    const s = workingCopy(this.view);
    const reason = applyInPlace(s, power, move);
    if (reason) throw new Error(`greedy: legalMoves offered an illegal move (${reason})`);
    if (refusers) answerAll(s, refusers);
    return s;
  }

  /**
   * The value to `power` of `move`, with the requests it raises answered as predicted. A responder is
   * predicted to accept when accepting (with every other request accepted too) does not lower its
   * own projected score. Refusing leaves its position as it was, so that branch needs no copy; the
   * move is replayed with the refusals only when some are predicted.
   */
  value(power: Power, move: Move): number {
    const s = this.play(power, move, null);
    if (s.requests.length === 0) return this.score(s, power);
    const responders = s.requests.map((r) => r.to);
    answerAll(s, []);
    const refusers = responders.filter((r) => r !== power && this.score(s, r) < this.baseline(r));
    if (refusers.length === 0) return this.score(s, power);
    return this.score(this.play(power, move, refusers), power);
  }
}

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/** The sentence that goes with a choice, from how much it changes the power's expected score. */
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
        if (value > bestValue + 1e-9) {
          bestValue = value;
          best = [move];
        } else if (value > bestValue - 1e-9) {
          best.push(move);
        }
      }
      const move = best.length === 1 ? best[0]! : best[randomInt(rng, best.length)]!;
      return { move, why: greedyExplanation(power, bestValue - judge.baseline(power)) };
    },
  };
}

/** One-ply lookahead on the power's own projected score. */
export const greedyBot: Bot = makeGreedyBot();
