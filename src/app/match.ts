/**
 * The one interface between the board and whatever runs a match: send a seat's move, read a seat's
 * view, hear about changes. The hot-seat match implements it on the pure engine (`hotseat.ts`); a
 * network match would implement it on boardgame.io's socket client. Seats, the privacy hand-over,
 * computer players, undo and saving sit above it (`session.ts`) and know nothing of how it runs.
 */
import type { GameRecord, GameState, Move, Power, Reason } from '../../game/index.ts';

export interface Match {
  /** Play one seat's move: why it is illegal (and nothing changed), or null once it is played. */
  send(power: Power, move: Move): Reason | null;
  /** The state as one seat sees it; null is a spectator (agendas hidden until the end). */
  viewOf(viewer: Power | null): GameState;
  /** The power the match waits for, or null once it has ended. */
  waitingFor(): Power | null;
  /** The match's record so far: scenario, seed and every move. */
  record(): GameRecord;
  /** Call `listener` after every change; returns the way to stop. */
  subscribe(listener: () => void): () => void;
  /** Stop: no more moves, no more notifications. */
  dispose(): void;
}

/** A match that keeps every full state from the first: one device holds the whole game (hot seat). */
export interface KeptMatch extends Match {
  /** Every full state, the first (before the deal) at index 0 and the current one last. */
  states(): readonly GameState[];
  /**
   * Drop the last `count` moves (default 1: one kept state popped per move, nothing replayed), with one
   * notification; false (and nothing dropped) when there are fewer. Who may take back what is decided above.
   */
  takeBack(count?: number): boolean;
}
