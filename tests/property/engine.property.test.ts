/**
 * Property tests (fast-check) over thousands of seeded random games, with illegal moves mixed in:
 * wrong powers, unknown regions, unaffordable or refused moves, garbage payloads. Properties:
 * an illegal move returns a reason and changes nothing (it is tried on a deep-frozen copy, so any
 * write would throw, and through applyMove it returns the very same object); no number in the state goes negative, NaN or
 * past its rule's bound; every game ends within its round limit and a bounded number of moves; the
 * same seed and moves give the same final state, through `applyMove` (immer) and through the fast
 * path (`cloneState` + `applyInPlace`) alike. fast-check's own seed is fixed so CI runs are repeatable.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  POWERS,
  REASONS,
  applyInPlace,
  applyMove,
  checkMove,
  cloneState,
  SCENARIOS as SHIPPED,
  getScenario,
  legalMoves,
  newGame,
  toMove,
} from '../../game/index.ts';
import type { GameState, Move, Power, Scenario } from '../../game/index.ts';
import { random, randomInt, seedState, type HasRng } from '../../game/rng.ts';
import { tinyScenario } from '../fixtures/builders.ts';
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

/** A random legal move for the power to move (throws when it has none: a stuck game fails there). */
function randomLegal(s: GameState, power: Power, rng: HasRng): Move {
  const moves = legalMoves(s, power);
  if (moves.length === 0) fail(`${power} must move but has no legal move`);
  return moves[randomInt(rng, moves.length)]!;
}

const FC_SEED = 20161020;

/** Every shipped scenario, and two variants of the tiny fixture (one volatile: crisis and dominance rules). */
const SCENARIOS: Scenario[] = [
  ...Object.values(SHIPPED),
  tinyScenario((i) => {
    i.rules.tension = { start: 2, decay: 0, danger: 3, max: 4, crisisPenalty: 3 };
    i.rules.threat.spreadChance = 0.5;
    i.regions.forEach((r) => (r.threatGrowth = 0.4));
    i.suddenDeath = [{ type: 'dominance', regions: 2, vp: 3 }, { type: 'crisis' }];
  }),
  tinyScenario((i) => {
    i.rounds = 5;
    i.rules.doors.changesPerTurn = 3;
    i.rules.rotateOrder = true;
    i.rules.threat.spreadChance = 1;
    i.powers.china.ip = 0;
    i.powers.tajikistan.economy = 0;
  }),
];

const SHAPES = new Map(SCENARIOS.map((sc) => [sc, shapes(sc)]));

/** An illegal (power, move) for this position, of a randomly chosen sort. */
function illegal(s: GameState, rng: HasRng): [unknown, unknown] {
  const mover = toMove(s)!;
  const pick = <T>(xs: readonly T[]): T => xs[randomInt(rng, xs.length)]!;
  for (;;) {
    switch (randomInt(rng, 5)) {
      case 0: {
        const other = pick(POWERS.filter((p) => p !== mover));
        return [other, pick(legalMoves(s, mover))];
      }
      case 1:
        return [mover, pick(GARBAGE)];
      case 2:
        return [pick(['france', null, 3, undefined, '']), pick(legalMoves(s, mover))];
      default: {
        const shape = pick(SHAPES.get(s.scenario)!);
        if (checkMove(s, mover, shape) !== null) return [mover, shape];
      }
    }
  }
}

interface Outcome {
  moves: [Power, Move][];
  final: GameState;
}

/**
 * One game on the fast path, a random legal move at each decision and now and then an illegal one,
 * checking the properties as it goes. Returns the legal moves played and the final state.
 */
