/**
 * Parity through the path the app really uses: one boardgame.io `Local` master with one client per
 * seat (playerID "0".."4", as src/app/session.ts connects them) and a spectator client. Each move is
 * decided on the moving seat's own client state and dispatched by that seat's client; after every move
 * each seat's G must equal the engine's `viewFor(state, power)`, the spectator's `viewFor(state, null)`,
 * and every client's ctx.gameover the engine's result. A seat that is not to move is refused by the
 * master. boardgame.io keeps a module-level map of `Local` masters keyed by the game object, so each
 * game here gets its own `makeGame`.
 */
import { Client } from 'boardgame.io/client';
import { Local } from 'boardgame.io/multiplayer';
import { describe, expect, it, vi } from 'vitest';
import { randomBot } from '../../game/ai/random.ts';
import { makeGame, playerIdOf } from '../../game/bgio.ts';
import { POWERS, SCENARIO_IDS, applyMove, getScenario, initialState, toMove } from '../../game/index.ts';
import type { GameState, Move, Power, Scenario } from '../../game/index.ts';
import { seedState } from '../../game/rng.ts';
import { viewFor } from '../../game/view.ts';

const MAX_MOVES = 5_000;

type SeatClient = ReturnType<typeof Client<GameState>>;

/** The master's clients: one a seat, and a spectator with no playerID. */
interface Table {
  seats: Record<Power, SeatClient>;
  spectator: SeatClient;
  all: SeatClient[];
}

function connect(scenario: Scenario, seed: number, deal?: number): Table {
  const game = makeGame(scenario, seed, deal === undefined ? {} : { dealEntropy: () => deal });
  const multiplayer = Local();
  const client = (playerID?: string) =>
    Client<GameState>({
      game,
      numPlayers: POWERS.length,
      multiplayer,
      matchID: 'parity',
      debug: false,
      ...(playerID === undefined ? {} : { playerID }),
    });
  const seats = Object.fromEntries(POWERS.map((p) => [p, client(playerIdOf(p))])) as Record<Power, SeatClient>;
  const spectator = client();
  const all = [...Object.values(seats), spectator];
  for (const c of all) c.start();
  return { seats, spectator, all };
}

/**
 * A client's G equals a view of the engine's state. The log and history only grow, so after the first
 * comparison only their new entries are compared (the whole state is compared again at the end).
 */
function expectView(G: GameState, view: GameState, seen: number, where: string): void {
  const { log: gLog, history: gHistory, ...gRest } = G;
  const { log: vLog, history: vHistory, ...vRest } = view;
  expect(gRest, where).toEqual(vRest);
  expect(gLog.length, where).toBe(vLog.length);
  expect(gHistory, where).toHaveLength(vHistory.length);
  expect(gLog.slice(seen), where).toEqual(vLog.slice(seen));
  expect(gHistory.at(-1), where).toEqual(vHistory.at(-1));
}

/** Every client shows its own view of `s`, and the result. */
function expectTable(table: Table, s: GameState, seen: number, where: string): void {
  for (const p of POWERS) {
    const state = table.seats[p].getState()!;
    expectView(state.G, viewFor(s, p), seen, `${where}, ${p}'s seat`);
    expect(state.ctx.gameover ?? null, where).toEqual(s.result);
  }
  const state = table.spectator.getState()!;
  expectView(state.G, viewFor(s, null), seen, `${where}, the spectator`);
  expect(state.ctx.gameover ?? null, where).toEqual(s.result);
}

/** Dispatch a move on a seat's client; true when the master accepted it (Local play is synchronous). */
function dispatch(client: SeatClient, move: Move): boolean {
  const before = client.getState()!._stateID;
  const { kind, ...payload } = move;
  client.moves[kind]!(payload);
  return client.getState()!._stateID > before;
}

