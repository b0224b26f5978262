/**
 * Test helper: play a recorded game with a bot in every seat — the bot sees only its own seat's view,
 * every move goes through the engine's check and is appended to the game's record — so tests can
 * replay, export and debrief real games.
 */
import { applyInPlace, initialState, newRecord, toMove, withMove } from '../../game/index.ts';
import type { GameRecord, GameState, Scenario } from '../../game/index.ts';
import type { Bot } from '../../game/ai/index.ts';
import { viewFor } from '../../game/view.ts';

/** Play a whole game from setup (the record starts with the "start" move). */
export function playRecorded(
  scenario: Scenario,
  seed: number | string,
  bot: Bot,
): { record: GameRecord; final: GameState } {
  let record = newRecord(scenario, seed);
  const s = initialState(scenario, seed);
  const rng = { rng: 0x9e3779b9 ^ (typeof seed === 'number' ? seed : seed.length) };
  for (let power = toMove(s), guard = 0; power !== null; power = toMove(s)) {
    if (++guard > 5000) throw new Error(`game ${seed} did not end`);
    const { move } = bot.decide(viewFor(s, power), power, rng);
    const reason = applyInPlace(s, power, move);
    if (reason) throw new Error(`${bot.id} played an illegal ${move.kind} for ${power}: ${reason}`);
    record = withMove(record, power, move);
  }
  return { record, final: s };
}
