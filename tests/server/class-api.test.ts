/**
 * The teacher's side of the class API over real HTTP, on a real server with SQLite: the secret,
 * creating a class session of several matches (every body checked, problems named), the list and
 * the detail with seats, pause and resume, handing seats, ending the session, and the debrief —
 * and a restart that keeps it all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_ALPHABET } from '../../src/server/class/index.ts';
import { SECRET, TWO_GROUPS, request, startClassServer, type ClassServer } from './class-fixture.ts';

let s: ClassServer;
beforeAll(async () => {
  s = await startClassServer();
});
afterAll(async () => {
  await s?.close();
});

describe('the teacher secret', () => {
  it('is needed for every teacher route, and a wrong one is refused', async () => {
    for (const [method, path] of [
      ['GET', '/api/teacher/classes'],
      ['POST', '/api/teacher/classes'],
      ['GET', '/api/teacher/classes/x'],
      ['POST', '/api/teacher/classes/x/end'],
      ['GET', '/api/teacher/classes/x/debrief'],
      ['POST', '/api/teacher/matches/x/pause'],
      ['POST', '/api/teacher/matches/x/seats/russia'],
    ] as const) {
      const none = await request(s.url, method, path, method === 'POST' ? {} : undefined, null);
      expect(none.status, `${method} ${path}`).toBe(401);
      expect(none.body.error).toBe('UNAUTHORIZED');
      const wrong = await request(s.url, method, path, method === 'POST' ? {} : undefined, `${SECRET}x`);
      expect(wrong.status, `${method} ${path}`).toBe(401);
    }
    const right = await request(s.url, 'GET', '/api/teacher/classes');
    expect(right.status).toBe(200);
  });
});

describe('creating a class session', () => {
  it('issues one match and one six-character code per match, with join links', async () => {
    const r = await request(s.url, 'POST', '/api/teacher/classes', {
      name: 'Class 9A',
      matches: [
        TWO_GROUPS.matches[0],
        { scenario: 'moscow-2009', seats: { russia: 'computer:planner' } },
        { scenario: 'lease-2042' },
      ],
    });
    expect(r.status).toBe(200);
    const matches = r.body.matches as { matchID: string; code: string; joinUrl: string }[];
    expect(matches).toHaveLength(3);
    const codes = matches.map((m) => m.code);
    expect(new Set(codes).size).toBe(3);
    for (const m of matches) {
      expect(m.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
      expect(m.code).not.toMatch(/[01OIL]/);
      expect(m.joinUrl).toBe(`${s.url}/join/${m.code}`);
    }
    const detail = await request(s.url, 'GET', `/api/teacher/classes/${String(r.body.id)}`);
    expect(detail.status).toBe(200);
    expect(detail.body.name).toBe('Class 9A');
    const [first, second, third] = detail.body.matches as {
      scenario: string;
      paused: boolean;
      ended: boolean;
      round: number;
      seats: { power: string; mode: string; bot: string | null; assigned: string | null; taken: boolean }[];
    }[];
    expect(first!.scenario).toBe('autumn-2016');
    expect(first!.round).toBe(1);
    expect(first!.paused).toBe(false);
    expect(first!.seats.find((x) => x.power === 'russia')).toMatchObject({
      mode: 'group',
      assigned: 'Table 1',
      taken: false,
    });
    expect(first!.seats.find((x) => x.power === 'pakistan')).toMatchObject({ mode: 'computer', bot: 'novice' });
    expect(second!.seats.find((x) => x.power === 'russia')).toMatchObject({ mode: 'computer', bot: 'planner' });
    expect(second!.seats.filter((x) => x.mode === 'group')).toHaveLength(4);
    expect(third!.seats.every((x) => x.mode === 'group')).toBe(true);
    const list = await request(s.url, 'GET', '/api/teacher/classes');
    expect((list.body.classes as { id: string }[]).map((c) => c.id)).toContain(r.body.id);
  });

  it.each([
    [{ matches: [{ scenario: 'autumn-2016' }] }, /name/],
    [{ name: 'x', matches: [] }, /matches: a class session needs at least one match/],
    [{ name: 'x', matches: [{ scenario: 'mars-2030' }] }, /matches\[0\]\.scenario: unknown scenario/],
    [{ name: 'x', matches: [{ scenario: 'autumn-2016', seats: { narnia: 'group' } }] }, /seats\.narnia: unknown power/],
    [
      { name: 'x', matches: [{ scenario: 'autumn-2016', seats: { china: 'computer:deep-blue' } }] },
      /seats\.china: unknown computer level "deep-blue"/,
    ],
    [
      { name: 'x', matches: [{ scenario: 'autumn-2016', seats: { china: 'human' } }] },
      /seats\.china: "human" is not a seat/,
    ],
    [{ name: 'x', matches: [{ scenario: 'autumn-2016' }], extra: 1 }, /extra/],
    [{ name: 'x', matches: Array.from({ length: 13 }, () => ({ scenario: 'autumn-2016' })) }, /at most 12/],
  ])('refuses %j, naming what is wrong', async (body, message) => {
    const r = await request(s.url, 'POST', '/api/teacher/classes', body);
    expect(r.status).toBe(400);
    expect(r.body.error).toBe('BAD_REQUEST');
    expect(r.body.message).toMatch(message);
  });

  it('refuses a body that is not JSON, or too large', async () => {
    const bad = await request(s.url, 'POST', '/api/teacher/classes', undefined, SECRET, '{"name": ');
    expect(bad.status).toBe(400);
    const big = await request(s.url, 'POST', '/api/teacher/classes', { name: 'x'.repeat(100_000), matches: [] });
    expect(big.status).toBe(413);
  });
});

describe('running the session', () => {
  it('pauses and resumes a match, hands a seat to a computer and back, ends the session, then gives the debrief', async () => {
    const made = await request(s.url, 'POST', '/api/teacher/classes', TWO_GROUPS);
    const id = String(made.body.id);
    const { matchID } = (made.body.matches as { matchID: string }[])[0]!;

    const paused = await request(s.url, 'POST', `/api/teacher/matches/${matchID}/pause`, { paused: true });
    expect(paused.status).toBe(200);
    expect(paused.body.paused).toBe(true);
    expect(s.service.gate(matchID)).toBe('PAUSED');
    const resumed = await request(s.url, 'POST', `/api/teacher/matches/${matchID}/pause`, { paused: false });
    expect(resumed.body.paused).toBe(false);
    expect(s.service.gate(matchID)).toBeNull();
    expect((await request(s.url, 'POST', `/api/teacher/matches/${matchID}/pause`, { paused: 'yes' })).status).toBe(400);
    expect((await request(s.url, 'POST', `/api/teacher/matches/nope/pause`, { paused: true })).status).toBe(404);

    const toComputer = await request(s.url, 'POST', `/api/teacher/matches/${matchID}/seats/russia`, {
      to: 'computer:planner',
    });
    expect(toComputer.status).toBe(200);
    const seat = () =>
      (toComputer.body.seats as { power: string; mode: string; bot: string }[]).find((x) => x.power === 'russia');
    expect(seat()).toMatchObject({ mode: 'computer', bot: 'planner' });
    const bad = await request(s.url, 'POST', `/api/teacher/matches/${matchID}/seats/narnia`, { to: 'group' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/power: unknown power/);
    const badTo = await request(s.url, 'POST', `/api/teacher/matches/${matchID}/seats/russia`, { to: 'computer:hal' });
    expect(badTo.status).toBe(400);
    expect(badTo.body.message).toMatch(/to: unknown computer level/);
    const back = await request(s.url, 'POST', `/api/teacher/matches/${matchID}/seats/russia`, { to: 'group' });
    expect((back.body.seats as { power: string; mode: string }[]).find((x) => x.power === 'russia')!.mode).toBe(
      'group',
    );

    const before = await request(s.url, 'GET', `/api/teacher/classes/${id}/debrief`);
    expect(before.status).toBe(200);
    expect(before.body.matches).toEqual([]);

    const ended = await request(s.url, 'POST', `/api/teacher/classes/${id}/end`, {});
    expect(ended.status).toBe(200);
    expect(ended.body.ended).toBe(true);
    expect(s.service.gate(matchID)).toBe('ENDED');
    const late = await request(s.url, 'POST', `/api/teacher/matches/${matchID}/pause`, { paused: true });
    expect(late.status).toBe(409);

    const debrief = await request(s.url, 'GET', `/api/teacher/classes/${id}/debrief`);
    expect(debrief.body.classId).toBe(id);
    const [m] = debrief.body.matches as { matchID: string; record: { format: number; moves: unknown[] } }[];
    expect(m!.matchID).toBe(matchID);
    expect(m!.record.format).toBe(1);
    expect(m!.record.moves.length).toBeGreaterThan(0);
    expect((await request(s.url, 'GET', `/api/teacher/classes/nope/debrief`)).status).toBe(404);
  });

  it('keeps class sessions, codes and pauses across a restart of the server', async () => {
    const made = await request(s.url, 'POST', '/api/teacher/classes', TWO_GROUPS);
    const { matchID, code } = (made.body.matches as { matchID: string; code: string }[])[0]!;
    await request(s.url, 'POST', `/api/teacher/matches/${matchID}/pause`, { paused: true });
    await s.stop();
    s = await startClassServer({ dir: s.dir });
    expect(s.service.gate(matchID)).toBe('PAUSED');
    const info = await request(s.url, 'GET', `/api/join/${code}`, undefined, null);
    expect(info.status).toBe(200);
    expect(info.body.matchID).toBe(matchID);
    const detail = await request(s.url, 'GET', `/api/teacher/classes/${String(made.body.id)}`);
    expect((detail.body.matches as { paused: boolean }[])[0]!.paused).toBe(true);
  });
});
