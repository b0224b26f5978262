import { describe, expect, it } from 'vitest';
import { applyMove, getScenario, legalMoves, newGame, toMove, type GameState } from '../../game/index.ts';
import { viewFor } from '../../game/view.ts';
import { DOOR_PARTS, sameView } from './sameView.ts';

const scenario = getScenario('autumn-2016')!;

/** Play the first legal move of the given kind for the power to move. */
function play(s: GameState, kind: string): GameState {
  const p = toMove(s)!;
  const move = legalMoves(s, p).find((m) => m.kind === kind)!;
  const next = applyMove(s, p, move);
  if (!next.ok) throw new Error(next.reason);
  return next.state;
}

describe('sameView', () => {
  const start = newGame(scenario, 1, 0);
  const me = toMove(start)!;

  it('two views of one state are the same, though viewFor copies the agendas and the baseline', () => {
    const a = viewFor(start, me);
    const b = viewFor(start, me);
    expect(a.agendas).not.toBe(b.agendas);
    expect(sameView(a, b)).toBe(true);
    expect(sameView(viewFor(start, me), viewFor(start, null))).toBe(false); // the agenda shown differs
  });

  it('a door change differs only in the parts panels of other things ignore', () => {
    const after = play(start, 'door');
    expect(sameView(viewFor(start, me), viewFor(after, me))).toBe(false);
    expect(sameView(viewFor(start, me), viewFor(after, me), DOOR_PARTS)).toBe(true);
  });

  it('an operation changes parts that are not ignored', () => {
    const after = play(start, 'aid');
    expect(sameView(viewFor(start, me), viewFor(after, me), DOOR_PARTS)).toBe(false);
  });
});
