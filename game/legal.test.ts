/**
 * Legality: a table of illegal cases, grouped by operation, each with its reason code — and a check
 * that the table covers every code in REASONS, so a code the engine can no longer produce (or a new
 * one nobody tests) fails here. Then `legalMoves` against a brute-force enumeration through
 * `checkMove` over positions of random games.
 */
import { describe, expect, it } from 'vitest';
import { edit, finishGame, started, tinyScenario, turnOf } from '../tests/fixtures/builders.ts';
import { shapes } from '../tests/property/invariants.ts';
import {
  MOVE_KINDS,
  POWERS,
  REASONS,
  SCENARIOS,
  applyInPlace,
  applyMove,
  checkMove,
  cloneState,
  initialState,
  legalMoves,
  legalOperations,
  newGame,
  toMove,
} from './index.ts';
import type { GameState, Move, Power, Reason } from './index.ts';

const game = () => started();
const turn = (power: Power, f?: (d: GameState) => void) => () => edit(turnOf(game(), power), (d) => f?.(d));
const broke = (power: Power) => turn(power, (d) => void (d.ip[power] = 0));
const rich = (power: Power, f?: (d: GameState) => void) =>
  turn(power, (d) => {
    d.ip[power] = 50;
    f?.(d);
  });
const danger = (power: Power, f?: (d: GameState) => void) =>
  rich(power, (d) => {
    d.tension = d.scenario.rules.tension.danger;
    f?.(d);
  });
const choiceGame = () =>
  started((i) => {
    i.events = [
      {
        id: 'fork',
        title: 'A fork',
        text: 'Choose.',
        source: { kind: 'counterfactual', citation: 'Tests' },
        round: 1,
        effects: [],
        choice: {
          power: 'tajikistan',
          prompt: 'Which?',
          options: [
            { id: 'left', label: 'Left', effects: [] },
            { id: 'right', label: 'Right', effects: [] },
          ],
        },
      },
    ];
  });

type Case = [op: string, reason: Reason, name: string, state: () => GameState, power: unknown, move: unknown];

