/**
 * What the game server keeps, whatever database keeps it: boardgame.io's matches (its `Async`
 * storage: state, initial state, metadata and log per match) and the class layer's own documents (a
 * teacher's class sessions, found by id or by one of their matches' join codes). SQLite
 * (`sqlite.ts`, the embedded default) and PostgreSQL (`postgres.ts`, selected by DATABASE_URL)
 * implement it; the same contract suite (`tests/server/store-contract.ts`) runs on both.
 *
 * Rules every implementation keeps:
 * - one transaction per write;
 * - a stale write is refused: when the stored state's `_stateID` is already at or past the new one,
 *   nothing is written (the log is not appended); `writeState` resolves to false, and boardgame.io's
 *   `setState` (which must resolve to nothing) is `writeState` with its answer dropped;
 * - `createMatch` of an id that exists is an error (never an overwrite);
 * - a join code belongs to at most one class session (saving another session with a code already
 *   taken is an error naming the code).
 */
import { Async } from 'boardgame.io/internal';
import type { LogEntry, Server, State } from 'boardgame.io';

/** A class session as stored: its id, the join codes of its matches (indexed), and its JSON body. */
export interface ClassDoc {
  id: string;
  /** Join codes that lead to this session (one per match). Upper-case letters and digits. */
  codes: string[];
  /** The class layer's own data (src/server/class owns its shape). Must survive JSON. */
  body: unknown;
}

/** What a move changes in its match's metadata. */
export interface MoveProgress {
  updatedAt: number;
  gameover?: unknown;
}

export abstract class Store extends Async {
  /**
   * Write a match's state (and append its log; and, when given, what the move changes in its metadata —
   * `updatedAt` and `gameover`, merged into the stored metadata, never a whole copy of it, so that a seat
   * taken meanwhile on another process is kept — all in one transaction): false when it was stale (the
   * stored `_stateID` is at or past it), and then nothing at all is written.
   */
  abstract writeState(matchID: string, state: State, deltalog?: LogEntry[], progress?: MoveProgress): Promise<boolean>;

  /**
   * Write one seat of a match's metadata (and its `updatedAt`), the rest of the metadata as stored: only
   * when the seat's stored credentials are still `expected` (null: the seat is free), unless `expected`
   * is undefined. False when the seat had changed, or the match is unknown; then nothing is written.
   * Seats are written one at a time so that processes sharing one database never undo each other's.
   */
  abstract writeSeat(
    matchID: string,
    playerID: string,
    seat: Server.PlayerMetadata,
    updatedAt: number,
    expected?: string | null,
  ): Promise<boolean>;

  async setState(matchID: string, state: State, deltalog?: LogEntry[]): Promise<void> {
    await this.writeState(matchID, state, deltalog);
  }
  /** Create or replace a class session (and its codes). */
  abstract saveClass(doc: ClassDoc): Promise<void>;
  /** A class session by id. */
  abstract loadClass(id: string): Promise<ClassDoc | undefined>;
  /** Every class session, newest first. */
  abstract listClasses(): Promise<ClassDoc[]>;
  /** The id of the class session that holds `code`, if any. */
  abstract classOfCode(code: string): Promise<string | undefined>;
  /** Close the connection or file; the store is unusable afterwards. */
  abstract close(): Promise<void>;
}
