/**
 * Golden counts in the manner of chess perft: from a few fixed positions of each shipped scenario,
 * how many moves are legal for the power to move (depth 1), and how many are then legal for whoever
 * moves next, summed over each of those moves (depth 2). A rule change that alters what is legal
 * shows up as a changed number in tests/fixtures/golden.json, which `npm run golden -- --write`
 * regenerates so that the change is a reviewed diff. Only the engine's public API is used.
 *
 * The positions: a game of each scenario from the seed `golden` along a fixed line that plays, at its
 * n-th decision, legal move number (n × 31 + 7) mod (how many are legal); counted after 0, 3 and 10
 * moves, at the first decision of each later round, and at the game's last decision.
 */
import { SCENARIO_IDS, applyMove, getScenario, legalMoves, newGame, toMove } from '../../game/index.ts';
import type { GameState, Power } from '../../game/index.ts';

/** The seed every golden game is played from. */
export const GOLDEN_SEED = 'golden';

/** Mid-round positions counted, as moves played after `newGame` along the fixed line. */
export const AFTER = [0, 3, 10] as const;

/** One row of the table: where the position is, and its counts. */
export interface GoldenRow {
  scenario: string;
  /** Moves played after `newGame` along the line. */
  after: number;
  /** Why this position is in the table. */
  at: 'fixed' | 'round start' | 'last decision';
  round: number;
  step: string;
  toMove: Power;
  depth1: number;
  depth2: number;
}

/** The table's columns, in the order each row of tests/fixtures/golden.json lists them. */
export const COLUMNS = ['scenario', 'after', 'at', 'round', 'step', 'toMove', 'depth1', 'depth2'] as const;

/** The table as stored: its column names, then one array of values a row (one line each in the file). */
export interface GoldenFile {
  columns: readonly string[];
  rows: (string | number)[][];
}

/** The stored form of a table. */
export function toFile(rows: readonly GoldenRow[]): GoldenFile {
  return { columns: [...COLUMNS], rows: rows.map((r) => COLUMNS.map((c) => r[c])) };
}

/** The rows of a stored table; throws when its columns are not this module's. */
export function fromFile(file: GoldenFile): GoldenRow[] {
  if (JSON.stringify(file.columns) !== JSON.stringify(COLUMNS)) {
    throw new Error(`golden.json has columns ${JSON.stringify(file.columns)}, expected ${JSON.stringify(COLUMNS)}`);
  }
  return file.rows.map((values) => Object.fromEntries(COLUMNS.map((c, i) => [c, values[i]])) as unknown as GoldenRow);
}

/** The line's choice at its n-th decision, among `count` legal moves. */
export const lineChoice = (n: number, count: number): number => (n * 31 + 7) % count;

function play(s: GameState, power: Power, index: number): GameState {
  const move = legalMoves(s, power)[index]!;
  const out = applyMove(s, power, move);
  if (!out.ok) throw new Error(`the legal move ${JSON.stringify(move)} was refused: ${out.reason}`);
  return out.state;
}

/** Depth-1 and depth-2 counts from a position. */
export function perft(s: GameState): { depth1: number; depth2: number } {
  const power = toMove(s);
  if (!power) return { depth1: 0, depth2: 0 };
  const moves = legalMoves(s, power);
  let depth2 = 0;
  for (const move of moves) {
    const out = applyMove(s, power, move);
    if (!out.ok) throw new Error(`the legal move ${JSON.stringify(move)} was refused: ${out.reason}`);
    const next = toMove(out.state);
    if (next) depth2 += legalMoves(out.state, next).length;
  }
  return { depth1: moves.length, depth2 };
}

/**
 * The rows of one scenario, along the line from the golden seed: the positions after `AFTER` moves,
 * the first decision of every later round, and the game's last decision.
 */
export function goldenRows(id: string): GoldenRow[] {
  const scenario = getScenario(id);
  if (!scenario) throw new Error(`no shipped scenario "${id}"`);
  const rows: GoldenRow[] = [];
  const row = (s: GameState, after: number, at: GoldenRow['at']): GoldenRow => {
    const power = toMove(s)!;
    return { scenario: id, after, at, round: s.round, step: s.step, toMove: power, ...perft(s) };
  };
  let s = newGame(scenario, GOLDEN_SEED);
  let round = s.round;
  let last: [GameState, number] | null = null;
  for (let n = 0, power = toMove(s); power !== null; n++, power = toMove(s)) {
    if ((AFTER as readonly number[]).includes(n)) rows.push(row(s, n, 'fixed'));
    else if (s.round !== round) rows.push(row(s, n, 'round start'));
    round = s.round;
    last = [s, n];
    s = play(s, power, lineChoice(n, legalMoves(s, power).length));
  }
  if (last) rows.push(row(last[0], last[1], 'last decision'));
  return rows;
}

/** The whole table: every shipped scenario, in the start screen's order. */
export function goldenTable(): GoldenRow[] {
  return SCENARIO_IDS.flatMap(goldenRows);
}