const CASES: Case[] = [
  ['any', 'GAME_OVER', 'a move after the end', () => finishGame(game()), 'russia', { kind: 'pass' }],
  ['any', 'NOT_STARTED', 'a pass before start', () => initialState(tinyScenario(), 1), 'russia', { kind: 'pass' }],
  ['any', 'UNKNOWN_POWER', 'a power not in the game', game, 'usa', { kind: 'pass' }],
  ['any', 'UNKNOWN_MOVE', 'a move of no known kind', game, 'russia', { kind: 'answer', accept: true }],
  ['any', 'UNKNOWN_MOVE', 'not an object', game, 'russia', 'pass'],
  ['any', 'NOT_YOUR_TURN', 'a pass out of turn', game, 'china', { kind: 'pass' }],
  ['start', 'ALREADY_STARTED', 'start twice', game, 'russia', { kind: 'start' }],
  ['start', 'NOT_YOUR_TURN', 'start by another', () => initialState(tinyScenario(), 1), 'china', { kind: 'start' }],
  [
    'start',
    'UNKNOWN_MOVE',
    'a deal out of range',
    () => initialState(tinyScenario(), 1),
    'russia',
    { kind: 'start', deal: -1 },
  ],
  ['choose', 'EVENT_CHOICE_PENDING', 'an operation before the choice', choiceGame, 'tajikistan', { kind: 'pass' }],
  ['choose', 'UNKNOWN_OPTION', 'an option the card lacks', choiceGame, 'tajikistan', { kind: 'choose', option: 'up' }],
  ['choose', 'UNKNOWN_MOVE', 'a choice with no event choice', game, 'russia', { kind: 'choose', option: 'left' }],
  ['door', 'NOT_A_HOST', 'Russia hosts nothing in play', game, 'russia', { kind: 'door', guest: 'china', price: 0 }],
  [
    'door',
    'UNKNOWN_POWER',
    'a door to oneself',
    turn('tajikistan'),
    'tajikistan',
    { kind: 'door', guest: 'tajikistan', price: 0 },
  ],
  [
    'door',
    'UNKNOWN_POWER',
    'a door to nobody',
    turn('tajikistan'),
    'tajikistan',
    { kind: 'door', guest: 'usa', price: 0 },
  ],
  [
    'door',
    'BAD_PRICE',
    'above maxPrice',
    turn('tajikistan'),
    'tajikistan',
    { kind: 'door', guest: 'china', price: 99 },
  ],
  [
    'door',
    'BAD_PRICE',
    'a negative price',
    turn('tajikistan'),
    'tajikistan',
    { kind: 'door', guest: 'china', price: -1 },
  ],
  [
    'door',
    'BAD_PRICE',
    'a fractional price',
    turn('tajikistan'),
    'tajikistan',
    { kind: 'door', guest: 'china', price: 0.5 },
  ],
  [
    'door',
    'DOOR_UNCHANGED',
    'the price it already has',
    turn('tajikistan', (d) => void (d.doors.tajikistan.china = 2)),
    'tajikistan',
    { kind: 'door', guest: 'china', price: 2 },
  ],
  [
    'door',
    'DOOR_LIMIT',
    'more changes than a turn allows',
    turn('tajikistan', (d) => void (d.doorChanges = d.scenario.rules.doors.changesPerTurn)),
    'tajikistan',
    { kind: 'door', guest: 'china', price: null },
  ],
  [
    'aid',
    'UNKNOWN_REGION',
    'a region nobody knows',
    turn('china'),
    'china',
    { kind: 'aid', region: 'atlantis', size: 1 },
  ],
  [
    'aid',
    'REGION_NOT_IN_PLAY',
    'a region not on this board',
    turn('china'),
    'china',
    { kind: 'aid', region: 'kunduz', size: 1 },
  ],
  ['aid', 'BAD_SIZE', 'size 0', turn('china'), 'china', { kind: 'aid', region: 'gbao', size: 0 }],
  ['aid', 'BAD_SIZE', 'above maxSize', turn('china'), 'china', { kind: 'aid', region: 'gbao', size: 99 }],
  ['aid', 'BAD_SIZE', 'no size', turn('china'), 'china', { kind: 'aid', region: 'gbao' }],
  [
    'aid',
    'DOOR_CLOSED',
    "the host's door closed",
    turn('china', (d) => void (d.doors.tajikistan.china = null)),
    'china',
    { kind: 'aid', region: 'gbao', size: 1 },
  ],
  ['aid', 'NOT_ENOUGH_IP', 'no IP', broke('china'), 'china', { kind: 'aid', region: 'gbao', size: 1 }],
  ['base', 'UNKNOWN_REGION', 'a region nobody knows', turn('china'), 'china', { kind: 'base', region: 'atlantis' }],
  [
    'base',
    'DOOR_CLOSED',
    "China's door closed to Russia",
    rich('russia'),
    'russia',
    { kind: 'base', region: 'xinjiang' },
  ],
  [
    'base',
    'BASE_AT_MAX_LEVEL',
    'a base at its top level',
    rich(
      'china',
      (d) => void d.regions.xinjiang!.bases.push({ owner: 'china', level: d.scenario.rules.base.maxLevel }),
    ),
    'china',
    { kind: 'base', region: 'xinjiang' },
  ],
  ['base', 'TENSION_TOO_HIGH', 'in the danger zone', danger('china'), 'china', { kind: 'base', region: 'xinjiang' }],
  ['base', 'NOT_ENOUGH_IP', 'no IP', broke('china'), 'china', { kind: 'base', region: 'xinjiang' }],
  ['exercise', 'BAD_SIZE', 'above maxSize', turn('china'), 'china', { kind: 'exercise', region: 'gbao', size: 99 }],
  [
    'exercise',
    'REGION_NOT_IN_PLAY',
    'a region not on this board',
    turn('china'),
    'china',
    { kind: 'exercise', region: 'khyber', size: 1 },
  ],
  [
    'exercise',
    'TENSION_TOO_HIGH',
    'size 2 in the danger zone',
    danger('china'),
    'china',
    { kind: 'exercise', region: 'xinjiang', size: 2 },
  ],
  [
    'exercise',
    'DOOR_CLOSED',
    "China's door closed to Russia",
    rich('russia'),
    'russia',
    { kind: 'exercise', region: 'xinjiang', size: 1 },
  ],
  ['exercise', 'NOT_ENOUGH_IP', 'no IP', broke('china'), 'china', { kind: 'exercise', region: 'xinjiang', size: 1 }],
  ['found', 'INVALID_INVITEES', 'no invitees', rich('china'), 'china', { kind: 'found', invitees: [] }],
  ['found', 'INVALID_INVITEES', 'inviting oneself', rich('china'), 'china', { kind: 'found', invitees: ['china'] }],
  [
    'found',
    'INVALID_INVITEES',
    'the same power twice',
    rich('china'),
    'china',
    { kind: 'found', invitees: ['pakistan', 'pakistan'] },
  ],
  [
    'found',
    'INVALID_INVITEES',
    'a power that hosts nothing',
    rich('china'),
    'china',
    { kind: 'found', invitees: ['russia'] },
  ],
  [
    'found',
    'INVALID_INVITEES',
    'a host whose door is closed to the founder',
    rich('china', (d) => void (d.doors.pakistan.china = null)),
    'china',
    { kind: 'found', invitees: ['pakistan'] },
  ],
  [
    'found',
    'COALITION_EXISTS',
    'the same members as a standing bloc',
    rich('russia'),
    'russia',
    { kind: 'found', invitees: ['tajikistan', 'afghanistan'] },
  ],
  ['found', 'NOT_ENOUGH_IP', 'no IP', broke('china'), 'china', { kind: 'found', invitees: ['pakistan'] }],
  [
    'join',
    'UNKNOWN_COALITION',
    'a bloc that does not exist',
    turn('china'),
    'china',
    { kind: 'join', coalition: 'nato' },
  ],
  ['join', 'ALREADY_MEMBER', 'a bloc one is in', turn('russia'), 'russia', { kind: 'join', coalition: 'pact' }],
  ['join', 'RIVAL_BLOC', "a bloc led by one's rival", turn('china'), 'china', { kind: 'join', coalition: 'pact' }],
  ['join', 'NOT_ENOUGH_IP', 'no IP', broke('pakistan'), 'pakistan', { kind: 'join', coalition: 'pact' }],
  [
    'leave',
    'UNKNOWN_COALITION',
    'a bloc that does not exist',
    turn('russia'),
    'russia',
    { kind: 'leave', coalition: 'nato' },
  ],
  ['leave', 'NOT_A_MEMBER', 'a bloc one is not in', turn('china'), 'china', { kind: 'leave', coalition: 'pact' }],
  [
    'leave',
    'NOT_ENOUGH_IP',
    'no IP for the leaving cost',
    broke('russia'),
    'russia',
    { kind: 'leave', coalition: 'pact' },
  ],
  [
    'special',
    'NOT_ALLOWED_HERE',
    'Russia drilling outside a partner',
    turn('russia'),
    'russia',
    { kind: 'special', region: 'islamabad' },
  ],
  ['special', 'NOT_ALLOWED_HERE', 'Russia with no region', turn('russia'), 'russia', { kind: 'special' }],
  [
    'special',
    'TENSION_TOO_HIGH',
    'Russia drilling in the danger zone',
    danger('russia'),
    'russia',
    { kind: 'special', region: 'gbao' },
  ],
  ['special', 'NOT_ENOUGH_IP', 'Russia with no IP', broke('russia'), 'russia', { kind: 'special', region: 'gbao' }],
  [
    'special',
    'NOT_ALLOWED_HERE',
    'China where it has no influence',
    rich('china'),
    'china',
    { kind: 'special', region: 'gbao' },
  ],
  [
    'special',
    'DOOR_CLOSED',
    'China through a closed door',
    rich('china', (d) => {
      d.regions.gbao!.influence.china = 1;
      d.doors.tajikistan.china = null;
    }),
    'china',
    { kind: 'special', region: 'gbao' },
  ],
  [
    'special',
    'NOT_ALLOWED_HERE',
    'Tajikistan naming a region',
    turn('tajikistan'),
    'tajikistan',
    { kind: 'special', region: 'gbao' },
  ],
  [
    'special',
    'NOT_ALLOWED_HERE',
    'Pakistan outside Pakistan',
    turn('pakistan'),
    'pakistan',
    { kind: 'special', region: 'kabul' },
  ],
  [
    'special',
    'NOT_ALLOWED_HERE',
    'Afghanistan outside Afghanistan',
    turn('afghanistan'),
    'afghanistan',
    { kind: 'special', region: 'gbao' },
  ],
  [
    'special',
    'UNKNOWN_REGION',
    'a region nobody knows',
    turn('afghanistan'),
    'afghanistan',
    { kind: 'special', region: 'atlantis' },
  ],
  [
    'special',
    'NOT_ENOUGH_IP',
    'Afghanistan with no IP',
    broke('afghanistan'),
    'afghanistan',
    { kind: 'special', region: 'kabul' },
  ],
  ['pass', 'NOT_YOUR_TURN', 'a pass while another chooses', choiceGame, 'russia', { kind: 'pass' }],
];

