import { Client } from 'boardgame.io/client';
import { Local } from 'boardgame.io/multiplayer';
import { describe, expect, it } from 'vitest';
import { randomBot } from './ai/random.ts';
import { PLAYER_IDS, makeGame, playerIdOf, powerOf } from './bgio.ts';
import { applyMove } from './engine.ts';
import { legalMoves } from './legal.ts';
import { toMove, type Move } from './moves.ts';
import { seedState } from './rng.ts';
import { initialState } from './setup.ts';
import { SCENARIOS } from './scenarios/index.ts';
import type { GameState } from './state.ts';
import { viewFor } from './view.ts';
import { POWERS, type Power } from './vocabulary.ts';

const scenario = SCENARIOS['autumn-2016']!;

function startedWith(entropy?: () => number, payload: object = {}): { initial: GameState; started: GameState } {
  const client = Client({ game: makeGame(scenario, 7, entropy ? { dealEntropy: entropy } : {}), numPlayers: 5 });
  client.start();
  const initial = client.store.getState().G as GameState;
  client.updatePlayerID(playerIdOf(initial.order[0]!));
  client.moves.start!(payload);
  const started = client.store.getState().G as GameState;
  client.stop();
  return { initial, started };
}

describe('dealing entropy (secret agendas on a server)', () => {
  it('leaves the public initial state as it is', () => {
    expect(startedWith(() => 12345).initial).toEqual(startedWith().initial);
  });

  it('deals from a random state the initial state does not predict', () => {
    const plain = startedWith();
    const dealtStates = new Set<string>();
    for (let e = 1; e <= 8; e++) dealtStates.add(JSON.stringify(startedWith(() => e * 2654435761).started.agendas));
    expect(plain.started.agendas).not.toBeNull();
    expect(dealtStates.size).toBeGreaterThan(1);
  });
});

describe("the deal is never a client's to choose", () => {
  it('ignores a deal sent by a client when the host gives no entropy', () => {
    expect(startedWith(undefined, { deal: 99 }).started).toEqual(startedWith().started);
  });

  it("replaces a client's deal with the host's entropy", () => {
    expect(startedWith(() => 5, { deal: 99 }).started).toEqual(startedWith(() => 5).started);
  });
});

describe('powerOf accepts exactly the player IDs the game issues', () => {
  it.each(PLAYER_IDS.map((id, i) => [id, POWERS[i]!] as const))('"%s" is %s', (id, power) => {
    expect(powerOf(id)).toBe(power);
  });

  it.each(['', ' 0', '0 ', '-0', '0.0', '0x0', '00', '+0', '1e0', '5', '-1', 'russia', 'NaN', 'constructor'])(
    'refuses %j',
    (id) => {
      expect(powerOf(id)).toBeNull();
    },
  );

  it('refuses no ID at all', () => {
    expect(powerOf(null)).toBeNull();
    expect(powerOf(undefined)).toBeNull();
  });
});

/** A client's store, as far as sending it a raw action goes. */
type Dispatching = { store: { dispatch: (action: never) => unknown } };

/** A framework event dispatched as a raw action, as a hostile client would send it over the wire. */
function sendEvent(client: Dispatching, type: string, args: unknown, playerID: string): void {
  client.store.dispatch({ type: 'GAME_EVENT', payload: { type, args, playerID } } as never);
}

