/**
 * Parity: the same seeded random-legal games played through boardgame.io's headless Client (the
 * adapter in game/bgio.ts) and through the pure engine's `applyMove` end in identical state after
 * every move. Also: the Client's `ctx.gameover` matches the engine's result, `playerView` never shows
 * a seat another seat's agenda, `ai.enumerate` offers exactly `legalMoves`, and the state before the
 * first move has dealt no agendas (boardgame.io sends the initial state to every client unfiltered).
 */
import { Client } from 'boardgame.io/client';
import { describe, expect, it, vi } from 'vitest';
import { randomBot } from '../../game/ai/random.ts';
import { PLAYER_IDS, makeGame, playerIdOf, playerView } from '../../game/bgio.ts';
import { POWERS, SCENARIO_IDS, applyMove, getScenario, initialState, legalMoves, toMove } from '../../game/index.ts';
import { seedState } from '../../game/rng.ts';
import type { GameState, Power, Scenario } from '../../game/index.ts';
import { viewFor } from '../../game/view.ts';
import { tinyScenario } from '../fixtures/builders.ts';

const MAX_MOVES = 5_000;

type Moves = Record<string, (payload: unknown) => void>;

/**
 * Nothing in a seat's view (the scenario's public agenda list aside) names another seat's dealt agenda,
 * nor what that agenda was worth at the start (a hint at which it is); public baselines stay visible.
 */
function expectNoLeak(full: GameState, view: GameState, seat: Power): void {
  expect(view.rng).toBe(0);
  if (!full.agendas) {
    expect(view.agendas).toBeNull();
    expect(view.baseline).toBeNull();
    return;
  }
  const text = JSON.stringify({ ...view, scenario: null });
  expect(view.baseline!.objectives).toEqual(full.baseline!.objectives);
  for (const p of POWERS) {
    if (p === seat) {
      expect(view.agendas![p]).toBe(full.agendas[p]);
      expect(view.baseline!.agenda[p]).toBe(full.baseline!.agenda[p]);
      continue;
    }
    expect(view.agendas![p]).toBe('');
    expect(view.baseline!.agenda[p]).toBe(0);
    expect(text).not.toContain(`"${full.agendas[p]}"`);
  }
}

/**
 * The Client's G equals the engine's state. The log and history only grow, so after the first call
 * only their new entries are compared (the whole state is compared again at the end of each game).
 */
function expectSame(G: GameState, s: GameState, seen: { log: number; history: number }, where: string): void {
  const { log: gLog, history: gHistory, ...gRest } = G;
  const { log: sLog, history: sHistory, ...sRest } = s;
  expect(gRest, where).toEqual(sRest);
  expect(gLog.length, where).toBe(sLog.length);
  expect(gHistory.length, where).toBe(sHistory.length);
  expect(gLog.slice(seen.log), where).toEqual(sLog.slice(seen.log));
  expect(gHistory.slice(seen.history), where).toEqual(sHistory.slice(seen.history));
  seen.log = sLog.length;
  seen.history = sHistory.length;
}

interface Played {
  moves: number;
  state: GameState;
}

/** Play one game move by move through the Client and through applyMove, comparing after every move. */
function playBoth(scenario: Scenario, seed: number): Played {
  const game = makeGame(scenario, seed);
  const client = Client({ game, numPlayers: POWERS.length, debug: false });
  client.start();
  try {
    let s = initialState(scenario, seed);
    const first = client.store.getState();
    expect(first.G.agendas).toBeNull();
    expect(first.G).toEqual(s);
    expect(first.ctx.gameover).toBeUndefined();
    for (const id of PLAYER_IDS) expect(playerView({ G: first.G, playerID: id }).agendas).toBeNull();

    const rng = { rng: seedState(`parity/${seed}`) };
    const seen = { log: 0, history: 0 };
    let n = 0;
    for (let power = toMove(s); power !== null; power = toMove(s)) {
      if (++n > MAX_MOVES) throw new Error(`game ${seed} did not end within ${MAX_MOVES} moves`);
      const { move } = randomBot.decide(viewFor(s, power), power, rng);
      const out = applyMove(s, power, move);
      expect(out.ok).toBe(true);
      s = out.state;

      const { kind, ...payload } = move;
      client.updatePlayerID(playerIdOf(power));
      (client.moves as Moves)[kind]!(payload);
      const { G, ctx } = client.store.getState();
      expectSame(G, s, seen, `seed ${seed}, move ${n}: ${power} ${JSON.stringify(move)}`);
      expect(ctx.gameover ?? null).toEqual(s.result);

      if (n % 7 === 1 || s.step === 'ended') {
        for (const p of POWERS) {
          const view = playerView({ G, playerID: playerIdOf(p) });
          if (s.step === 'ended') expect(view.agendas).toEqual(s.agendas);
          else expectNoLeak(s, view, p);
        }
        const next = toMove(s);
        if (next) {
          const enumerated = game.ai!.enumerate(G, ctx, playerIdOf(next)) as { move: string; args: unknown[] }[];
          const expected = legalMoves(s, next).map(({ kind: k, ...rest }) => ({ move: k, args: [rest] }));
          expect(enumerated).toEqual(expected);
        }
      }
    }
    expect(client.store.getState().G).toEqual(s);
    expect(client.store.getState().ctx.gameover).toEqual(s.result);
    return { moves: n, state: s };
  } finally {
    client.stop();
  }
}