describe('illegal moves', () => {
  it.each(CASES)('%s %s: %s', (_op, reason, _name, state, power, move) => {
    const s = state();
    const snapshot = structuredClone(s);
    expect(checkMove(s, power, move)).toBe(reason);
    const out = applyMove(s, power as Power, move as Move);
    expect(out).toEqual({ ok: false, reason, state: s });
    expect(out.state).toBe(s);
    expect(s).toEqual(snapshot);
    const copy = cloneState(s);
    expect(applyInPlace(copy, power as Power, move as Move)).toBe(reason);
    expect(copy).toEqual(snapshot);
  });

  it('covers every reason code the engine declares', () => {
    const covered = new Set(CASES.map((c) => c[1]));
    expect(REASONS.filter((r) => !covered.has(r))).toEqual([]);
  });

  it('covers every operation', () => {
    const ops = new Set(CASES.map((c) => c[0]));
    for (const op of MOVE_KINDS) expect(ops).toContain(op);
  });
});

/** Every move of every shape for a power, legal or not: the property suite's generator, with this game's blocs. */
const everyShape = (s: GameState): Move[] =>
  shapes(
    s.scenario,
    s.coalitions.map((c) => c.id),
  );

const key = (m: Move) => JSON.stringify(m);

function expectEnumerationMatches(s: GameState): void {
  for (const power of POWERS) {
    const listed = legalMoves(s, power);
    if (power !== toMove(s)) {
      expect(listed).toEqual([]);
      continue;
    }
    const brute = everyShape(s).filter((m) => checkMove(s, power, m) === null);
    expect(new Set(listed.map(key))).toEqual(new Set(brute.map(key)));
    expect(listed.length).toBe(new Set(listed.map(key)).size);
  }
}

