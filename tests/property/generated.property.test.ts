/**
 * Property tests whose arbitraries generate the game itself, so that a failure shrinks to a small case:
 * a scenario variation (a shipped scenario with its numbers changed within the schema's bounds: rounds,
 * actions a turn, turn order rotation, each power's IP and economy, each region's stability, threat and
 * threat growth, the spread chance, and tension starting below its maximum), a seed, a list of choices
 * (the n-th picks legal move number choice mod count at the n-th decision; once they run out, the first
 * legal move is played), and illegal attempts (a wrong power, a move of any shape, or any value at all)
 * at chosen decisions. fast-check shrinks the choices to fewer and lower ones, the variation towards
 * the schema's minimums, and drops illegal attempts that do not matter.
 *
 * Properties: an illegal move returns a reason and changes nothing (through applyMove the very same,
 * immer-frozen object; on the fast path a deep-frozen copy, which would throw on any write); no number
 * goes negative, NaN or past its bound; no power holds more IP than it held and earned; tension stays in
 * [0, max] and the blame added equals the tension raised; a door change never ends a turn; every power
 * takes exactly one operation a round; every game ends within `moveBound`; `applyMove` (immer) and the
 * fast path (`cloneState` + `applyInPlace`) agree; the same seed and moves replayed on a second load of
 * the same variation give the same state.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  POWERS,
  REASONS,
  SCENARIO_IDS,
  applyInPlace,
  applyMove,
  checkMove,
  cloneState,
  formatProblem,
  getScenario,
  legalMoves,
  loadScenario,
  newGame,
  toMove,
} from '../../game/index.ts';
import type { GameState, Move, Power, Scenario, ScenarioInput } from '../../game/index.ts';
import {
  GARBAGE,
  checkInvariants,
  checkOneOperationPerRound,
  checkStep,
  deepFreeze,
  fail,
  moveBound,
  shapes,
} from './invariants.ts';

const FC_SEED = 20261201;
const MAX_ROUNDS = 10;

/** The numbers of a variation, each a natural number that `vary` maps into its field's bounds. */
const variationArb = fc.record({
  scenario: fc.constantFrom(...SCENARIO_IDS),
  rounds: fc.nat(),
  changesPerTurn: fc.integer({ min: 1, max: 3 }),
  crisis: fc.boolean(),
  scoring: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
  rotateOrder: fc.boolean(),
  ip: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: POWERS.length, maxLength: POWERS.length }),
  economy: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: POWERS.length, maxLength: POWERS.length }),
  regions: fc.array(fc.record({ stability: fc.nat(), threat: fc.nat(), growth: fc.integer({ min: 0, max: 10 }) }), {
    maxLength: 16,
  }),
  spreadChance: fc.integer({ min: 0, max: 10 }),
  tension: fc.nat(),
});
type Variation = typeof variationArb extends fc.Arbitrary<infer T> ? T : never;

/** The latest round a scenario's events or tutorial pin something to: fewer rounds fail its loader. */
const pinnedRound = (sc: Scenario) =>
  Math.max(1, ...sc.events.map((e) => e.round ?? 1), ...(sc.tutorial ?? []).map((t) => t.round));

/** A fresh load of a shipped scenario with a variation's numbers; a variation out of bounds is a test bug. */
function vary(v: Variation): Scenario {
  const base = getScenario(v.scenario)!;
  const input = structuredClone(base) as unknown as ScenarioInput & Scenario;
  const rules = input.rules;
  const low = pinnedRound(base);
  input.rounds = low + (v.rounds % (MAX_ROUNDS - low + 1));
  input.scoring = [...new Set(v.scoring.map((n) => 1 + (n % input.rounds)))].sort((a, b) => a - b);
  rules.doors.changesPerTurn = v.changesPerTurn;
  const others = input.suddenDeath.filter((r) => r.type !== 'crisis');
  input.suddenDeath = v.crisis ? [...others, { type: 'crisis' }] : others;
  rules.rotateOrder = v.rotateOrder;
  POWERS.forEach((p, i) => {
    input.powers[p].ip = v.ip[i]!;
    input.powers[p].economy = v.economy[i]!;
  });
  input.regions.forEach((r, i) => {
    const tweak = v.regions[i];
    if (!tweak) return;
    const min = rules.threat.minStability;
    r.stability = min + (tweak.stability % (rules.maxStability - min + 1));
    r.threat = tweak.threat % (rules.maxThreat + 1);
    r.threatGrowth = tweak.growth / 10;
  });
  rules.threat.spreadChance = v.spreadChance / 10;
  rules.tension.start = v.tension % rules.tension.max;
  const loaded = loadScenario(input);
  if (!loaded.ok) throw new Error(`a variation out of bounds:\n${loaded.error.map(formatProblem).join('\n')}`);
  return loaded.value;
}

/** An illegal attempt at one decision: who tries, and what (a legal move of the mover's, a shape, any value). */
const attemptArb = fc.record({
  at: fc.nat({ max: 150 }),
  who: fc.oneof(
    fc.record({ seat: fc.constant('other' as const), offset: fc.integer({ min: 1, max: POWERS.length - 1 }) }),
    fc.record({ seat: fc.constant('mover' as const) }),
    fc.record({
      seat: fc.constant('stranger' as const),
      value: fc.constantFrom<unknown>(null, undefined, 'france', 3, ''),
    }),
  ),
  what: fc.oneof(
    fc.record({ from: fc.constant('legal' as const), index: fc.nat() }),
    fc.record({ from: fc.constant('shape' as const), index: fc.nat() }),
    fc.record({ from: fc.constant('garbage' as const), index: fc.nat({ max: GARBAGE.length - 1 }) }),
    fc.record({ from: fc.constant('anything' as const), value: fc.anything({ maxDepth: 2 }) }),
  ),
});
type Attempt = typeof attemptArb extends fc.Arbitrary<infer T> ? T : never;

