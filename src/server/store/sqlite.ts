/**
 * The embedded default store: one SQLite file (`rotw.sqlite`) in a data folder, through
 * better-sqlite3. WAL journal (readers never wait for the writer), `synchronous = NORMAL` (a power
 * cut may lose the last transactions but never corrupts the file; a crash of the process loses
 * nothing that was committed), and every write is one transaction.
 *
 * better-sqlite3 is synchronous: each call finishes before the next starts, so writes are ordered
 * inside the process; the `_stateID` check in `writeState` is what refuses a stale write from a
 * second writer (another process, or a late duplicate) all the same.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { LogEntry, Server, State } from 'boardgame.io';
import type { StorageAPI } from 'boardgame.io';
import { Store, type ClassDoc, type MoveProgress } from './store.ts';

type FetchOpts = StorageAPI.FetchOpts;
type FetchFields = StorageAPI.FetchFields;
type ListMatchesOpts = StorageAPI.ListMatchesOpts;
type CreateMatchOpts = StorageAPI.CreateMatchOpts;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS matches (
  id          TEXT PRIMARY KEY,
  game_name   TEXT NOT NULL,
  state       TEXT NOT NULL,
  state_id    INTEGER NOT NULL,
  initial     TEXT NOT NULL,
  metadata    TEXT NOT NULL,
  gameover    INTEGER NOT NULL DEFAULT 0,
  updated_at  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS matches_game ON matches (game_name);
CREATE INDEX IF NOT EXISTS matches_updated ON matches (updated_at);
CREATE TABLE IF NOT EXISTS log (
  match_id  TEXT NOT NULL,
  seq       INTEGER NOT NULL,
  entry     TEXT NOT NULL,
  PRIMARY KEY (match_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS classes (
  id          TEXT PRIMARY KEY,
  body        TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  seq         INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS class_codes (
  code      TEXT PRIMARY KEY,
  class_id  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS class_codes_class ON class_codes (class_id);
`;

interface MatchRow {
  state?: string;
  state_id?: number;
  initial?: string;
  metadata?: string;
}

/** Open (or create) the store in `dir` (created if missing). */
export async function openSqlite(dir: string): Promise<Store> {
  const folder = resolve(dir);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (e) {
    throw new Error(`cannot create the data folder ${folder}: ${(e as Error).message}`);
  }
  return new SqliteStore(join(folder, 'rotw.sqlite'));
}

class SqliteStore extends Store {
  readonly file: string;
  private db: Database.Database;
  private statements: ReturnType<SqliteStore['prepare']>;
  private writeStateOnce: ReturnType<SqliteStore['makeWriteState']>;
  private writeSeatOnce: ReturnType<SqliteStore['makeWriteSeat']>;
  /** fetch's SELECTs, one per set of columns asked for. */
  private readonly selects = new Map<string, Database.Statement>();

  constructor(file: string) {
    super();
    this.file = file;
    try {
      this.db = new Database(file);
    } catch (e) {
      throw new Error(`cannot open the database file ${file}: ${(e as Error).message}`);
    }
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
    this.statements = this.prepare();
    this.writeStateOnce = this.makeWriteState();
    this.writeSeatOnce = this.makeWriteSeat();
  }

