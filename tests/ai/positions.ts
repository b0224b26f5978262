/**
 * Positions for the bot tests: every position of one game played at random from a shipped scenario
 * (the game's own dice from the seed, the random moves from a second stream), and a started game of
 * Autumn 2016 put at one power's turn with chosen numbers.
 */
import type { GameState, Power, Scenario } from '../../game/index.ts';
import { SCENARIOS, applyInPlace, cloneState, legalMoves, newGame, toMove } from '../../game/index.ts';
import { randomInt, seedState } from '../../game/rng.ts';

/** Every position of one random game, up to and excluding the end. */
export function randomPositions(scenario: Scenario, seed: number): GameState[] {
  const s = cloneState(newGame(scenario, seed), false);
  const dice = { rng: seedState(`moves/${seed}`) };
  const out: GameState[] = [];
  for (let p = toMove(s); p !== null; p = toMove(s)) {
    out.push(cloneState(s, false));
    const moves = legalMoves(s, p);
    applyInPlace(s, p, moves[randomInt(dice, moves.length)]!);
  }
  return out;
}

/**
 * Autumn 2016, started, at `power`'s turn in round 1, after `patch` (influence, threat, IP, doors…):
 * threat is cleared everywhere first so that only what the test sets is hot.
 */
export function autumnTurn(power: Power, patch: (d: GameState) => void = () => {}, seed = 1): GameState {
  const s = cloneState(newGame(SCENARIOS['autumn-2016']!, seed));
  s.step = 'actions';
  s.event = null;
  s.turn = s.order.indexOf(power);
  s.doorChanges = 0;
  for (const id in s.regions) s.regions[id]!.threat = 0;
  patch(s);
  return s;
}
