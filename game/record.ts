/**
 * A game's record: the scenario, the seed and every move in order. Because the engine is
 * deterministic, the record *is* the game: replaying it rebuilds every state exactly. Saves,
 * exports and replays are records; loading one validates it and refuses bad input with the path
 * of the problem, never throwing.
 */
import { z } from 'zod';
import { applyInPlace, cloneState } from './fast.ts';
import type { Move } from './moves.ts';
import { err, ok, type Problem, type Result } from './result.ts';
import { loadScenario } from './scenario.ts';
import type { Scenario } from './schema.ts';
import { initialState } from './setup.ts';
import type { GameState } from './state.ts';
import { POWERS, type Power } from './vocabulary.ts';

export interface RecordedMove {
  power: Power;
  move: Move;
}

export interface GameRecord {
  format: 1;
  scenario: Scenario;
  seed: number | string;
  moves: RecordedMove[];
}

const RecordShape = z.object({
  format: z.literal(1),
  scenario: z.unknown(),
  seed: z.union([z.number(), z.string()]),
  moves: z.array(z.object({ power: z.enum(POWERS), move: z.object({ kind: z.string() }).passthrough() })),
});

/** A new, empty record for a game about to start. */
export function newRecord(scenario: Scenario, seed: number | string): GameRecord {
  return { format: 1, scenario, seed, moves: [] };
}

/** Replay a record: every state from the initial one (index 0) to the last (index = moves.length). */
export function replay(record: GameRecord): Result<GameState[], Problem[]> {
  const states: GameState[] = [initialState(record.scenario, record.seed)];
  let s = cloneState(states[0]!);
  for (let i = 0; i < record.moves.length; i++) {
    const { power, move } = record.moves[i]!;
    const reason = applyInPlace(s, power, move);
    if (reason) return err([{ path: `moves.${i}`, message: `${power} cannot play ${move.kind} here (${reason})` }]);
    states.push(s);
    s = cloneState(s);
  }
  return ok(states);
}

/** Validate an untrusted record (a save, an imported file), including that every move replays. */
export function loadRecord(input: unknown): Result<{ record: GameRecord; states: GameState[] }, Problem[]> {
  const shape = RecordShape.safeParse(input);
  if (!shape.success) {
    return err(shape.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
  }
  const scenario = loadScenario(shape.data.scenario);
  if (!scenario.ok) return err(scenario.error.map((p) => ({ ...p, path: p.path ? `scenario.${p.path}` : 'scenario' })));
  const record: GameRecord = {
    format: 1,
    scenario: scenario.value,
    seed: shape.data.seed,
    moves: shape.data.moves as RecordedMove[],
  };
  const states = replay(record);
  return states.ok ? ok({ record, states: states.value }) : err(states.error);
}

/** Parse a record from text (JSON). */
export function parseRecord(text: string): Result<{ record: GameRecord; states: GameState[] }, Problem[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return err([{ path: '', message: `not valid JSON: ${(e as Error).message}` }]);
  }
  return loadRecord(json);
}

/** Append a move to a record (returns a new record). */
export function withMove(record: GameRecord, power: Power, move: Move): GameRecord {
  return { ...record, moves: [...record.moves, { power, move }] };
}

/** The secret entropy the game's start move carried, if any (see `Move`): show it only after the end. */
export function dealOf(record: GameRecord): number | null {
  const start = record.moves[0]?.move;
  return start?.kind === 'start' && start.deal !== undefined ? start.deal : null;
}

/** One move as boardgame.io logs it: the move's name, its single payload and the seat ("0".."4"). */
export interface BgioAction {
  type: string;
  args?: unknown[] | null;
  playerID?: string | null;
}

/**
 * The record of a game played through boardgame.io, from its seed and the payloads of its logged
 * `MAKE_MOVE` actions (in order). Nothing is checked here: `loadRecord` replays and validates it.
 */
export function recordFromBgio(scenario: Scenario, seed: number | string, actions: readonly BgioAction[]): GameRecord {
  const moves = actions.map((a) => {
    const payload = a.args?.[0];
    const rest = typeof payload === 'object' && payload !== null ? payload : {};
    return { power: POWERS[Number(a.playerID)] as Power, move: { ...rest, kind: a.type } as Move };
  });
  return { format: 1, scenario, seed, moves };
}
