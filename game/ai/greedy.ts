/**
 * The greedy bot: one operation of lookahead on the score exactly as the rules count it. For every
 * legal operation it plays the move through the real rules on a private copy of its own view (`after`)
 * and measures `projectedScore`: banked VP, its public objectives' gains if scored now times the
 * scorings left, its own agenda's gain (the engine's selectors, no softening), and the IP it will have
 * next round (`ipAhead`: carry-over cap and the income due). It keeps the best operation, passing on a
 * tie and breaking other ties with its own seeded rng. As a host it sets its doors first (`doors.ts`).
 */
import type { Move } from '../moves.ts';
import { randomInt } from '../rng.ts';
import { agendaValue, roundObjectivesValue } from '../selectors.ts';
import type { GameState } from '../state.ts';
import type { Power } from '../vocabulary.ts';
import { ipAhead, ipWorth, scoringsLeft } from './aims.ts';
import type { Bot } from './bot.ts';
import { makeLevelBot } from './flowchart.ts';
import { after, explainMove, operations, type Situation } from './tactics.ts';

/** A power's expected final score as the rules count it, if the position held, with its IP to come. */
export function projectedScore(s: GameState, power: Power): number {
  if (s.step === 'ended') return s.vp[power];
  return (
    s.vp[power] +
    scoringsLeft(s) * roundObjectivesValue(s, power) +
    agendaValue(s, power) +
    ipWorth(s) * ipAhead(s, power)
  );
}

const EPSILON = 1e-9;

/** The greedy operation: the best projected score after it; ties to passing, else to the bot's rng. */
function greedyOperate(x: Situation, rng: { rng: number }) {
  let best: { move: Move; next: GameState }[] = [];
  let bestValue = -Infinity;
  for (const move of operations(x.s, x.me)) {
    const next = after(x.s, x.me, move);
    const value = projectedScore(next, x.me);
    if (value > bestValue + EPSILON) {
      bestValue = value;
      best = [{ move, next }];
    } else if (value > bestValue - EPSILON) {
      best.push({ move, next });
    }
  }
  const pick = best.find((b) => b.move.kind === 'pass') ?? best[best.length === 1 ? 0 : randomInt(rng, best.length)]!;
  return { move: pick.move, why: explainMove(x.s, pick.next, x.me, x.aims, pick.move) };
}

/** One operation of lookahead on the power's own score as the rules count it. */
export const greedyBot: Bot = makeLevelBot('greedy', 'Greedy (one-move lookahead on its own score)', greedyOperate);
