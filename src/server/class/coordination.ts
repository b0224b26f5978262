/**
 * What the class layer needs from the other server processes that share its database, and the one-process
 * answer (SQLite, or a PostgreSQL with one server). With several processes (`PostgresPubSub` implements
 * this on the database they share):
 *
 * - a change to one class session is made holding that session's lock, so two processes never write
 *   over each other's change (a join on one, a pause on the other);
 * - a computer player's decision is made by whichever process holds the match's computer lock — the
 *   others skip it — so a computer seat plays once, from one process;
 * - after a change, the other processes are told the session's id, and reload it (their pages and
 *   status answers follow). The paths that must not act on an old copy — the move gate and the
 *   computer players — read the session from the database instead of waiting to be told.
 */

export interface Coordination {
  /** Whether other processes share the database (the class layer then reads before it acts). */
  readonly shared: boolean;
  /** Run `work` holding the lock `key` (waits for it). */
  withLock<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** Run `work` holding the lock `key` if no one holds it now; `{ skipped: true }` otherwise. */
  tryLock<T>(key: string, work: () => Promise<T>): Promise<{ skipped: true } | { skipped: false; value: T }>;
  /** Tell the other processes that class session `classId` changed. */
  announce(classId: string): void;
  /** Hear the other processes' announcements (not this process's own). */
  onAnnounce(listener: (classId: string) => void): void;
}

/** One process: locks are in memory, and there is no one to tell. */
export class LocalCoordination implements Coordination {
  readonly shared = false;
  private readonly held = new Map<string, Promise<unknown>>();

  async withLock<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = this.held.get(key) ?? Promise.resolve();
    const run = before.then(work, work);
    const settled = run.catch(() => undefined);
    this.held.set(key, settled);
    void settled.then(() => {
      if (this.held.get(key) === settled) this.held.delete(key);
    });
    return run;
  }

  async tryLock<T>(key: string, work: () => Promise<T>): Promise<{ skipped: true } | { skipped: false; value: T }> {
    if (this.held.has(key)) return { skipped: true };
    return { skipped: false, value: await this.withLock(key, work) };
  }

  announce(): void {}

  onAnnounce(): void {}
}
