/**
 * Legality: every illegal case with its reason code (and a check that the table covers every code in
 * REASONS, so a code the engine can no longer produce shows up here), and `legalMoves` against a
 * brute-force enumeration through `checkMove` over many positions.
 */
import { describe, expect, it } from 'vitest';
import { edit, finishGame, play, started, tinyScenario, turnOf } from '../tests/fixtures/builders.ts';
import { randomBot } from './ai/random.ts';
import {
  POWERS,
  REASONS,
  REGIONS,
  applyInPlace,
  applyMove,
  checkMove,
  cloneState,
  SCENARIOS,
  initialState,
  legalMoves,
  newGame,
  toMove,
} from './index.ts';
import type { GameState, Move, Power, Reason } from './index.ts';

const game = () => started();
const russiaTurn = () => turnOf(game(), 'russia');
const broke = (power: Power) => edit(turnOf(game(), power), (d) => void (d.ip[power] = 0));
const withRequest = () => play(russiaTurn(), 'russia', { kind: 'base', region: 'gbao' });
const refusedBase = () => play(withRequest(), 'tajikistan', { kind: 'answer', accept: false });
const refusedExercise = () =>
  play(
    play(turnOf(game(), 'china'), 'china', { kind: 'exercise', region: 'gbao', partner: 'tajikistan' }),
    'tajikistan',
    { kind: 'answer', accept: false },
  );