function fuzzGame(sc: Scenario, seed: number, illegalRate: number): Outcome {
  const s = cloneState(newGame(sc, seed));
  const rng = { rng: seedState(`fuzz/${seed}`) };
  const moves: [Power, Move][] = [];
  const bound = moveBound(sc);
  const seen = { log: 0, history: 0 };
  checkInvariants(s, seen, true);
  /** A deep-frozen copy of the position for illegal moves: a rule that wrote to it would throw. */
  let frozen: GameState | null = null;
  for (let power = toMove(s); power !== null; power = toMove(s)) {
    if (s.step === 'ended') fail('a power to move after the end');
    if (random(rng) < illegalRate) {
      frozen ??= deepFreeze(cloneState(s));
      const [who, what] = illegal(frozen, rng);
      const reason = applyInPlace(frozen, who as Power, what as Move);
      if (reason === null || !REASONS.includes(reason)) fail(`illegal ${JSON.stringify([who, what])} gave ${reason}`);
      continue;
    }
    frozen = null;
    const move = randomLegal(s, power, rng);
    const before = cloneState(s);
    const reason = applyInPlace(s, power, move);
    if (reason) fail(`legal move ${JSON.stringify(move)} refused: ${reason}`);
    checkStep(before, s, power, move);
    moves.push([power, move]);
    if (moves.length > bound) fail(`more than ${bound} moves`);
    checkInvariants(s, seen);
  }
  checkOneOperationPerRound(s);
  if (s.step !== 'ended' || !s.result) fail('nobody to move but the game has not ended');
  checkInvariants(s, { log: 0, history: 0 }, true);
  for (const p of POWERS) if (legalMoves(s, p).length > 0) fail(`${p} has legal moves after the end`);
  return { moves, final: s };
}

const scenarioIndex = fc.integer({ min: 0, max: SCENARIOS.length - 1 });
const gameSeed = fc.integer({ min: 1, max: 0x7fffffff });

describe('random games with illegal moves mixed in', () => {
  it('illegal moves change nothing; numbers stay sane; games end in bounds', () => {
    fc.assert(
      fc.property(scenarioIndex, gameSeed, fc.double({ min: 0, max: 0.6, noNaN: true }), (i, seed, rate) => {
        fuzzGame(SCENARIOS[i]!, seed, rate);
      }),
      { numRuns: 2000, seed: FC_SEED },
    );
  });

  it('through applyMove an illegal move returns the very same state object', () => {
    fc.assert(
      fc.property(scenarioIndex, gameSeed, (i, seed) => {
        const sc = SCENARIOS[i]!;
        let s = newGame(sc, seed);
        const rng = { rng: seed };
        for (let power = toMove(s); power !== null; power = toMove(s)) {
          const [who, what] = illegal(s, rng);
          const out = applyMove(s, who as Power, what as Move);
          if (out.ok || out.state !== s) fail(`illegal ${JSON.stringify([who, what])} accepted`);
          const next = applyMove(s, power, randomLegal(s, power, rng));
          if (!next.ok) fail(`legal move refused: ${next.reason}`);
          s = next.state;
        }
      }),
      { numRuns: 100, seed: FC_SEED },
    );
  });
});

describe('determinism', () => {
  it('the same seed and moves give the same final state, through applyMove and the fast path', () => {
    fc.assert(
      fc.property(scenarioIndex, gameSeed, (i, seed) => {
        const sc = SCENARIOS[i]!;
        const { moves, final } = fuzzGame(sc, seed, 0.2);
        expect(fuzzGame(sc, seed, 0.2).final).toEqual(final);

        let immer = newGame(sc, seed);
        const fast = cloneState(newGame(sc, seed));
        moves.forEach(([power, move], n) => {
          const out = applyMove(immer, power, move);
          if (!out.ok) fail(`move ${n} refused by applyMove: ${out.reason}`);
          immer = out.state;
          if (applyInPlace(fast, power, move) !== null) fail(`move ${n} refused on the fast path`);
          if (n % 25 === 0) expect(cloneState(immer)).toEqual(immer);
        });
        expect(immer).toEqual(final);
        expect(fast).toEqual(final);
      }),
      { numRuns: 200, seed: FC_SEED },
    );
  });

  it('a clone is independent of its original', () => {
    const s = newGame(getScenario('autumn-2016')!, 7);
    const copy = cloneState(s);
    expect(copy).toEqual(s);
    const power = toMove(copy)!;
    const rng = { rng: 1 };
    for (let n = 0; n < 40 && toMove(copy); n++) {
      const p = toMove(copy)!;
      applyInPlace(copy, p, randomLegal(copy, p, rng));
    }
    expect(copy).not.toEqual(s);
    expect(s).toEqual(newGame(getScenario('autumn-2016')!, 7));
    expect(toMove(s)).toBe(power);
  });
});
