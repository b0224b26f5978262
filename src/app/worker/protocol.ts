/**
 * What the page and the computer players' worker say to each other. The page sends one decision at a
 * time — the seat, its own view (a `viewFor` of the seat: never the full state, so no other power's
 * agenda crosses), and the seed — and the worker answers with the move, its reason and any failure, or
 * with what went wrong when it could not decide at all.
 */
import type { ComputerMove, DecisionRequest } from '../computer.ts';

export interface Ask extends DecisionRequest {
  /** The decision's number, echoed in the answer (an answer to an older one is ignored). */
  id: number;
}

export type Answer = { id: number; played: ComputerMove } | { id: number; error: string };
