/**
 * Statistics over a run of simulated games, per power: wins, win rate, mean and spread of the final
 * score, operations used by kind, doors kept open; and per run: game length and how games ended.
 *
 * Ties share the win: when k powers tie for the top score each is credited 1/k of a win, so the win
 * rates of the five powers always add up to 1 and a power that only ever ties is not reported as
 * winning every game. The score spread is the sample standard deviation (n − 1).
 * Games are folded in the order given, so the same games give the same figures to the last bit.
 */
import type { EndReason } from '../state.ts';
import { ACTION_KINDS, POWERS, byPower, type ActionKind, type ByPower } from '../vocabulary.ts';
import type { DoorTally, GameSummary } from './play.ts';

export interface PowerStats {
  /** Wins, ties counted as a share (1/k of a win for each of k tied winners). */
  wins: number;
  /** wins / games, 0..1. */
  winRate: number;
  meanScore: number;
  /** Sample standard deviation of the final score. */
  scoreStdDev: number;
  minScore: number;
  maxScore: number;
  /** Actions taken over the whole run, by kind. */
  actions: Record<ActionKind, number>;
  /** Its doors sampled at every round's end over the run (hosts only), and how many were open. */
  doors: DoorTally;
}

export interface RunStats {
  games: number;
  meanRounds: number;
  /** Mean group decisions per game: operations and event choices. */
  meanMoves: number;
  /** Mean actions per game (every power's, passes included). */
  meanActions: number;
  endReasons: Record<EndReason, number>;
  powers: ByPower<PowerStats>;
}

const zeroActions = (): Record<ActionKind, number> => {
  const out = {} as Record<ActionKind, number>;
  for (const k of ACTION_KINDS) out[k] = 0;
  return out;
};

/** Aggregate a run's games (in run order). */
export function summarize(games: readonly GameSummary[]): RunStats {
  const n = games.length;
  const acc = byPower(() => ({
    wins: 0,
    sum: 0,
    scores: [] as number[],
    actions: zeroActions(),
    doors: { sampled: 0, open: 0 } as DoorTally,
  }));
  const endReasons: Record<EndReason, number> = { rounds: 0, dominance: 0, crisis: 0 };
  let rounds = 0;
  let moves = 0;
  let actions = 0;
  for (const g of games) {
    rounds += g.rounds;
    moves += g.moves;
    endReasons[g.reason] += 1;
    for (const w of g.winners) acc[w].wins += 1 / g.winners.length;
    for (const p of POWERS) {
      const a = acc[p];
      a.sum += g.scores[p];
      a.scores.push(g.scores[p]);
      for (const k of ACTION_KINDS) {
        a.actions[k] += g.actions[p][k];
        actions += g.actions[p][k];
      }
      a.doors.sampled += g.doors[p].sampled;
      a.doors.open += g.doors[p].open;
    }
  }
  const powers = byPower((p): PowerStats => {
    const a = acc[p];
    const mean = n === 0 ? 0 : a.sum / n;
    let squares = 0;
    let min = Infinity;
    let max = -Infinity;
    for (const x of a.scores) {
      squares += (x - mean) * (x - mean);
      if (x < min) min = x;
      if (x > max) max = x;
    }
    return {
      wins: a.wins,
      winRate: n === 0 ? 0 : a.wins / n,
      meanScore: mean,
      scoreStdDev: n < 2 ? 0 : Math.sqrt(squares / (n - 1)),
      minScore: n === 0 ? 0 : min,
      maxScore: n === 0 ? 0 : max,
      actions: a.actions,
      doors: a.doors,
    };
  });
  return {
    games: n,
    meanRounds: n === 0 ? 0 : rounds / n,
    meanMoves: n === 0 ? 0 : moves / n,
    meanActions: n === 0 ? 0 : actions / n,
    endReasons,
    powers,
  };
}

/** The share of a power's actions of each kind, 0..1 (all zero when it took none). */
export function actionMix(stats: PowerStats): Record<ActionKind, number> {
  const total = ACTION_KINDS.reduce((sum, k) => sum + stats.actions[k], 0);
  const out = zeroActions();
  for (const k of ACTION_KINDS) out[k] = total === 0 ? 0 : stats.actions[k] / total;
  return out;
}