  private prepare() {
    const db = this.db;
    return {
      insertMatch: db.prepare(
        `INSERT INTO matches (id, game_name, state, state_id, initial, metadata, gameover, updated_at)
         VALUES (@id, @gameName, @state, @stateID, @initial, @metadata, @gameover, @updatedAt)`,
      ),
      stateID: db.prepare(`SELECT state_id FROM matches WHERE id = ?`).pluck(),
      updateState: db.prepare(`UPDATE matches SET state = ?, state_id = ? WHERE id = ?`),
      logLength: db.prepare(`SELECT COALESCE(MAX(seq) + 1, 0) FROM log WHERE match_id = ?`).pluck(),
      appendLog: db.prepare(`INSERT INTO log (match_id, seq, entry) VALUES (?, ?, ?)`),
      updateMetadata: db.prepare(`UPDATE matches SET metadata = ?, gameover = ?, updated_at = ? WHERE id = ?`),
      moved: db.prepare(
        `UPDATE matches SET metadata = json_set(metadata, '$.updatedAt', @updatedAt), updated_at = @updatedAt
         WHERE id = @id`,
      ),
      movedToGameover: db.prepare(
        `UPDATE matches SET metadata = json_set(metadata, '$.updatedAt', @updatedAt, '$.gameover', json(@gameover)),
         gameover = 1, updated_at = @updatedAt WHERE id = @id`,
      ),
      readMetadata: db.prepare(`SELECT metadata FROM matches WHERE id = ?`).pluck(),
      readLog: db.prepare(`SELECT entry FROM log WHERE match_id = ? ORDER BY seq`).pluck(),
      wipeMatch: db.prepare(`DELETE FROM matches WHERE id = ?`),
      wipeLog: db.prepare(`DELETE FROM log WHERE match_id = ?`),
      saveClass: db.prepare(
        `INSERT INTO classes (id, body, created_at, seq)
         VALUES (@id, @body, @now, (SELECT COALESCE(MAX(seq), 0) + 1 FROM classes))
         ON CONFLICT (id) DO UPDATE SET body = excluded.body`,
      ),
      loadClass: db.prepare(`SELECT body FROM classes WHERE id = ?`).pluck(),
      listClasses: db.prepare(`SELECT id FROM classes ORDER BY created_at DESC, seq DESC`).pluck(),
      codesOf: db.prepare(`SELECT code FROM class_codes WHERE class_id = ? ORDER BY rowid`).pluck(),
      classOfCode: db.prepare(`SELECT class_id FROM class_codes WHERE code = ?`).pluck(),
      dropCodes: db.prepare(`DELETE FROM class_codes WHERE class_id = ?`),
      addCode: db.prepare(`INSERT INTO class_codes (code, class_id) VALUES (?, ?)`),
    };
  }

  async connect(): Promise<void> {}

