/**
 * The panel's intent on the engine's options: the map's targets and price tags at the chosen size, the
 * complete move (legal, and the very one the engine listed), refusals by the engine's codes; and the
 * last move's changes, from the log.
 */
import { describe, expect, it } from 'vitest';
import { pendingDecision } from '../../game/decision.ts';
import { applyMove, checkMove, getScenario, legalMoves, newGame, toMove, type GameState } from '../../game/index.ts';
import { recentChanges } from '../view/changes.ts';
import { NO_INTENT, chosenOption, draftOf, pricesFor, regionReason, targetsFor } from './intent.ts';

/** The first position where the power to move is in its operations step. */
function aTurn(): GameState {
  let s = newGame(getScenario('autumn-2016')!, 11);
  while (s.step !== 'actions') {
    const p = toMove(s)!;
    const next = applyMove(s, p, legalMoves(s, p)[0]!);
    if (!next.ok) throw new Error(next.reason);
    s = next.state;
  }
  return s;
}

describe('intent', () => {
  const s = aTurn();
  const me = toMove(s)!;
  const d = pendingDecision(s, me);
  const options = d.step === 'turn' ? d.options : null;

  it('highlights every region in play, legal exactly where the move at that size is legal', () => {
    for (const size of [1, 2, 3]) {
      const intent = { ...NO_INTENT, kind: 'aid' as const, size };
      const targets = targetsFor(options, intent);
      expect(targets.size).toBe(Object.keys(s.regions).length);
      for (const [region, state] of targets) {
        const legal = checkMove(s, me, { kind: 'aid', region, size }) === null;
        expect(state, `${region} at ${size}`).toBe(legal ? 'legal' : 'illegal');
        expect(regionReason(options!, intent, region)).toBe(checkMove(s, me, { kind: 'aid', region, size }));
      }
      expect(pricesFor(options, intent).size).toBeGreaterThan(0);
    }
    expect(targetsFor(options, NO_INTENT).size).toBe(0);
  });

  it('makes the move the engine listed for the chosen target and size', () => {
    const region = [...targetsFor(options, { ...NO_INTENT, kind: 'aid', size: 2 })].find(([, x]) => x === 'legal')?.[0];
    expect(region).toBeDefined();
    const intent = { ...NO_INTENT, kind: 'aid' as const, size: 2, region: region as never };
    expect(draftOf(options, intent)).toEqual({ kind: 'aid', region, size: 2 });
    expect(chosenOption(options!, intent)!.reason).toBeNull();
    expect(draftOf(options, { ...intent, region: null })).toBeNull();
  });

  it('finds the last operation’s changes in the log: its regions, and whose it was', () => {
    const region = [...targetsFor(options, { ...NO_INTENT, kind: 'aid', size: 1 })].find(([, x]) => x === 'legal')![0];
    const after = applyMove(s, me, { kind: 'aid', region: region as never, size: 1 });
    if (!after.ok) throw new Error(after.reason);
    const recent = recentChanges(after.state);
    expect(recent.power).toBe(me);
    expect(recent.regions.has(region as never)).toBe(true);
    expect(after.state.log[recent.from]).toMatchObject({ t: 'aid', power: me, region });
  });
});
