/**
 * The server's computer players think in worker threads, not on the event loop: a strategist's
 * decision is answered by another thread while this one keeps turning (counted, not timed); a class
 * match with strategist seats is played by them; and while they think, a group's move in another
 * match is answered.
 */
import { threadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { PLAYER_IDS } from '../../game/bgio.ts';
import { applyMove, checkMove, getScenario, legalMoves, newGame, toMove, type GameState } from '../../game/index.ts';
import { viewFor } from '../../game/view.ts';
import { DeciderPool } from '../../src/server/class/decider.ts';
import { request, startClassServer, until, type ClassServer } from './class-fixture.ts';
import { SCENARIO, aMove } from './helpers.ts';
import { netClient, type NetClient } from './net-clients.ts';

const pools: DeciderPool[] = [];
const servers: ClassServer[] = [];
const clients: NetClient[] = [];
afterAll(async () => {
  for (const c of clients) c.stop();
  for (const p of pools) await p.close();
  for (const s of servers) await s.close();
});

/** A state a strategist has something to think about: a few moves into Autumn 2016. */
function midGame(): GameState {
  let G = newGame(getScenario(SCENARIO)!, 7, 11);
  for (let i = 0; i < 3 && toMove(G); i++) {
    const power = toMove(G)!;
    const outcome = applyMove(G, power, legalMoves(G, power)[0]!);
    if (!outcome.ok) throw new Error(outcome.reason);
    G = outcome.state;
  }
  return G;
}

describe('computer players in worker threads', () => {
  it('a strategist decides on another thread while the event loop keeps turning', async () => {
    const pool = new DeciderPool({ threads: 1 });
    pools.push(pool);
    const G = midGame();
    const power = toMove(G)!;
    const view = viewFor(G, power);
    let turns = 0;
    let done = false;
    const spin = () => {
      turns += 1;
      if (!done) setImmediate(spin);
    };
    setImmediate(spin);
    const move = await pool.decide('strategist', view, power, 12345);
    done = true;
    expect(move === null || checkMove(view, power, move) === null).toBe(true);
    expect(legalMoves(view, power).length).toBeGreaterThan(0);
    expect(pool.stats.threadIds.size).toBe(1);
    expect(pool.stats.threadIds.has(threadId)).toBe(false);
    // The loop turned while the other thread thought (inline, the decision would run before any turn).
    console.log(`event loop turns during one strategist decision: ${turns}`);
    expect(turns).toBeGreaterThan(0);

    const inline = new DeciderPool({ threads: 0 });
    let inlineTurns = 0;
    let inlineDone = false;
    const spinInline = () => {
      inlineTurns += 1;
      if (!inlineDone) setImmediate(spinInline);
    };
    setImmediate(spinInline);
    inline.decide('strategist', view, power, 12345).finally(() => (inlineDone = true));
    expect(inlineTurns).toBe(0);
    inlineDone = true;
  });

  it('strategist seats play a class match, and a group in another match is answered while they think', async () => {
    const s = await startClassServer({ computerDelayMs: 0, decider: { threads: 1 } });
    servers.push(s);
    const allStrategists = {
      name: 'Strategists',
      matches: [
        {
          scenario: SCENARIO,
          seats: Object.fromEntries(
            ['russia', 'china', 'tajikistan', 'pakistan', 'afghanistan'].map((p) => [p, 'computer:strategist']),
          ),
        },
      ],
    };
    const made = await request(s.url, 'POST', '/api/teacher/classes', allStrategists);
    expect(made.status).toBe(200);
    const busy = (made.body.matches as { matchID: string }[])[0]!.matchID;

    // Another match, five groups, the server's own host (no class, no computers).
    const { matchID } = await s.server.host.createMatch(SCENARIO);
    const seated: NetClient[] = [];
    for (const id of PLAYER_IDS) {
      const seat = await s.server.host.seat(matchID, id, `Group ${id}`);
      if (!('credentials' in seat)) throw new Error(seat.refused);
      const c = netClient(s.url, SCENARIO, matchID, id, seat.credentials);
      clients.push(c);
      seated.push(c);
    }
    await until(() => seated.every((c) => c.state() !== null), 'the groups synced');

    const decider = s.service.computers.decider;
    let answeredWhileThinking = 0;
    for (let n = 0; n < 6; n++) {
      await until(() => decider.pending > 0, 'a strategist thinking');
      const G = seated[0]!.state()!.G;
      const { playerID, move } = aMove(G);
      const mover = seated[Number(playerID)]!;
      const before = mover.state()!._stateID;
      mover.send(move);
      await until(() => mover.state()!._stateID > before, `the group's move ${n + 1} answered`);
      if (decider.pending > 0) answeredWhileThinking += 1;
    }
    console.log(`group moves answered while a strategist was thinking: ${answeredWhileThinking} of 6`);
    expect(answeredWhileThinking).toBeGreaterThan(0);

    // The strategists have played their own match, from the worker thread.
    await until(async () => s.service.computers.played >= 3, 'three strategist moves');
    const full = (await s.server.host.fullState(busy))!;
    expect(full.log.length).toBeGreaterThan(0);
    expect(decider.stats.threadIds.size).toBe(1);
    expect(decider.stats.threadIds.has(threadId)).toBe(false);
  }, 120_000);
});
