/**
 * The one enumerator of legal moves. The boardgame.io guard, every bot and the board's highlights all
 * use it, and it shares its rules with `checkMove`, so there is exactly one definition of legality:
 * a move is listed exactly when `checkMove` accepts it (game/legal.test.ts checks this against a
 * brute-force enumeration). A turn's candidates come from each operation's own module (`ops/`), well
 * formed by construction, in a fixed order: door changes, aid, base, exercise, coalition, special, pass.
 */
import { eventCard } from './round.ts';
import { checkMove, toMove, type Move } from './moves.ts';
import { aidMoves } from './ops/aid.ts';
import { baseMoves } from './ops/base.ts';
import { coalitionMoves } from './ops/coalition.ts';
import { doorMoves } from './ops/door.ts';
import { exerciseMoves } from './ops/exercise.ts';
import { specialMoves } from './ops/special.ts';
import { regionsInPlay } from './selectors.ts';
import type { GameState } from './state.ts';
import type { Power } from './vocabulary.ts';

/** The operations of a turn (door changes first), each legal by its own rule. */
function turnMoves(s: GameState, power: Power): Move[] {
  const regions = regionsInPlay(s);
  return [
    ...doorMoves(s, power),
    ...aidMoves(s, power, regions),
    ...baseMoves(s, power, regions),
    ...exerciseMoves(s, power, regions),
    ...coalitionMoves(s, power),
    ...specialMoves(s, power, regions),
    { kind: 'pass' },
  ];
}

/** Every legal move for this power now; empty when it is not this power's decision. */
export function legalMoves(s: GameState, power: Power): Move[] {
  if (toMove(s) !== power) return [];
  if (s.step === 'actions') return turnMoves(s, power);
  if (s.step === 'setup') return [{ kind: 'start' }];
  const options = s.event ? (eventCard(s, s.event.card).choice?.options ?? []) : [];
  return options.map((o): Move => ({ kind: 'choose', option: o.id })).filter((m) => checkMove(s, power, m) === null);
}

/** The legal operations only (door changes left out): what a turn's one decision chooses among. */
export function legalOperations(s: GameState, power: Power): Move[] {
  return legalMoves(s, power).filter((m) => m.kind !== 'door');
}
