/**
 * Properties every computer level must have, over thousands of positions reached by random play from
 * shipped scenarios: the move it returns is one of `legalMoves`, its reason is a known code with an
 * English clause, and it never reads another power's agenda — it decides the same from its own view,
 * from the full state, and from a full state whose hidden agendas were dealt differently, and a
 * tripwire on the other agendas never goes off. The search level runs on a tiny playout budget here
 * (its strength and speed are measured by the strength and bench scripts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GameState, Move, Power, Scenario } from '../../game/index.ts';
import { POWERS, SCENARIOS, legalMoves, toMove } from '../../game/index.ts';
import type { Bot } from '../../game/ai/bot.ts';
import { greedyBot } from '../../game/ai/greedy.ts';
import { PLAY_LEVELS, levelBot } from '../../game/ai/levels.ts';
import { lightPolicy } from '../../game/ai/light.ts';
import { quickPlannerBot } from '../../game/ai/planner.ts';
import { makeSearchBot } from '../../game/ai/search.ts';
import { enWhy } from '../../ui/i18n/en-why.ts';
import { viewFor } from '../../game/view.ts';
import { randomPositions } from './positions.ts';

/** Each scenario, with how many random games to draw positions from (≥ 1,000 positions in all). */
const SCENARIO_LIST: readonly [string, Scenario, number][] = [
  ['autumn-2016', SCENARIOS['autumn-2016']!, 40],
  ['door-closes', SCENARIOS['door-closes']!, 24],
];

/** The levels under test: greedy and the rule levels as shipped, the search level on a tiny deterministic budget. */
const LEVELS: readonly Bot[] = [
  greedyBot,
  ...PLAY_LEVELS.map((l) =>
    l.id === 'strategist' ? makeSearchBot({ timeMs: Infinity, iterations: 6, shortlist: 3 }) : levelBot(l.id)!,
  ),
];

const key = (m: Move) => JSON.stringify(m);
const CODES = new Set(Object.keys(enWhy));

/** The same position, with every hidden agenda but `me`'s dealt from the other end of its pool, and other dice. */
function redealt(s: GameState, me: Power): GameState {
  if (!s.agendas) return s;
  const agendas = { ...s.agendas };
  for (const p of POWERS) {
    if (p === me) continue;
    const pool = s.scenario.agendas.filter((a) => a.power === p);
    agendas[p] = pool.find((a) => a.id !== s.agendas![p])?.id ?? pool[0]!.id;
  }
  return { ...s, agendas, rng: (s.rng ^ 0x5bd1e995) >>> 0 };
}

/** A state whose other agendas throw when read: proof that a bot never looks at them. */
function tripwired(s: GameState, me: Power): GameState {
  if (!s.agendas) return s;
  const agendas = new Proxy(
    { ...s.agendas },
    {
      get(target, prop, receiver) {
        if (typeof prop === 'string' && prop !== me && (POWERS as readonly string[]).includes(prop))
          throw new Error(`read ${prop}'s agenda`);
        return Reflect.get(target, prop, receiver) as unknown;
      },
      ownKeys: () => {
        throw new Error('listed the agendas');
      },
    },
  );
  return { ...s, agendas };
}

describe('every level plays legal moves and explains them', () => {
  let positionsSeen = 0;
  for (const [name, scenario, games] of SCENARIO_LIST) {
    it(`${name}: positions from random play`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
          const positions = randomPositions(scenario, seed);
          positionsSeen += positions.length;
          positions.forEach((s, i) => {
            const me = toMove(s)!;
            const view = viewFor(s, me);
            const legal = new Set(legalMoves(view, me).map(key));
            for (const [j, bot] of LEVELS.entries()) {
              if (bot.id === 'strategist' && (i + j) % 7 !== 0) continue;
              const d = bot.decide(view, me, { rng: seed + i });
              expect(legal.has(key(d.move)), `${bot.id} ${key(d.move)} at ${name}/${seed}#${i}`).toBe(true);
              expect(CODES.has(d.why.code), `${bot.id}: unknown code ${d.why.code}`).toBe(true);
              expect(d.why.text).toMatch(/^because /);
              expect(d.why.text).not.toMatch(/simulated|futures|%/);
            }
          });
        }),
        { numRuns: games, seed: name.length },
      );
    });
  }
  it('saw over a thousand positions', () => {
    expect(positionsSeen).toBeGreaterThan(1000);
  });
});

describe('the search level’s playout policies', () => {
  it('play legal moves too (so a playout never needs its fallback)', () => {
    for (const [name, scenario] of SCENARIO_LIST) {
      for (const seed of [11, 12]) {
        const light = lightPolicy();
        for (const [i, s] of randomPositions(scenario, seed).entries()) {
          const me = toMove(s)!;
          const legal = new Set(legalMoves(s, me).map(key));
          for (const policy of [light, quickPlannerBot]) {
            const move = policy.decide(s, me, { rng: i }).move;
            expect(legal.has(key(move)), `${policy.id} ${key(move)} at ${name}/${seed}#${i}`).toBe(true);
          }
        }
      }
    }
  });
});

describe('no level reads another power’s agenda', () => {
  for (const [name, scenario] of SCENARIO_LIST) {
    it(`${name}: same decision from the view, the full state, a redealt state; tripwire silent`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.nat(), (seed, pick) => {
          const positions = randomPositions(scenario, seed);
          const s = positions[pick % positions.length]!;
          const me = toMove(s)!;
          for (const bot of LEVELS) {
            const d = (state: GameState) => key(bot.decide(state, me, { rng: seed }).move);
            const fromView = d(viewFor(s, me));
            expect(d(s)).toBe(fromView);
            expect(d(redealt(s, me))).toBe(fromView);
            expect(d(tripwired(s, me))).toBe(fromView);
          }
        }),
        { numRuns: 40, seed: 7 },
      );
    });
  }
});
