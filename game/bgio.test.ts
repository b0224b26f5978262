import { Client } from 'boardgame.io/client';
import { describe, expect, it } from 'vitest';
import { makeGame, playerIdOf } from './bgio.ts';
import { SCENARIOS } from './scenarios/index.ts';
import type { GameState } from './state.ts';

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