const gameArb = fc.record({
  variation: variationArb,
  seed: fc.oneof(fc.integer({ min: 0, max: 0x7fffffff }), fc.string({ maxLength: 6 })),
  choices: fc.array(fc.nat(), { maxLength: 200 }),
  attempts: fc.array(attemptArb, { maxLength: 6 }),
});
type Game = typeof gameArb extends fc.Arbitrary<infer T> ? T : never;

const shapeCache = new Map<string, Move[]>();
const shapesOf = (sc: Scenario) => {
  let list = shapeCache.get(sc.id);
  if (!list) shapeCache.set(sc.id, (list = shapes(sc)));
  return list;
};

/** The (power, move) an attempt makes in this position. */
function attemptAt(s: GameState, mover: Power, a: Attempt): [unknown, unknown] {
  const who =
    a.who.seat === 'mover'
      ? mover
      : a.who.seat === 'other'
        ? POWERS[(POWERS.indexOf(mover) + a.who.offset) % POWERS.length]
        : a.who.value;
  const legal = legalMoves(s, mover);
  const all = shapesOf(s.scenario);
  const what =
    a.what.from === 'legal'
      ? legal[a.what.index % legal.length]
      : a.what.from === 'shape'
        ? all[a.what.index % all.length]
        : a.what.from === 'garbage'
          ? GARBAGE[a.what.index]
          : a.what.value;
  return [who, what];
}

/** Try an attempt that is illegal here on both paths: nothing may change. Legal ones are skipped. */
function tryIllegal(immer: GameState, fast: GameState, a: Attempt): void {
  const mover = toMove(immer)!;
  const [who, what] = attemptAt(immer, mover, a);
  const reason = checkMove(immer, who as Power, what as Move);
  if (reason === null) return;
  if (!REASONS.includes(reason)) fail(`${JSON.stringify([who, what])} gave the unknown reason ${reason}`);
  const out = applyMove(immer, who as Power, what as Move);
  if (out.ok || out.state !== immer || out.reason !== reason) fail(`applyMove accepted ${JSON.stringify([who, what])}`);
  const frozen = deepFreeze(cloneState(fast));
  if (applyInPlace(frozen, who as Power, what as Move) !== reason) fail(`the fast path disagreed on ${reason}`);
  expect(frozen).toEqual(fast);
}

interface Played {
  scenario: Scenario;
  moves: [Power, Move][];
  final: GameState;
}

/** Play a generated game on both paths in step, checking the properties after every move. */
function playGenerated(g: Game): Played {
  const scenario = vary(g.variation);
  let immer = newGame(scenario, g.seed);
  const fast = cloneState(immer);
  const bound = moveBound(scenario);
  const seen = { log: 0, history: 0 };
  const moves: [Power, Move][] = [];
  checkInvariants(fast, seen, true);
  for (let power = toMove(immer); power !== null; power = toMove(immer)) {
    const n = moves.length;
    if (n >= bound) fail(`the game did not end within ${bound} moves`);
    for (const a of g.attempts) if (a.at === n) tryIllegal(immer, fast, a);
    const legal = legalMoves(immer, power);
    if (legal.length === 0) fail(`${power} must move but has no legal move`);
    const move = legal[(g.choices[n] ?? 0) % legal.length]!;
    const out = applyMove(immer, power, move);
    if (!out.ok) fail(`the legal move ${JSON.stringify(move)} was refused: ${out.reason}`);
    checkStep(immer, out.state, power, move);
    immer = out.state;
    if (applyInPlace(fast, power, move) !== null) fail(`the fast path refused ${JSON.stringify(move)}`);
    moves.push([power, move]);
    checkInvariants(fast, seen);
    if (n % 16 === 0) expect(fast).toEqual(immer);
  }
  if (immer.step !== 'ended' || !immer.result) fail('nobody is to move but the game has not ended');
  checkInvariants(fast, { log: 0, history: 0 }, true);
  checkOneOperationPerRound(immer);
  expect(fast).toEqual(immer);
  for (const p of POWERS) if (legalMoves(immer, p).length > 0) fail(`${p} has legal moves after the end`);
  return { scenario, moves, final: immer };
}

describe('generated games on generated scenario variations', () => {
  it('illegal moves change nothing; numbers stay sane; games end in bounds; applyMove equals the fast path', () => {
    fc.assert(
      fc.property(gameArb, (g) => void playGenerated(g)),
      { numRuns: 120, seed: FC_SEED },
    );
  });

  it('the same seed and moves give the same state, on a second load of the same variation', () => {
    fc.assert(
      fc.property(gameArb, (g) => {
        const { moves, final } = playGenerated(g);
        let s = newGame(vary(g.variation), g.seed);
        for (const [power, move] of moves) {
          const out = applyMove(s, power, move);
          if (!out.ok) fail(`the replayed move ${JSON.stringify(move)} was refused: ${out.reason}`);
          s = out.state;
        }
        expect(s).toEqual(final);
      }),
      { numRuns: 40, seed: FC_SEED },
    );
  });

  it('variations stay inside the schema, tension below its maximum', () => {
    fc.assert(
      fc.property(variationArb, (v) => {
        const sc = vary(v);
        expect(sc.rules.tension.start).toBeLessThan(sc.rules.tension.max);
        expect(sc.rounds).toBeGreaterThanOrEqual(pinnedRound(sc));
      }),
      { numRuns: 200, seed: FC_SEED },
    );
  });
});