  async createMatch(matchID: string, opts: CreateMatchOpts): Promise<void> {
    const { initialState, metadata } = opts;
    const initial = JSON.stringify(initialState);
    try {
      this.statements.insertMatch.run({
        id: matchID,
        gameName: metadata.gameName,
        state: initial,
        stateID: initialState._stateID,
        initial,
        metadata: JSON.stringify(metadata),
        gameover: metadata.gameover === undefined || metadata.gameover === null ? 0 : 1,
        updatedAt: metadata.updatedAt,
      });
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
        throw new Error(`match ${matchID} already exists`);
      }
      throw e;
    }
  }

  private makeWriteState() {
    return this.db.transaction(
      (matchID: string, state: State, deltalog?: LogEntry[], progress?: MoveProgress): boolean => {
        const stored = this.statements.stateID.get(matchID) as number | undefined;
        // Unknown match (never created, or wiped): nothing to update, and no match is made here.
        if (stored === undefined || stored >= state._stateID) return false;
        this.statements.updateState.run(JSON.stringify(state), state._stateID, matchID);
        if (deltalog && deltalog.length > 0) {
          let seq = this.statements.logLength.get(matchID) as number;
          for (const entry of deltalog) this.statements.appendLog.run(matchID, seq++, JSON.stringify(entry));
        }
        if (progress) {
          const { updatedAt, gameover } = progress;
          if (gameover === undefined || gameover === null) this.statements.moved.run({ id: matchID, updatedAt });
          else this.statements.movedToGameover.run({ id: matchID, updatedAt, gameover: JSON.stringify(gameover) });
        }
        return true;
      },
    );
  }

  async writeState(matchID: string, state: State, deltalog?: LogEntry[], progress?: MoveProgress): Promise<boolean> {
    return this.writeStateOnce(matchID, state, deltalog, progress);
  }

  private makeWriteSeat() {
    return this.db.transaction(
      (matchID: string, playerID: string, seat: Server.PlayerMetadata, updatedAt: number, expected?: string | null) => {
        const text = this.statements.readMetadata.get(matchID) as string | undefined;
        if (text === undefined) return false;
        const metadata = JSON.parse(text) as Server.MatchData;
        const current = metadata.players[Number(playerID)]?.credentials ?? null;
        if (expected !== undefined && current !== expected) return false;
        metadata.players[Number(playerID)] = seat;
        metadata.updatedAt = updatedAt;
        this.updateMetadata(matchID, metadata);
        return true;
      },
    );
  }

  async writeSeat(
    matchID: string,
    playerID: string,
    seat: Server.PlayerMetadata,
    updatedAt: number,
    expected?: string | null,
  ): Promise<boolean> {
    // IMMEDIATE: the seat is read and written under the database's write lock (another process may share the file).
    return this.writeSeatOnce.immediate(matchID, playerID, seat, updatedAt, expected);
  }

  private updateMetadata(matchID: string, metadata: Server.MatchData): void {
    const gameover = metadata.gameover === undefined || metadata.gameover === null ? 0 : 1;
    this.statements.updateMetadata.run(JSON.stringify(metadata), gameover, metadata.updatedAt, matchID);
  }

  async setMetadata(matchID: string, metadata: Server.MatchData): Promise<void> {
    this.updateMetadata(matchID, metadata);
  }

  async fetch<O extends FetchOpts>(matchID: string, opts: O): Promise<StorageAPI.FetchResult<O>> {
    const columns = [
      opts.state ? 'state' : null,
      opts.initialState ? 'initial' : null,
      opts.metadata ? 'metadata' : null,
    ].filter((c): c is string => c !== null);
    const result: Partial<FetchFields> = {};
    if (columns.length > 0) {
      // The column list is built from fixed names only, never from input.
      const sql = `SELECT ${columns.join(', ')} FROM matches WHERE id = ?`;
      let select = this.selects.get(sql);
      if (!select) this.selects.set(sql, (select = this.db.prepare(sql)));
      const row = select.get(matchID) as MatchRow | undefined;
      if (row) {
        if (row.state !== undefined) result.state = JSON.parse(row.state) as State;
        if (row.initial !== undefined) result.initialState = JSON.parse(row.initial) as State;
        if (row.metadata !== undefined) result.metadata = JSON.parse(row.metadata) as Server.MatchData;
      }
    }
    if (opts.log) {
      result.log = (this.statements.readLog.all(matchID) as string[]).map((e) => JSON.parse(e) as LogEntry);
    }
    return result as StorageAPI.FetchResult<O>;
  }

  async wipe(matchID: string): Promise<void> {
    this.db.transaction(() => {
      this.statements.wipeLog.run(matchID);
      this.statements.wipeMatch.run(matchID);
    })();
  }

  async listMatches(opts?: ListMatchesOpts): Promise<string[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (opts?.gameName !== undefined) {
      where.push('game_name = ?');
      params.push(opts.gameName);
    }
    const w = opts?.where;
    if (w?.isGameover !== undefined) where.push(w.isGameover ? 'gameover = 1' : 'gameover = 0');
    if (w?.updatedBefore !== undefined) {
      where.push('updated_at < ?');
      params.push(w.updatedBefore);
    }
    if (w?.updatedAfter !== undefined) {
      where.push('updated_at > ?');
      params.push(w.updatedAfter);
    }
    const sql = `SELECT id FROM matches ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY rowid`;
    return this.db
      .prepare(sql)
      .pluck()
      .all(...params) as string[];
  }

  async saveClass(doc: ClassDoc): Promise<void> {
    const body = JSON.stringify(doc.body ?? null);
    this.db.transaction(() => {
      for (const code of doc.codes) {
        const owner = this.statements.classOfCode.get(code) as string | undefined;
        if (owner !== undefined && owner !== doc.id) {
          throw new Error(`join code ${code} already belongs to class ${owner}`);
        }
      }
      this.statements.saveClass.run({ id: doc.id, body, now: Date.now() });
      this.statements.dropCodes.run(doc.id);
      for (const code of new Set(doc.codes)) this.statements.addCode.run(code, doc.id);
    })();
  }

  async loadClass(id: string): Promise<ClassDoc | undefined> {
    const body = this.statements.loadClass.get(id) as string | undefined;
    if (body === undefined) return undefined;
    return { id, codes: this.statements.codesOf.all(id) as string[], body: JSON.parse(body) };
  }

  async listClasses(): Promise<ClassDoc[]> {
    const ids = this.statements.listClasses.all() as string[];
    const docs: ClassDoc[] = [];
    for (const id of ids) {
      const doc = await this.loadClass(id);
      if (doc) docs.push(doc);
    }
    return docs;
  }

  async classOfCode(code: string): Promise<string | undefined> {
    return this.statements.classOfCode.get(code) as string | undefined;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
