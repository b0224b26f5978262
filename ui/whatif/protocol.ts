/**
 * What the page and a "what if?" worker say to each other. A job is a slice of playouts of both
 * branches from one position (the viewer's position: see `positionFor`), with the bots by id; the worker
 * answers with its progress and then every playout of its slice, or with the reason it stopped.
 */
import type { ByPower, GameState, Move, Power } from '../../game/index.ts';
import type { Playout } from '../../game/whatif.ts';

export interface WhatIfJob {
  position: GameState;
  power: Power;
  /** The move actually taken, and the other one. */
  actual: Move;
  alternative: Move;
  seed: string;
  /** This worker's slice of playout indices: `from` … `from + count - 1` (of each branch). */
  from: number;
  count: number;
  /** Bot ids, one a seat (the same in both branches). */
  bots: ByPower<string>;
}

export type WhatIfReply =
  | { kind: 'progress'; done: number }
  | { kind: 'done'; actual: Playout[]; alternative: Playout[] }
  | { kind: 'error'; message: string };