const refusedJoin = () =>
  play(play(turnOf(game(), 'china'), 'china', { kind: 'join', coalition: 'pact' }), 'russia', {
    kind: 'answer',
    accept: false,
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
const maxBase = () =>
  edit(turnOf(game(), 'china'), (d) => void d.regions.xinjiang!.bases.push({ owner: 'china', level: 2 }));

interface Case {
  reason: Reason;
  name: string;
  state: () => GameState;
  power: unknown;
  move: unknown;
}

const CASES: Case[] = [
  {
    reason: 'GAME_OVER',
    name: 'any move after the end',
    state: () => finishGame(game()),
    power: 'russia',
    move: { kind: 'pass' },
  },
  {
    reason: 'NOT_STARTED',
    name: 'an action before start',
    state: () => initialState(tinyScenario(), 1),
    power: 'russia',
    move: { kind: 'pass' },
  },
  { reason: 'ALREADY_STARTED', name: 'start twice', state: game, power: 'russia', move: { kind: 'start' } },
  {
    reason: 'NOT_YOUR_TURN',
    name: 'start by a power other than the first',
    state: () => initialState(tinyScenario(), 1),
    power: 'china',
    move: { kind: 'start' },
  },
  { reason: 'NOT_YOUR_TURN', name: 'an action out of turn', state: game, power: 'china', move: { kind: 'pass' } },
  {
    reason: 'NOT_YOUR_TURN',
    name: 'a bystander answering',
    state: withRequest,
    power: 'china',
    move: { kind: 'answer', accept: true },
  },
  {
    reason: 'AWAITING_RESPONSE',
    name: 'the asker acting before the answer',
    state: withRequest,
    power: 'russia',
    move: { kind: 'pass' },
  },
  {
    reason: 'AWAITING_RESPONSE',
    name: 'the answerer taking an action instead',
    state: withRequest,
    power: 'tajikistan',
    move: { kind: 'aid', region: 'gbao' },
  },
  {
    reason: 'NOTHING_TO_ANSWER',
    name: 'an answer with no question',
    state: game,
    power: 'russia',
    move: { kind: 'answer', accept: true },
  },
  {
    reason: 'NOTHING_TO_ANSWER',
    name: 'a choice with no event choice',
    state: game,
    power: 'russia',
    move: { kind: 'choose', option: 'left' },
  },
  { reason: 'UNKNOWN_MOVE', name: 'null', state: game, power: 'russia', move: null },
  { reason: 'UNKNOWN_MOVE', name: 'a number', state: game, power: 'russia', move: 42 },
  { reason: 'UNKNOWN_MOVE', name: 'an empty object', state: game, power: 'russia', move: {} },
  { reason: 'UNKNOWN_MOVE', name: 'an unknown kind', state: game, power: 'russia', move: { kind: 'invade' } },
  { reason: 'UNKNOWN_MOVE', name: 'a prototype key as kind', state: game, power: 'russia', move: { kind: 'toString' } },
  {
    reason: 'UNKNOWN_MOVE',
    name: 'an answer that is not a boolean',
    state: withRequest,
    power: 'tajikistan',
    move: { kind: 'answer', accept: 'yes' },
  },
  { reason: 'UNKNOWN_POWER', name: 'an unknown power', state: game, power: 'france', move: { kind: 'pass' } },
  { reason: 'UNKNOWN_POWER', name: 'no power at all', state: game, power: null, move: { kind: 'pass' } },
  {
    reason: 'UNKNOWN_POWER',
    name: 'an unknown exercise partner',
    state: () => turnOf(game(), 'tajikistan'),
    power: 'tajikistan',
    move: { kind: 'exercise', region: 'gbao', partner: 'france' },
  },
  {
    reason: 'UNKNOWN_REGION',
    name: 'a number as region',
    state: russiaTurn,
    power: 'russia',
    move: { kind: 'aid', region: 42 },
  },
  {
    reason: 'UNKNOWN_REGION',
    name: 'a made-up region',
    state: russiaTurn,
    power: 'russia',
    move: { kind: 'base', region: 'atlantis' },
  },
  {
    reason: 'UNKNOWN_REGION',
    name: 'a prototype key as region',
    state: russiaTurn,
    power: 'russia',
    move: { kind: 'aid', region: '__proto__' },
  },
  {
    reason: 'UNKNOWN_REGION',
    name: 'an exercise with no region',
    state: russiaTurn,
    power: 'russia',
    move: { kind: 'exercise', partner: 'tajikistan' },
  },
  {
    reason: 'REGION_NOT_IN_PLAY',
    name: 'a real region this scenario leaves out',
    state: russiaTurn,
    power: 'russia',
    move: { kind: 'aid', region: 'sughd' },
  },
  {
    reason: 'NOT_ENOUGH_IP',
    name: 'aid',
    state: () => broke('russia'),
    power: 'russia',
    move: { kind: 'aid', region: 'kabul' },
  },
  {
    reason: 'NOT_ENOUGH_IP',
    name: 'base',
    state: () => broke('russia'),
    power: 'russia',
    move: { kind: 'base', region: 'kabul' },
  },
  {
    reason: 'NOT_ENOUGH_IP',
    name: 'exercise',
    state: () => broke('china'),
    power: 'china',
    move: { kind: 'exercise', region: 'gbao', partner: 'tajikistan' },
  },
  {
    reason: 'NOT_ENOUGH_IP',
    name: 'propose',
    state: () => broke('china'),
    power: 'china',
    move: { kind: 'propose', invitees: ['pakistan'] },
  },
  {
    reason: 'NOT_ENOUGH_IP',
    name: 'join',
    state: () => broke('china'),
    power: 'china',
    move: { kind: 'join', coalition: 'pact' },
  },
  {
    reason: 'NO_HOST_CONSENT',
    name: 'a refused base asked again',
    state: refusedBase,
    power: 'russia',
    move: { kind: 'base', region: 'gbao' },
  },
  {
    reason: 'REFUSED_THIS_ROUND',
    name: 'a refused exercise asked again',
    state: refusedExercise,
    power: 'china',
    move: { kind: 'exercise', region: 'gbao', partner: 'tajikistan' },
  },
  {
    reason: 'REFUSED_THIS_ROUND',
    name: 'a refused join asked again',
    state: refusedJoin,
    power: 'china',
    move: { kind: 'join', coalition: 'pact' },
  },
  {
    reason: 'HOST_MUST_BE_PARTY',
    name: 'an exercise where neither party is the host',
    state: () => turnOf(game(), 'china'),
    power: 'china',
    move: { kind: 'exercise', region: 'kabul', partner: 'pakistan' },
  },
  {
    reason: 'NOT_A_PARTNER',
    name: 'an exercise with oneself',
    state: () => turnOf(game(), 'tajikistan'),
    power: 'tajikistan',
    move: { kind: 'exercise', region: 'gbao', partner: 'tajikistan' },
  },
  {
    reason: 'BASE_AT_MAX_LEVEL',
    name: 'a base at its maximum',
    state: maxBase,
    power: 'china',
    move: { kind: 'base', region: 'xinjiang' },
  },
  {
    reason: 'UNKNOWN_COALITION',
    name: 'join an unknown coalition',
    state: russiaTurn,
    power: 'russia',
    move: { kind: 'join', coalition: 'nato' },
  },
  {
    reason: 'UNKNOWN_COALITION',
    name: 'leave an unknown coalition',
    state: russiaTurn,
    power: 'russia',
    move: { kind: 'leave', coalition: 42 },
  },
  {
    reason: 'ALREADY_MEMBER',
    name: 'join one’s own coalition',
    state: russiaTurn,
    power: 'russia',
    move: { kind: 'join', coalition: 'pact' },
  },
  {
    reason: 'NOT_A_MEMBER',
    name: 'leave a coalition one is not in',
    state: () => turnOf(game(), 'china'),
    power: 'china',
    move: { kind: 'leave', coalition: 'pact' },
  },
  {
    reason: 'INVALID_INVITEES',
    name: 'no invitees',
    state: russiaTurn,
    power: 'russia',
    move: { kind: 'propose', invitees: [] },
  },
  {
    reason: 'INVALID_INVITEES',
    name: 'invitees not a list',
    state: russiaTurn,
    power: 'russia',
    move: { kind: 'propose', invitees: 'china' },
  },
  {
    reason: 'INVALID_INVITEES',
    name: 'inviting oneself',
    state: russiaTurn,
    power: 'russia',
    move: { kind: 'propose', invitees: ['russia', 'china'] },
  },
  {
    reason: 'INVALID_INVITEES',
    name: 'the same invitee twice',
    state: russiaTurn,
    power: 'russia',
    move: { kind: 'propose', invitees: ['china', 'china'] },
  },
  {
    reason: 'INVALID_INVITEES',
    name: 'an unknown invitee',
    state: russiaTurn,
    power: 'russia',
    move: { kind: 'propose', invitees: ['france'] },
  },
  {
    reason: 'INVALID_INVITEES',
    name: 'too many invitees',
    state: russiaTurn,
    power: 'russia',
    move: { kind: 'propose', invitees: ['china', 'tajikistan', 'pakistan', 'afghanistan', 'china'] },
  },
  {
    reason: 'COALITION_EXISTS',
    name: 'proposing an existing membership',
    state: russiaTurn,
    power: 'russia',
    move: { kind: 'propose', invitees: ['tajikistan', 'afghanistan'] },
  },
  {
    reason: 'UNKNOWN_OPTION',
    name: 'a choice that is not an option',
    state: choiceGame,
    power: 'tajikistan',
    move: { kind: 'choose', option: 'middle' },
  },
  {
    reason: 'UNKNOWN_OPTION',
    name: 'a choice with no option',
    state: choiceGame,
    power: 'tajikistan',
    move: { kind: 'choose' },
  },
  {
    reason: 'EVENT_CHOICE_PENDING',
    name: 'an action before the event choice',
    state: choiceGame,
    power: 'tajikistan',
    move: { kind: 'pass' },
  },
];

describe('illegal moves', () => {
  it.each(CASES)('$reason: $name', ({ reason, state, power, move }) => {
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
    const covered = new Set(CASES.map((c) => c.reason));
    expect(REASONS.filter((r) => !covered.has(r))).toEqual([]);
  });
});

/** Every move of every shape for a power, legal or not: a superset of what `legalMoves` may return. */
function everyShape(s: GameState, power: Power): Move[] {
  const out: Move[] = [
    { kind: 'start' },
    { kind: 'pass' },
    { kind: 'answer', accept: true },
    { kind: 'answer', accept: false },
  ];
  for (const e of s.scenario.events)
    for (const o of e.choice?.options ?? []) out.push({ kind: 'choose', option: o.id });
  for (const region of REGIONS) {
    out.push({ kind: 'aid', region }, { kind: 'base', region });
    for (const partner of POWERS) out.push({ kind: 'exercise', region, partner });
  }
  const others = POWERS.filter((p) => p !== power);
  for (let mask = 1; mask < 1 << others.length; mask++)
    out.push({ kind: 'propose', invitees: others.filter((_, i) => mask & (1 << i)) });
  const ids = new Set([...s.coalitions.map((c) => c.id), 'c1', 'c2', 'c3', 'pact', 'csto', 'quadrilateral']);
  for (const coalition of ids) out.push({ kind: 'join', coalition }, { kind: 'leave', coalition });
  return out;
}

const key = (m: Move) => JSON.stringify(m);

function expectEnumerationMatches(s: GameState): void {
  for (const power of POWERS) {
    const listed = legalMoves(s, power);
    const brute = everyShape(s, power).filter((m) => checkMove(s, power, m) === null);
    expect(new Set(listed.map(key))).toEqual(new Set(brute.map(key)));
    expect(listed.length).toBe(new Set(listed.map(key)).size);
    if (power !== toMove(s)) expect(listed).toEqual([]);
  }
}

describe('legalMoves', () => {
  it('lists exactly the moves checkMove accepts, only for the power to move, in random games of every scenario', () => {
    const scenarios = [
      tinyScenario(),
      tinyScenario((i) => (i.rules.threat.spreadChance = 0.5)),
      ...Object.values(SCENARIOS),
    ];
    for (const scenario of scenarios) {
      for (let seed = 1; seed <= 4; seed++) {
        const s = cloneState(initialState(scenario, seed));
        const rng = { rng: seed };
        expectEnumerationMatches(s);
        for (let n = 0; s.step !== 'ended' && n < 400; n++) {
          const power = toMove(s)!;
          const { move } = randomBot.decide(s, power, rng);
          expect(applyInPlace(s, power, move)).toBeNull();
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

  it('offers yes and no to the power answering a request', () => {
    const s = play(russiaTurn(), 'russia', { kind: 'base', region: 'gbao' });
    expect(legalMoves(s, 'tajikistan')).toEqual([
      { kind: 'answer', accept: true },
      { kind: 'answer', accept: false },
    ]);
    expect(legalMoves(s, 'russia')).toEqual([]);
  });

  it('with no IP a power may still pass or leave its coalition, nothing else', () => {
    const moves = legalMoves(broke('russia'), 'russia');
    const expected: Move[] = [{ kind: 'pass' }, { kind: 'leave', coalition: 'pact' }];
    expect(new Set(moves.map(key))).toEqual(new Set(expected.map(key)));
  });

  it('offers nothing once the game is over', () => {
    const s = finishGame(newGame(tinyScenario(), 3));
    for (const p of POWERS) expect(legalMoves(s, p)).toEqual([]);
  });
});
