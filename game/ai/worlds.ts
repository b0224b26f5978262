/**
 * Sampled worlds for the search level. A seat's view hides every other power's agenda and the random
 * state; a determinization fills them in — each hidden agenda drawn from that power's pool in the
 * scenario (public data), its start value worked out by the engine, a fresh random state drawn from the
 * bot's own rng — giving one complete state the pure engine can play forward on the fast path.
 */
import { applyInPlace, cloneState } from '../fast.ts';
import { toMove, type Move } from '../moves.ts';
import { randomInt, type HasRng } from '../rng.ts';
import { objectiveValue } from '../selectors.ts';
import type { GameState } from '../state.ts';
import { POWERS, byPower, type ByPower, type Power } from '../vocabulary.ts';
import { aimsOf } from './aims.ts';
import type { Bot } from './bot.ts';
import { worth } from './tactics.ts';
import { projectedScore } from './greedy.ts';

/** One complete state consistent with what `me` sees: hidden agendas sampled, a fresh random state. */
export function sampleWorld(view: GameState, me: Power, rng: HasRng): GameState {
  const s = cloneState(view, false);
  if (s.agendas) {
    const mine = s.agendas[me];
    s.agendas = byPower((p) => {
      if (p === me) return mine;
      const pool = s.scenario.agendas.filter((a) => a.power === p);
      return pool[randomInt(rng, pool.length)]!.id;
    });
    if (s.baseline) {
      const baseline = s.baseline;
      const agendas = s.agendas;
      // A sampled agenda's start value is unknown; its value now stands in (the gain since then is not seen).
      const agenda = byPower((p) => {
        if (p === me) return baseline.agenda[me];
        const a = s.scenario.agendas.find((x) => x.id === agendas[p])!;
        return objectiveValue(s, p, a.objective);
      });
      s.baseline = { objectives: baseline.objectives, agenda };
    }
  }
  s.rng = randomInt(rng, 0x100000000) >>> 0;
  return s;
}

/** Each power's worth (outlook less crisis risk) with its own goals in this world. */
export function outlooks(s: GameState): ByPower<number> {
  return byPower((p) => worth(s, p, aimsOf(s, p)));
}

/** Every power's projected final score as the rules count it. */
export function projectedFinals(s: GameState): ByPower<number> {
  return byPower((p) => projectedScore(s, p));
}

/** What a playout returns: each power's judged score, and the number of decisions played. */
export interface Outcome {
  scores: ByPower<number>;
  decisions: number;
}

/**
 * Play a world forward with `policy` in every seat until the game ends or round `untilRound` is over
 * (its threat step, scoring and the next income run on the world's dice), then judge it. The world is
 * changed in place.
 */
export function playout(
  world: GameState,
  policy: Bot,
  untilRound: number,
  rng: HasRng,
  judge: (s: GameState) => ByPower<number> = projectedFinals,
): Outcome {
  let decisions = 0;
  for (let p = toMove(world); p !== null && world.round <= untilRound; p = toMove(world)) {
    const move: Move = policy.decide(world, p, rng).move;
    if (applyInPlace(world, p, move)) applyInPlace(world, p, { kind: 'pass' });
    decisions += 1;
  }
  return { scores: judge(world), decisions };
}

/**
 * The value of a future to `me`: a win counts 1 (shared on a tie), the margin over the best rival
 * counts up to 1 more (a logistic of margin / `scale`), and its own score counts `1 / ownScale` a VP —
 * so a seat that cannot win in any future still prefers the futures where it scores more.
 */
export function reward(
  scores: ByPower<number>,
  me: Power,
  scale: number,
  ownScale: number,
): { value: number; won: number } {
  let best = -Infinity;
  let tied = 0;
  for (const p of POWERS) {
    if (p === me) continue;
    if (scores[p] > best) {
      best = scores[p];
      tied = 1;
    } else if (scores[p] === best) tied += 1;
  }
  const margin = scores[me] - best;
  const won = margin > 0 ? 1 : margin === 0 ? 1 / (tied + 1) : 0;
  const soft = 1 / (1 + Math.exp(-margin / scale));
  return { value: won + soft + scores[me] / ownScale, won };
}