/** Play one game seat by seat through the master and on the engine, comparing after every move. */
function playThroughLocal(scenario: Scenario, seed: number, deal?: number): GameState {
  const table = connect(scenario, seed, deal);
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    let s = initialState(scenario, seed);
    expectTable(table, s, 0, `seed ${seed}, before the start`);
    for (const c of table.all) expect(c.getState()!.G.agendas).toBeNull();

    const rng = { rng: seedState(`local/${seed}`) };
    let n = 0;
    for (let power = toMove(s); power !== null; power = toMove(s)) {
      if (++n > MAX_MOVES) throw new Error(`game ${seed} did not end within ${MAX_MOVES} moves`);
      const seat = table.seats[power];
      const { move } = randomBot.decide(seat.getState()!.G, power, rng);
      const where = `seed ${seed}, move ${n}: ${power} ${JSON.stringify(move)}`;

      if (n % 5 === 2) {
        const other = POWERS[(POWERS.indexOf(power) + 1 + (n % 4)) % POWERS.length]!;
        expect(dispatch(table.seats[other], move), `${where}, sent by ${other}`).toBe(false);
        expect(dispatch(table.spectator, move), `${where}, sent by the spectator`).toBe(false);
      }

      const seen = s.log.length;
      // The master mixes its own entropy into the deal; the engine's record carries the same deal.
      const out = applyMove(s, power, move.kind === 'start' && deal !== undefined ? { kind: 'start', deal } : move);
      expect(out.ok, where).toBe(true);
      s = out.state;
      expect(dispatch(seat, move), where).toBe(true);
      expectTable(table, s, seen, where);
    }
    for (const p of POWERS) expect(table.seats[p].getState()!.G).toEqual(viewFor(s, p));
    expect(table.spectator.getState()!.G).toEqual(viewFor(s, null));
    expect(s.result).not.toBeNull();
    for (const c of table.all) expect(c.getState()!.G.agendas).toEqual(s.agendas);
    return s;
  } finally {
    errors.mockRestore();
    for (const c of table.all) c.stop();
  }
}

describe('the Local master and each seat’s client agree with the engine’s views', () => {
  it.each([1, 2, 3, 4])('autumn-2016, seed %i', (seed) => {
    const s = playThroughLocal(getScenario('autumn-2016')!, seed);
    expect(s.step).toBe('ended');
  });

  it.each([7, 0xdeadbeef])('autumn-2016, seed 1, dealt with the host’s entropy %i', (deal) => {
    const s = playThroughLocal(getScenario('autumn-2016')!, 1, deal);
    expect(s.step).toBe('ended');
  });

  it.each(SCENARIO_IDS.filter((id) => id !== 'autumn-2016'))('%s, seed 1', (id) => {
    expect(playThroughLocal(getScenario(id)!, 1).step).toBe('ended');
  });

  it('a seat sees its own agenda and no other, until the end', () => {
    const table = connect(getScenario('autumn-2016')!, 9);
    try {
      const first = toMove(table.seats.russia.getState()!.G)!;
      expect(dispatch(table.seats[first], { kind: 'start' })).toBe(true);
      const agendas = POWERS.map((p) => table.seats[p].getState()!.G.agendas!);
      POWERS.forEach((p, i) => {
        for (const q of POWERS) expect(agendas[i]![q] === '', `${p} sees ${q}'s agenda`).toBe(p !== q);
      });
      expect(Object.values(table.spectator.getState()!.G.agendas!)).toEqual(POWERS.map(() => ''));
      // Nor what another's agenda was worth at the start: that would hint at which one it is.
      POWERS.forEach((p) => {
        const baseline = table.seats[p].getState()!.G.baseline!;
        for (const q of POWERS) if (q !== p) expect(baseline.agenda[q], `${p} sees ${q}'s agenda baseline`).toBe(0);
      });
      expect(Object.values(table.spectator.getState()!.G.baseline!.agenda)).toEqual(POWERS.map(() => 0));
      for (const c of table.all) expect(c.getState()!.G.rng).toBe(0);
    } finally {
      for (const c of table.all) c.stop();
    }
  });
});