const SEEDS = Array.from({ length: 30 }, (_, i) => i + 1);

describe('boardgame.io Client and applyMove agree', () => {
  it.each(SEEDS)('autumn-2016, seed %i', (seed) => {
    const { state } = playBoth(getScenario('autumn-2016')!, seed);
    expect(state.step).toBe('ended');
    expect(state.round).toBeLessThanOrEqual(state.scenario.rounds);
  });

  it.each(SCENARIO_IDS.filter((id) => id !== 'autumn-2016'))('%s, two seeds', (id) => {
    for (const seed of [1, 2]) expect(playBoth(getScenario(id)!, seed).state.step).toBe('ended');
  });

  it('every way a game can end, on a volatile fixture', () => {
    const volatile = tinyScenario((i) => {
      i.rounds = 4;
      i.scoring = [1, 2, 3, 4];
      i.rules.control = { thresholdFactor: 0.5, leadFactor: 0 };
      i.rules.tension = { start: 3, decay: 0, danger: 4, max: 5, crisisPenalty: 2 };
      i.rules.threat.spreadChance = 0.5;
      i.regions.forEach((r) => (r.threatGrowth = 0.3));
      i.suddenDeath = [{ type: 'dominance', regions: 2, vp: 3 }, { type: 'crisis' }];
      i.events = [
        {
          id: 'fork',
          title: 'A fork',
          text: 'Choose.',
          source: { kind: 'counterfactual', citation: 'Tests' },
          round: 1,
          effects: [],
          choice: {
            power: 'pakistan',
            prompt: 'Which?',
            options: [
              { id: 'calm', label: 'Calm', effects: [{ type: 'tension', amount: -1 }] },
              { id: 'loud', label: 'Loud', effects: [{ type: 'tension', amount: 1 }] },
            ],
          },
        },
      ];
    });
    const reasons = new Set<string>();
    for (let seed = 1; seed <= 24; seed++) reasons.add(playBoth(volatile, seed).state.result!.reason);
    expect([...reasons].sort()).toEqual(['crisis', 'dominance', 'rounds']);
  });
});

describe('the Client refuses what the engine refuses', () => {
  it('an illegal move changes nothing in the Client', () => {
    const scenario = getScenario('autumn-2016')!;
    const client = Client({ game: makeGame(scenario, 5), numPlayers: POWERS.length, debug: false });
    client.start();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const first = scenario.order[0]!;
      client.updatePlayerID(playerIdOf(first));
      (client.moves as Moves).start!({});
      const before = client.store.getState();
      const bad: [Power, { kind: string } & Record<string, unknown>][] = [
        [first, { kind: 'start' }],
        [scenario.order[1]!, { kind: 'pass' }],
        [first, { kind: 'aid', region: 42 }],
        [first, { kind: 'found', invitees: [first] }],
        [first, { kind: 'door', guest: first, price: 0 }],
        [first, { kind: 'exercise', region: 'khatlon', size: 99 }],
      ];
      for (const [power, move] of bad) {
        const { kind, ...payload } = move;
        client.updatePlayerID(playerIdOf(power));
        (client.moves as Moves)[kind]?.(payload);
        expect(client.store.getState().G).toBe(before.G);
      }
      expect(errors).toHaveBeenCalledTimes(bad.length);
    } finally {
      errors.mockRestore();
      client.stop();
    }
  });
});
