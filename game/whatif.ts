/**
 * "What if?": a counterfactual branch of a recorded game. From the position before one of its decisions,
 * the computer plays the rest of the game many times — once from the move actually taken, once from
 * another legal move — with the same bots and fresh dice in every playout, and the two spreads are
 * compared (win rates, scores, tension, crises).
 *
 * Secrets stay secret by construction: `branchPlayouts` receives a *position*, the state as a viewer may
 * see it (`positionFor`: the real state once the game has ended and every agenda is public, else
 * `viewFor` with the other agendas blank and the dice hidden). Every blank agenda is drawn, playout by
 * playout, from that power's pool in the scenario (public data), with its start value worked out by the
 * engine's own `setBaseline` on the public opening position; the engine's random state is re-seeded for
 * every playout. Playout `i` of both branches draws the same agendas and the same dice and gives every
 * bot the same private rng (common random numbers), so the comparison measures the decision, not luck.
 * The rules run on the fast path (`cloneState` + `applyInPlace`); the bots are the game's own.
 */
import type { Bot } from './ai/bot.ts';
import { applyInPlace, cloneState } from './fast.ts';
import { legalMoves } from './legal.ts';
import { checkMove, toMove, type Move } from './moves.ts';
import type { RecordedMove } from './record.ts';
import { err, ok, type Result } from './result.ts';
import { randomInt, seedState } from './rng.ts';
import { setBaseline } from './round.ts';
import { controller, regionsInPlay } from './selectors.ts';
import { initialState } from './setup.ts';
import { IllegalMoveError, botRng, isDecision } from './sim/play.ts';
import type { EndReason, GameState } from './state.ts';
import { viewFor } from './view.ts';
import { POWERS, byPower, type ByPower, type Power } from './vocabulary.ts';

/** What one playout of a branch left at the end of the game. */
export interface Playout {
  /** Its index in the run: playout `i` of each branch shares agendas, dice and the bots' rngs. */
  index: number;
  reason: EndReason;
  winners: Power[];
  scores: ByPower<number>;
  /** Tension at the end, and the highest it reached after the branch point. */
  tension: number;
  peakTension: number;
  /** The power a crisis was blamed on (null: no crisis, or nobody blamed). */
  blamed: Power | null;
  /** Regions each power controlled at the end. */
  control: ByPower<number>;
  /** The round the game ended in. */
  rounds: number;
}

/** One decision of a recorded game that can be branched: its index in the record and the state before it. */
export interface BranchPoint {
  /** Index into `record.moves`; the position is `states[index]`. */
  index: number;
  round: number;
  power: Power;
  move: Move;
}

/** Options for a run of playouts (a worker runs a slice: `from` … `from + count - 1`). */
export interface BranchOptions {
  seed: number | string;
  count: number;
  from?: number;
  /** The computer player in each seat, the same in both branches. */
  bots: ByPower<Bot>;
  /** Called after each playout (progress bars). */
  onPlayout?: (p: Playout) => void;
}

/** A safety net: no game of a ≤20-round scenario comes near this many moves. */
const MAX_MOVES = 20_000;

/** Every decision of a record that can be branched: operations and event choices (not the start, not doors). */
export function branchPoints(moves: readonly RecordedMove[], states: readonly GameState[]): BranchPoint[] {
  const out: BranchPoint[] = [];
  moves.forEach((m, index) => {
    const before = states[index];
    if (before && isDecision(m.move)) out.push({ index, round: before.round, power: m.power, move: m.move });
  });
  return out;
}

/** Two moves are the same move (same kind and payload). */
export function sameMove(a: Move, b: Move): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const A = a as unknown as Record<string, unknown>;
  const B = b as unknown as Record<string, unknown>;
  for (const k of keys) {
    const x = A[k];
    const y = B[k];
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length || x.some((v, i) => v !== y[i])) return false;
    } else if (x !== y) return false;
  }
  return true;
}

/**
 * The other moves that could have been made at a decision: every legal operation (door changes left
 * out: they are free and do not end the turn) or event option, less the one actually taken.
 */
export function alternatives(before: GameState, power: Power, taken: Move): Move[] {
  return legalMoves(before, power).filter((m) => m.kind !== 'door' && !sameMove(m, taken));
}

/**
 * The position a viewer may branch from: the state before decision `index`. Once the game has ended
 * every agenda is public and the real state is used (its dice hidden); while it is still going, the
 * viewer's view (`viewFor`: the other powers' agendas blank, to be sampled). `viewer` null: a spectator
 * (the class at a shared screen), who knows no agenda.
 */
export function positionFor(states: readonly GameState[], index: number, viewer: Power | null): GameState {
  const before = states[index];
  if (!before) throw new Error(`no state before decision ${index} (the game has ${states.length - 1} moves)`);
  const ended = states[states.length - 1]!.step === 'ended';
  return ended ? { ...before, rng: 0 } : viewFor(before, viewer);
}

