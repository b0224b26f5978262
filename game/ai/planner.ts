/**
 * The planner: it weighs every legal operation of its turn — each aid and exercise size, bases, blocs,
 * its special ability, passing — by playing it through the real rules on a private copy (`after`) and
 * measuring its outlook (`aims.ts`: its public objectives over the scorings left, its own agenda, the IP
 * it will have next round) less the crisis it would be blamed for. It takes the best (passing on a tie)
 * and says why from what the move changed (`explainMove`). Its doors come first (`doors.ts`).
 */
import type { Move } from '../moves.ts';
import type { GameState } from '../state.ts';
import type { Decision } from './bot.ts';
import { because } from './explain.ts';
import { makeLevelBot } from './flowchart.ts';
import { after, explainMove, operations, worth, type Situation } from './tactics.ts';

export interface Weighed {
  move: Move;
  value: number;
  next: GameState;
}

const EPSILON = 1e-6;

/** Every legal operation with the worth of the position it leaves, best first (passing first among equals). */
export function weighOperations(x: Situation, moves: readonly Move[] = operations(x.s, x.me)): Weighed[] {
  const out = moves.map((move) => {
    const next = after(x.s, x.me, move);
    return { move, value: worth(next, x.me, x.aims), next };
  });
  const bonus = (w: Weighed) => (w.move.kind === 'pass' ? EPSILON : 0);
  return out.sort((a, b) => b.value + bonus(b) - (a.value + bonus(a)));
}

/** The planner's operation: the best-weighed one, with its reason. */
export function plannerOperate(x: Situation): Decision {
  const best = weighOperations(x)[0]!;
  return { move: best.move, why: explainMove(x.s, best.next, x.me, x.aims, best.move) };
}

export const plannerBot = makeLevelBot('planner', 'Planner (weighs every operation)', plannerOperate);

/** The largest size of each sized operation in each region, and every other operation: a shorter list to weigh. */
export function largestSizes(moves: readonly Move[]): Move[] {
  const out: Move[] = [];
  moves.forEach((m, i) => {
    const next = moves[i + 1];
    const sized = m.kind === 'aid' || m.kind === 'exercise';
    if (sized && next && next.kind === m.kind && 'region' in next && next.region === m.region) return;
    out.push(m);
  });
  return out;
}

/**
 * The planner on a shorter list — each aid and exercise at its largest affordable size only — for the
 * strategist's playouts, where every seat of every future is played by it.
 */
export const quickPlannerBot = makeLevelBot('planner-playout', 'Planner, largest sizes only', (x) => {
  const best = weighOperations(x, largestSizes(operations(x.s, x.me)))[0]!;
  return { move: best.move, why: because('nothing') };
});
