/**
 * A group's side over real HTTP and real sockets: the join page's data, joining by code (typed
 * any way), the seat refusals, then playing through the network match (`src/app/net/netMatch.ts`)
 * — the teacher's pause refusing moves, a reload coming back to the same seat, the seat handed to a
 * computer (the group's credentials stop at once, the computer plays it on its own view) and back
 * to a group with new credentials.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getScenario, legalMoves, type Power } from '../../game/index.ts';
import { NetMatch } from '../../src/app/net/netMatch.ts';
import { TWO_GROUPS, request, startClassServer, until, type ClassServer } from './class-fixture.ts';

let s: ClassServer;
const opened: NetMatch[] = [];
beforeAll(async () => {
  s = await startClassServer();
});
afterAll(async () => {
  for (const m of opened) m.dispose();
  await s?.close();
});

async function newClass(): Promise<{ id: string; matchID: string; code: string }> {
  const r = await request(s.url, 'POST', '/api/teacher/classes', TWO_GROUPS);
  const m = (r.body.matches as { matchID: string; code: string }[])[0]!;
  return { id: String(r.body.id), ...m };
}

async function join(code: string, power: string, name: string) {
  return request(s.url, 'POST', `/api/join/${code}`, { power, name }, null);
}

function connect(matchID: string, playerID: string | null, credentials: string | null): NetMatch {
  const m = new NetMatch({
    matchID,
    scenario: getScenario('autumn-2016')!,
    playerID,
    credentials,
    server: s.url,
  });
  opened.push(m);
  return m;
}

/** A move the seat may make now that hands the turn on (a pass when it is legal). */
function passFor(m: NetMatch, power: Power) {
  const moves = legalMoves(m.viewOf(power), power);
  return moves.find((x) => x.kind === 'pass') ?? moves.find((x) => x.kind !== 'door')!;
}

describe('joining by code', () => {
  it('shows the seats, seats a group at a free one, and refuses taken and computer seats', async () => {
    const { matchID, code } = await newClass();
    const info = await request(
      s.url,
      'GET',
      `/api/join/${code.toLowerCase().slice(0, 3)}-${code.slice(3)}`,
      undefined,
      null,
    );
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({ code, matchID, scenario: 'autumn-2016' });
    const seats = info.body.seats as { power: string; free: boolean; assigned: string | null; computer: boolean }[];
    expect(seats.find((x) => x.power === 'russia')).toMatchObject({ free: true, assigned: 'Table 1', computer: false });
    expect(seats.find((x) => x.power === 'pakistan')).toMatchObject({ free: false, computer: true });
    expect(JSON.stringify(info.body)).not.toMatch(/credential|agenda/i);

    const seated = await join(code, 'russia', 'The Bears');
    expect(seated.status).toBe(200);
    expect(seated.body).toMatchObject({ matchID, playerID: '0', power: 'russia', generation: 1 });
    expect(String(seated.body.credentials).length).toBeGreaterThanOrEqual(22);

    const again = await join(code, 'russia', 'Impostors');
    expect(again.status).toBe(409);
    expect(again.body.error).toBe('SEAT_TAKEN');
    const computer = await join(code, 'pakistan', 'Sneaky');
    expect(computer.status).toBe(409);
    expect(computer.body.error).toBe('SEAT_IS_COMPUTER');
    const after = await request(s.url, 'GET', `/api/join/${code}`, undefined, null);
    expect((after.body.seats as { power: string; free: boolean; name: string }[])[0]).toMatchObject({
      power: 'russia',
      free: false,
      name: 'The Bears',
    });
  });

  it.each([
    [{ power: 'narnia', name: 'x' }, /power: unknown power/],
    [{ power: 'china' }, /name/],
    [{ power: 'china', name: '   ' }, /name: give your group a name/],
    [{ power: 'china', name: 'x'.repeat(41) }, /name: a group name is at most 40 characters/],
    [{ power: 'china', name: 'bell\u0007' }, /name: a group name may not hold control characters/],
  ])('refuses the join %j, naming what is wrong', async (body, message) => {
    const { code } = await newClass();
    const r = await request(s.url, 'POST', `/api/join/${code}`, body, null);
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(message);
  });

  it('gives the projector the match of a code, and nothing for a wrong code', async () => {
    const { matchID, code } = await newClass();
    const w = await request(s.url, 'GET', `/api/watch/${code}`, undefined, null);
    expect(w.body).toEqual({ matchID, scenario: 'autumn-2016' });
    expect((await request(s.url, 'GET', `/api/watch/ZZZZZZ`, undefined, null)).status).toBe(404);
    expect((await request(s.url, 'GET', `/api/join/0O1I`, undefined, null)).status).toBe(404);
  });
});

