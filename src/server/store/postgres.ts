/**
 * The store on PostgreSQL, for a district that runs several server processes against one database
 * (selected by DATABASE_URL). The same contract as the embedded SQLite store (`store.ts`):
 *
 * - one transaction per write; a state write is one `UPDATE … WHERE state_id < new` (it locks its
 *   match's row; state, log and metadata together, one round trip) and is refused when the stored
 *   `_stateID` is already at or past the new one, so two processes that both accepted a move on the
 *   same state cannot both land it — the second is stale and changes nothing;
 * - a match id is created once (a second `createMatch` of it is an error, never an overwrite);
 * - a join code leads to one class session (a unique index; taking one already taken is an error
 *   naming the code).
 *
 * The tables are made on `connect` when they do not exist (`CREATE TABLE IF NOT EXISTS`): a new
 * database needs no migration step.
 */
import type { LogEntry, Server, State, StorageAPI } from 'boardgame.io';
import pg from 'pg';
import { Store, type ClassDoc, type MoveProgress } from './store.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS rotw_matches (
  id            text PRIMARY KEY,
  game_name     text NOT NULL,
  state         jsonb NOT NULL,
  initial_state jsonb NOT NULL,
  metadata      jsonb NOT NULL,
  log           jsonb NOT NULL DEFAULT '[]'::jsonb,
  state_id      integer NOT NULL,
  gameover      boolean NOT NULL DEFAULT false,
  created_at    bigint NOT NULL,
  updated_at    bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS rotw_matches_game ON rotw_matches (game_name, updated_at);
