/**
 * Join codes cannot be guessed at any useful rate: from one address, 10 wrong codes (or refused
 * joins) in a minute and every join request answers 429 with Retry-After until the minute is out;
 * a device that knows its code is not held back by a class's ordinary use. The limiter's clock is
 * the test's, so nothing here waits for real time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TWO_GROUPS, request, startClassServer, type ClassServer } from './class-fixture.ts';

let s: ClassServer;
let clock = 1_000_000;
beforeAll(async () => {
  s = await startClassServer({ limits: { failures: 10, requests: 40, windowMs: 60_000, now: () => clock } });
});
afterAll(async () => {
  await s?.close();
});

describe('join rate limits per address', () => {
  it('answers 429 after 10 wrong codes in a minute, for right codes too, until the minute has passed', async () => {
    const made = await request(s.url, 'POST', '/api/teacher/classes', TWO_GROUPS);
    const { code } = (made.body.matches as { code: string }[])[0]!;
    const guesses = [
      'AAAAAA',
      'BBBBBB',
      'CCCCCC',
      'DDDDDD',
      'EEEEEE',
      'FFFFFF',
      'GGGGGG',
      'HHHHHH',
      'JJJJJJ',
      'KKKKKK',
    ];
    for (const [i, guess] of guesses.entries()) {
      const r = await request(
        s.url,
        i % 2 ? 'GET' : 'POST',
        `/api/join/${guess}`,
        i % 2 ? undefined : { power: 'china', name: 'x' },
        null,
      );
      expect(r.status, guess).toBe(404);
      expect(r.body.error).toBe('NO_SUCH_CODE');
    }
    const blocked = await request(s.url, 'GET', `/api/join/${code}`, undefined, null);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error).toBe('TOO_MANY');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await request(s.url, 'GET', `/api/watch/${code}`, undefined, null)).status).toBe(429);
    expect((await request(s.url, 'POST', `/api/join/${code}`, { power: 'china', name: 'x' }, null)).status).toBe(429);
    // The teacher's routes are not join routes.
    expect((await request(s.url, 'GET', '/api/teacher/classes')).status).toBe(200);

    clock += 60_000;
    const later = await request(s.url, 'GET', `/api/join/${code}`, undefined, null);
    expect(later.status).toBe(200);
  });

  it('counts refused joins (a taken seat) as failures, and caps all join requests', async () => {
    clock += 60_000;
    const made = await request(s.url, 'POST', '/api/teacher/classes', TWO_GROUPS);
    const { code } = (made.body.matches as { code: string }[])[0]!;
    expect((await request(s.url, 'POST', `/api/join/${code}`, { power: 'china', name: 'A' }, null)).status).toBe(200);
    for (let i = 0; i < 10; i++) {
      expect((await request(s.url, 'POST', `/api/join/${code}`, { power: 'china', name: 'B' }, null)).status).toBe(409);
    }
    expect((await request(s.url, 'GET', `/api/join/${code}`, undefined, null)).status).toBe(429);

    clock += 60_000;
    for (let i = 0; i < 40; i++)
      expect((await request(s.url, 'GET', `/api/join/${code}`, undefined, null)).status).toBe(200);
    expect((await request(s.url, 'GET', `/api/join/${code}`, undefined, null)).status).toBe(429);
  });
});
