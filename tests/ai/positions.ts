/**
 * Positions for the bot tests: every position of one game played at random from a shipped scenario
 * (the game's own dice from the seed, the random moves from a second stream), and a started game of
 * Autumn 2016 put at one power's turn with chosen numbers.
 */
import type { GameState, Power, Scenario } from '../../game/index.ts';
import { SCENARIOS, applyInPlace, cloneState, legalMoves, newGame, toMove } from '../../game/index.ts';
import { randomInt, seedState } from '../../game/rng.ts';
import { viewFor } from '../../game/view.ts';
import type { Bot } from '../../game/ai/bot.ts';

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
 * threat is cleared everywhere first so that only what the test sets is hot. With `tune`, the game is
 * played on a copy of the scenario with what the test relies on written in first (objectives, agendas,
 * rule numbers), so that re-tuning the shipped scenario does not move the position under the test.
 */
export function autumnTurn(
  power: Power,
  patch: (d: GameState) => void = () => {},
  seed = 1,
  tune?: (scenario: Scenario) => void,
): GameState {
  const scenario = SCENARIOS['autumn-2016']!;
  let played = scenario;
  if (tune) {
    played = structuredClone(scenario);
    tune(played);
  }
  const s = cloneState(newGame(played, seed));
  s.step = 'actions';
  s.event = null;
  s.turn = s.order.indexOf(power);
  s.doorChanges = 0;
  for (const id in s.regions) s.regions[id]!.threat = 0;
  patch(s);
  return s;
}

/**
 * The position after `power` has set its doors the way `bot`'s door policy wants (door changes are free
 * and keep the turn): its next decision there is its operation. Throws if the policy never settles.
 */
export function doorsSettled(s: GameState, power: Power, bot: Bot): GameState {
  const next = cloneState(s, false);
  for (let i = 0; i <= next.scenario.rules.doors.changesPerTurn; i++) {
    const d = bot.decide(viewFor(next, power), power, { rng: 42 });
    if (d.move.kind !== 'door') return next;
    const reason = applyInPlace(next, power, d.move);
    if (reason) throw new Error(`${bot.id} proposed an illegal door change: ${reason}`);
  }
  throw new Error(`${bot.id} kept changing doors past the limit of a turn`);
}