/** Why a branch cannot be played from this position with this move, or null when it can. */
export function checkBranch(position: GameState, power: Power, move: Move): string | null {
  if (position.step === 'setup') return 'the position is before the start: there is no decision to branch';
  if (position.step === 'ended') return 'the position is after the end: there is no decision to branch';
  if (toMove(position) !== power) return `it is not ${power}'s decision in this position`;
  if (move.kind === 'door' || move.kind === 'start') return `a ${move.kind} move is not a decision to branch`;
  const reason = checkMove(position, power, move);
  return reason ? `${power} cannot play ${move.kind} here (${reason})` : null;
}

/** Each agenda's value in the public opening position: what `setBaseline` records for it when dealt. */
export function agendaStarts(position: GameState): Map<string, number> {
  const opening = initialState(position.scenario, 0);
  const out = new Map<string, number>();
  for (const a of position.scenario.agendas) {
    opening.agendas = byPower((p) => (p === a.power ? a.id : ''));
    setBaseline(opening);
    out.set(a.id, opening.baseline!.agenda[a.power]);
  }
  return out;
}

/** The powers whose agenda the position does not show (they are sampled in every playout). */
export function hiddenAgendas(position: GameState): Power[] {
  return position.agendas ? POWERS.filter((p) => position.agendas![p] === '') : [];
}

/**
 * Fill a copy of the position for playout `index`: each hidden agenda drawn from its power's pool, its
 * start value from the opening position, and a fresh random state for the dice.
 */
function world(position: GameState, seed: number | string, index: number, starts: Map<string, number>): GameState {
  const s = cloneState(position, false);
  const rng = { rng: seedState(`${seed}/whatif/${index}`) };
  const hidden = hiddenAgendas(position);
  if (hidden.length > 0 && s.agendas && s.baseline) {
    const agendas = { ...s.agendas };
    const start = { ...s.baseline.agenda };
    for (const p of hidden) {
      const pool = s.scenario.agendas.filter((a) => a.power === p);
      const pick = pool[randomInt(rng, pool.length)]!;
      agendas[p] = pick.id;
      start[p] = starts.get(pick.id) ?? 0;
    }
    s.agendas = agendas;
    s.baseline = { objectives: s.baseline.objectives, agenda: start };
  }
  s.rng = randomInt(rng, 0x100000000) >>> 0;
  return s;
}

/** The agendas playout `index` plays with (the hidden ones sampled): for tests and for showing the spread. */
export function sampledAgendas(position: GameState, seed: number | string, index: number): ByPower<string> | null {
  return world(position, seed, index, agendaStarts(position)).agendas;
}

/** Play one playout from a filled world: the branch's move, then the bots to the end. */
function playOut(s: GameState, power: Power, move: Move, bots: ByPower<Bot>, seed: string, index: number): Playout {
  const first = applyInPlace(s, power, move);
  if (first) throw new IllegalMoveError('whatif', power, move, first, seed);
  const rngs = byPower((p) => botRng(seed, p));
  let peak = s.tension;
  let moves = 0;
  for (let p = toMove(s); p !== null; p = toMove(s)) {
    if (++moves > MAX_MOVES) throw new Error(`playout ${seed} did not end within ${MAX_MOVES} moves`);
    const bot = bots[p];
    const { move: m } = bot.decide(viewFor(s, p), p, rngs[p]);
    const reason = applyInPlace(s, p, m);
    if (reason) throw new IllegalMoveError(bot.id, p, m, reason, seed);
    if (s.tension > peak) peak = s.tension;
  }
  const result = s.result!;
  const control = byPower(() => 0);
  for (const id of regionsInPlay(s)) {
    const c = controller(s, id);
    if (c) control[c] += 1;
  }
  return {
    index,
    reason: result.reason,
    winners: [...result.winners],
    scores: { ...result.scores },
    tension: s.tension,
    peakTension: peak,
    blamed: result.reason === 'crisis' ? (result.blamed ?? null) : null,
    control,
    rounds: s.round,
  };
}

/**
 * Play playouts `from` … `from + count - 1` of one branch: from `position` (a viewer's position, see
 * `positionFor`), `power` plays `move`, then `bots` play to the end. Deterministic given the seed; the
 * position's own random state is never used. Refuses, with the reason, a move that is not a legal
 * decision there.
 */
export function branchPlayouts(
  position: GameState,
  power: Power,
  move: Move,
  options: BranchOptions,
): Result<Playout[], string> {
  const bad = checkBranch(position, power, move);
  if (bad) return err(bad);
  if (!Number.isInteger(options.count) || options.count < 0) return err(`count must be a whole number ≥ 0`);
  const from = options.from ?? 0;
  const starts = agendaStarts(position);
  const out: Playout[] = [];
  for (let i = from; i < from + options.count; i++) {
    const s = world(position, options.seed, i, starts);
    const p = playOut(s, power, move, options.bots, `${options.seed}/${i}`, i);
    out.push(p);
    options.onPlayout?.(p);
  }
  return ok(out);
}