describe("a client cannot call boardgame.io's events", () => {
  it('offers a client no event to call', () => {
    const client = Client({ game: makeGame(scenario, 7), numPlayers: 5 });
    expect(Object.keys(client.events)).toEqual([]);
  });

  it('ignores endGame, setActivePlayers and the rest when a client sends them anyway', () => {
    const client = Client({ game: makeGame(scenario, 7), numPlayers: 5 });
    client.start();
    const first = playerIdOf(client.store.getState().G.order[0]!);
    client.updatePlayerID(first);
    client.moves.start!({});
    const before = client.store.getState();
    const player = before.ctx.currentPlayer;
    sendEvent(client, 'endGame', { winner: player }, player);
    sendEvent(client, 'setActivePlayers', { value: { [player]: 'respond' } }, player);
    sendEvent(client, 'setActivePlayers', [{ value: {} }], player);
    sendEvent(client, 'endTurn', undefined, player);
    sendEvent(client, 'setPhase', 'actions', player);
    sendEvent(client, 'endPhase', undefined, player);
    sendEvent(client, 'pass', undefined, player);
    sendEvent(client, 'setStage', 'respond', player);
    sendEvent(client, 'endStage', undefined, player);
    const after = client.store.getState();
    expect(after.ctx.gameover).toBeUndefined();
    expect(after.ctx).toEqual(before.ctx);
    expect(after.G).toEqual(before.G);
    client.stop();
  });

  it('refuses an event sent as the very first action, before any move (the initialisation mark does not carry over)', () => {
    const client = Client({ game: makeGame(scenario, 7), numPlayers: 5 });
    client.start();
    const before = client.store.getState();
    const player = before.ctx.currentPlayer;
    sendEvent(client, 'setPhase', 'actions', player);
    sendEvent(client, 'endTurn', undefined, player);
    sendEvent(client, 'endGame', { winner: player }, player);
    const after = client.store.getState();
    expect(after.ctx).toEqual(before.ctx);
    expect(after.G).toEqual(before.G);
    client.stop();
  });

  it("cannot take back a move with boardgame.io's undo (the engine's record is the only history)", () => {
    const client = Client({ game: makeGame(scenario, 7), numPlayers: 5 });
    client.start();
    let s = initialState(scenario, 7);
    // Play to a host's door change: the same seat moves again next, so undo would apply.
    const send = (power: Power, move: Move) => {
      const { kind, ...payload } = move;
      client.updatePlayerID(playerIdOf(power));
      client.moves[kind]!(payload);
      s = (applyMove(s, power, move) as { state: GameState }).state;
    };
    for (;;) {
      const power = toMove(s)!;
      const moves = legalMoves(s, power);
      const door = moves.find((m) => m.kind === 'door');
      if (door) {
        send(power, door);
        break;
      }
      send(power, moves.find((m) => m.kind === 'pass') ?? moves[0]!);
    }
    expect(s.doorChanges).toBe(1);
    const played = client.store.getState();
    expect(played.G).toEqual(s);
    client.undo();
    expect(client.store.getState().G).toEqual(played.G);
    client.stop();
  });

  it('plays a whole game on Local clients, one per seat, while every seat tries the events', () => {
    const game = makeGame(scenario, 11);
    const multiplayer = Local();
    const clients = PLAYER_IDS.map((playerID) => Client({ game, numPlayers: 5, multiplayer, playerID, debug: false }));
    for (const c of clients) c.start();
    const rng = { rng: seedState('events/local') };
    let s = initialState(scenario, 11);
    let moves = 0;
    for (let power = toMove(s); power !== null; power = toMove(s)) {
      if (++moves > 5_000) throw new Error('the game did not end');
      const client = clients[POWERS.indexOf(power)]!;
      if (moves % 7 === 0) {
        for (const other of clients) {
          const id = other.playerID!;
          sendEvent(other, 'endGame', { winner: id }, id);
          sendEvent(other, 'setActivePlayers', { value: { [id]: 'respond' } }, id);
          sendEvent(other, 'endTurn', undefined, id);
        }
      }
      const { move } = randomBot.decide(viewFor(s, power), power, rng);
      const { kind, ...payload } = move;
      client.moves[kind]!(payload);
      const out = applyMove(s, power, move);
      if (!out.ok) throw new Error(`the engine refused ${kind}: ${out.reason}`);
      s = out.state;
      const { G, ctx } = client.store.getState();
      expect(ctx.gameover ?? null).toEqual(s.step === 'ended' ? s.result : null);
      expect(G.step).toBe(s.step);
    }
    expect(s.step).toBe('ended');
    expect(clients[0]!.store.getState().ctx.gameover).toEqual(s.result);
    for (const c of clients) c.stop();
  });
});