CREATE TABLE IF NOT EXISTS rotw_classes (
  id         text PRIMARY KEY,
  body       jsonb NOT NULL,
  created_at bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS rotw_class_codes (
  code     text PRIMARY KEY,
  class_id text NOT NULL REFERENCES rotw_classes (id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS rotw_class_codes_class ON rotw_class_codes (class_id);
`;

/** A match's `_stateID`, or 0 for a state that has none. */
const stateIdOf = (state: State): number => (typeof state._stateID === 'number' ? state._stateID : 0);

/** What PostgreSQL says when a unique index refuses a row. */
const UNIQUE_VIOLATION = '23505';

const isPgError = (e: unknown): e is { code: string; constraint?: string; detail?: string } =>
  typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string';

export class PostgresStore extends Store {
  private readonly pool: pg.Pool;
  private connected: Promise<void> | null = null;
  private clock: () => number;

  constructor(url: string, options: { max?: number; now?: () => number } = {}) {
    super();
    this.pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
    // An idle connection the server drops (a database restart) must not crash the process; the next
    // query opens a new one.
    this.pool.on('error', (e) => console.warn(`PostgreSQL connection lost: ${e.message}`));
    this.clock = options.now ?? Date.now;
  }

  connect(): Promise<void> {
    this.connected ??= this.pool.query(SCHEMA).then(() => undefined);
    return this.connected;
  }

  /** Run `work` in one transaction on one connection: committed when it resolves, else rolled back. */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    await this.connect();
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  async createMatch(matchID: string, opts: { initialState: State; metadata: Server.MatchData }): Promise<void> {
    const now = opts.metadata.updatedAt ?? this.clock();
    await this.connect();
    try {
      await this.pool.query(
        `INSERT INTO rotw_matches (id, game_name, state, initial_state, metadata, state_id, gameover, created_at, updated_at)
         VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $7)`,
        [
          matchID,
          opts.metadata.gameName,
          JSON.stringify(opts.initialState),
          JSON.stringify(opts.metadata),
          stateIdOf(opts.initialState),
          opts.metadata.gameover !== undefined,
          now,
        ],
      );
    } catch (e) {
      if (isPgError(e) && e.code === UNIQUE_VIOLATION) throw new Error(`match ${matchID} already exists`);
      throw e;
    }
  }

  /**
   * One statement, so one round trip and its own transaction: the UPDATE locks the match's row and,
   * under READ COMMITTED, a second writer that waited on that lock re-checks `state_id < $3` on the
   * row as committed — so of two writes on the same state only the first lands.
   */
  async writeState(matchID: string, state: State, deltalog?: LogEntry[], progress?: MoveProgress): Promise<boolean> {
    await this.connect();
    const id = stateIdOf(state);
    const updatedAt = progress?.updatedAt ?? this.clock();
    const values: unknown[] = [matchID, JSON.stringify(state), id, JSON.stringify(deltalog ?? []), updatedAt];
    let sql = `UPDATE rotw_matches SET state = $2, state_id = $3, log = log || $4::jsonb, updated_at = $5`;
    if (progress) {
      // Merged into the stored metadata (never a whole copy of it: a seat taken meanwhile is kept).
      const over = progress.gameover !== undefined && progress.gameover !== null;
      values.push(JSON.stringify(over ? { updatedAt, gameover: progress.gameover } : { updatedAt }), over);
      sql += `, metadata = metadata || $6::jsonb, gameover = gameover OR $7`;
    }
    // Named, so that each connection parses and plans it once (prepared statement).
    const result = await this.pool.query({
      name: progress ? 'rotw_write_state_progress' : 'rotw_write_state',
      text: `${sql} WHERE id = $1 AND state_id < $3`,
      values,
    });
    return result.rowCount === 1;
  }

  /** One statement: the seat is set only when its stored credentials are still the expected ones. */
  async writeSeat(
    matchID: string,
    playerID: string,
    seat: Server.PlayerMetadata,
    updatedAt: number,
    expected?: string | null,
  ): Promise<boolean> {
    await this.connect();
    const result = await this.pool.query({
      name: 'rotw_write_seat',
      text: `UPDATE rotw_matches
             SET metadata = jsonb_set(jsonb_set(metadata, ARRAY['players', $2::text], $3::jsonb),
                                      '{updatedAt}', to_jsonb($4::bigint)),
                 updated_at = $4
             WHERE id = $1 AND ($5::boolean OR (metadata->'players'->$2::text->>'credentials') IS NOT DISTINCT FROM $6::text)`,
      values: [matchID, playerID, JSON.stringify(seat), updatedAt, expected === undefined, expected ?? null],
    });
    return result.rowCount === 1;
  }

  async setMetadata(matchID: string, metadata: Server.MatchData): Promise<void> {
    await this.connect();
    await this.pool.query(`UPDATE rotw_matches SET metadata = $2, gameover = $3, updated_at = $4 WHERE id = $1`, [
      matchID,
      JSON.stringify(metadata),
      metadata.gameover !== undefined,
      metadata.updatedAt ?? this.clock(),
    ]);
  }

  async fetch<O extends StorageAPI.FetchOpts>(matchID: string, opts: O): Promise<StorageAPI.FetchResult<O>> {
    await this.connect();
    const columns = [
      opts.state && 'state',
      opts.initialState && 'initial_state',
      opts.metadata && 'metadata',
      opts.log && 'log',
    ].filter((c): c is string => typeof c === 'string');
    const result: Record<string, unknown> = {};
    if (columns.length === 0) return result as StorageAPI.FetchResult<O>;
    // Named per set of columns (a few fixed names, never input): prepared once per connection.
    const row = await this.pool.query<Record<string, unknown>>({
      name: `rotw_fetch_${columns.join('_')}`,
      text: `SELECT ${columns.join(', ')} FROM rotw_matches WHERE id = $1`,
      values: [matchID],
    });
    const found = row.rows[0];
    if (!found) return result as StorageAPI.FetchResult<O>;
    if (opts.state) result.state = found.state;
    if (opts.initialState) result.initialState = found.initial_state;
    if (opts.metadata) result.metadata = found.metadata;
    if (opts.log) result.log = found.log;
    return result as StorageAPI.FetchResult<O>;
  }

  async wipe(matchID: string): Promise<void> {
    await this.connect();
    await this.pool.query('DELETE FROM rotw_matches WHERE id = $1', [matchID]);
  }

  async listMatches(opts: StorageAPI.ListMatchesOpts = {}): Promise<string[]> {
    await this.connect();
    const where: string[] = [];
    const values: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      values.push(value);
      where.push(sql.replace('?', `$${values.length}`));
    };
    if (opts.gameName !== undefined) add('game_name = ?', opts.gameName);
    if (opts.where?.isGameover !== undefined) add('gameover = ?', opts.where.isGameover);
    if (opts.where?.updatedBefore !== undefined) add('updated_at < ?', opts.where.updatedBefore);
    if (opts.where?.updatedAfter !== undefined) add('updated_at > ?', opts.where.updatedAfter);
    const sql = `SELECT id FROM rotw_matches${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, id`;
    const rows = await this.pool.query<{ id: string }>(sql, values);
    return rows.rows.map((r) => r.id);
  }

  async saveClass(doc: ClassDoc): Promise<void> {
    await this.transaction(async (client) => {
      await client.query(
        `INSERT INTO rotw_classes (id, body, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body`,
        [doc.id, JSON.stringify(doc.body), this.clock()],
      );
      await client.query('DELETE FROM rotw_class_codes WHERE class_id = $1', [doc.id]);
      for (const code of doc.codes) {
        try {
          await client.query('INSERT INTO rotw_class_codes (code, class_id) VALUES ($1, $2)', [code, doc.id]);
        } catch (e) {
          if (isPgError(e) && e.code === UNIQUE_VIOLATION) {
            throw new Error(`join code ${code} already belongs to another class session`);
          }
          throw e;
        }
      }
    });
  }

  async loadClass(id: string): Promise<ClassDoc | undefined> {
    await this.connect();
    const row = await this.pool.query<{ body: unknown }>('SELECT body FROM rotw_classes WHERE id = $1', [id]);
    const found = row.rows[0];
    if (!found) return undefined;
    return { id, codes: await this.codesOf(id), body: found.body };
  }

  private async codesOf(id: string): Promise<string[]> {
    const rows = await this.pool.query<{ code: string }>(
      'SELECT code FROM rotw_class_codes WHERE class_id = $1 ORDER BY code',
      [id],
    );
    return rows.rows.map((r) => r.code);
  }

  async listClasses(): Promise<ClassDoc[]> {
    await this.connect();
    const rows = await this.pool.query<{ id: string; body: unknown }>(
      'SELECT id, body FROM rotw_classes ORDER BY created_at DESC, id DESC',
    );
    return Promise.all(rows.rows.map(async (r) => ({ id: r.id, codes: await this.codesOf(r.id), body: r.body })));
  }

  async classOfCode(code: string): Promise<string | undefined> {
    await this.connect();
    const row = await this.pool.query<{ class_id: string }>('SELECT class_id FROM rotw_class_codes WHERE code = $1', [
      code,
    ]);
    return row.rows[0]?.class_id;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** The store on the PostgreSQL at `url` (postgres://…), its tables made if need be. */
export async function openPostgres(url: string): Promise<PostgresStore> {
  const store = new PostgresStore(url);
  try {
    await store.connect();
  } catch (e) {
    await store.close().catch(() => {});
    const where = url.replace(/\/\/[^@/]*@/, '//'); // never print the password
    throw new Error(`could not open the PostgreSQL database at ${where}: ${(e as Error).message}`);
  }
  return store;
}