describe('playing through the server', () => {
  it('a seated group moves; a pause refuses its moves; a reload returns to the same seat', async () => {
    const { matchID, code } = await newClass();
    const china = (await join(code, 'china', 'Dragons')).body as { playerID: string; credentials: string };
    const russia = (await join(code, 'russia', 'Bears')).body as { playerID: string; credentials: string };
    const cn = connect(matchID, china.playerID, china.credentials);
    const ru = connect(matchID, russia.playerID, russia.credentials);
    await until(() => cn.ready() && ru.ready() && cn.netStatus().connected, 'both synced');
    expect(cn.waitingFor()).toBe('china');
    expect(cn.viewOf('china').agendas?.china).not.toBe('');
    expect(ru.viewOf('russia').agendas?.china).toBe('');

    // Russia cannot play China's seat.
    expect(ru.send('china', passFor(cn, 'china'))).toBe('NOT_YOUR_TURN');

    await request(s.url, 'POST', `/api/teacher/matches/${matchID}/pause`, { paused: true });
    const log = cn.viewOf('china').log.length;
    expect(cn.send('china', passFor(cn, 'china'))).toBeNull();
    await until(() => cn.netStatus().refused, 'the refusal');
    expect(cn.netStatus().refused).toBe('PAUSED');
    expect(cn.viewOf('china').log.length).toBe(log);
    expect(cn.netStatus().pending).toBe(false);

    await request(s.url, 'POST', `/api/teacher/matches/${matchID}/pause`, { paused: false });
    expect(cn.send('china', passFor(cn, 'china'))).toBeNull();
    await until(() => ru.ready() && ru.viewOf('russia').log.length > log, 'Russia sees China’s move');
    expect(cn.viewOf('china').log.length).toBeGreaterThan(log);

    // A reload: a new client with the same stored seat comes back to China, with China's agenda.
    cn.dispose();
    const again = connect(matchID, china.playerID, china.credentials);
    await until(() => again.ready(), 'the reloaded seat');
    expect(again.viewOf('china').agendas?.china).not.toBe('');
    expect(again.netStatus().lost).toBe(false);

    // Wrong credentials get nothing.
    const forged = connect(matchID, china.playerID, 'x'.repeat(32));
    await until(() => forged.netStatus().refused, 'the forged refusal');
    expect(forged.netStatus().lost).toBe(true);
    expect(forged.ready()).toBe(false);
  });

  it('hands an absent group’s seat to a computer (its credentials stop) and back to a group with new ones', async () => {
    const { matchID, code } = await newClass();
    const china = (await join(code, 'china', 'Dragons')).body as { playerID: string; credentials: string };
    const cn = connect(matchID, china.playerID, china.credentials);
    const watcher = connect(matchID, null, null);
    await until(() => cn.ready() && watcher.ready(), 'synced');
    expect(watcher.viewOf(null).agendas?.china).toBe('');

    const handed = await request(s.url, 'POST', `/api/teacher/matches/${matchID}/seats/china`, {
      to: 'computer:novice',
    });
    expect(handed.status).toBe(200);
    await until(() => cn.netStatus().lost, 'the group told its seat is gone');
    expect(cn.netStatus().refused).toBe('UNSEATED');
    // The computer plays China (and the novices play on) until the match waits for Russia's group.
    await until(() => watcher.waitingFor() === 'russia', 'the computer played China');

    const back = await request(s.url, 'POST', `/api/teacher/matches/${matchID}/seats/china`, { to: 'group' });
    expect(back.status).toBe(200);
    const old = connect(matchID, china.playerID, china.credentials);
    await until(() => old.netStatus().lost, 'old credentials refused');
    const rejoined = await join(code, 'china', 'Dragons again');
    expect(rejoined.status).toBe(200);
    expect(rejoined.body.generation).toBe(2);
    expect(rejoined.body.credentials).not.toBe(china.credentials);
    const status = await request(s.url, 'GET', `/api/matches/${matchID}`, undefined, null);
    expect((status.body.seats as { power: string; name: string; generation: number }[])[1]).toMatchObject({
      power: 'china',
      name: 'Dragons again',
      generation: 2,
    });
    expect(JSON.stringify(status.body)).not.toMatch(/credential|"code"/);
  });
});