/** A small deterministic generator for picking moves (tests only; the engine has its own). */
function picker(seed: number) {
  let x = seed >>> 0 || 1;
  return (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

describe('legalMoves', () => {
  it('lists exactly the moves checkMove accepts, only for the power to move, in random games of every scenario', () => {
    const scenarios = [tinyScenario(), ...Object.values(SCENARIOS)];
    for (const scenario of scenarios) {
      for (let seed = 1; seed <= 2; seed++) {
        const s = cloneState(initialState(scenario, seed));
        const pick = picker(seed);
        expectEnumerationMatches(s);
        for (let n = 0; s.step !== 'ended' && n < 300; n++) {
          const power = toMove(s)!;
          const moves = legalMoves(s, power);
          expect(applyInPlace(s, power, moves[pick(moves.length)]!)).toBeNull();
          expectEnumerationMatches(s);
        }
      }
    }
  });

  it('offers only start before the game starts, to the first power', () => {
    const s = initialState(tinyScenario(), 1);
    expect(legalMoves(s, 'russia')).toEqual([{ kind: 'start' }]);
    expect(legalMoves(s, 'china')).toEqual([]);
  });

  it('with no IP a power may still pass or change its doors, and Tajikistan may still use its free ability', () => {
    const s = broke('tajikistan')();
    const ops = legalOperations(s, 'tajikistan');
    const cost = s.scenario.rules.special.tajikistan.cost;
    const expected: Move[] = cost === 0 ? [{ kind: 'special' }, { kind: 'pass' }] : [{ kind: 'pass' }];
    expect(new Set(ops.map(key))).toEqual(new Set(expected.map(key)));
    expect(legalMoves(s, 'tajikistan').some((m) => m.kind === 'door')).toBe(true);
  });

  it('offers nothing once the game is over', () => {
    const s = finishGame(newGame(tinyScenario(), 3));
    for (const p of POWERS) expect(legalMoves(s, p)).toEqual([]);
  });
});
