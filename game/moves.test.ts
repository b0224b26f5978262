/**
 * The operations, one block per rule: what each legal move costs and changes, tension and blame
 * included. Positions come from the tiny fixture scenario (tests/fixtures/tiny.json); every number is
 * read from its rules so the tests say what the rule is, not what a tuning happens to be.
 * Coalition "pact": russia (leader), tajikistan, afghanistan. Rivals: russia and china.
 */
import { describe, expect, it } from 'vitest';
import { edit, play, started, turnOf } from '../tests/fixtures/builders.ts';
import {
  actingPower,
  actionKindOf,
  applyInPlace,
  applyMove,
  checkMove,
  cloneState,
  legalMoves,
  legalOperations,
  toMove,
} from './index.ts';
import type { GameState, Move, Power } from './index.ts';
import { aidCost } from './ops/aid.ts';
import { baseCost } from './ops/base.ts';
import { exerciseCost } from './ops/exercise.ts';
import { specialCost } from './ops/special.ts';

const game = () => started();
const rules = (s: GameState) => s.scenario.rules;
const rich = (s: GameState, power: Power) => edit(s, (d) => void (d.ip[power] = 50));
/** The position with `power` first in the order, so its operation does not end the round. */
const first = (s: GameState, power: Power) =>
  turnOf(
    edit(s, (d) => void (d.order = [power, ...d.order.filter((p) => p !== power)])),
    power,
  );

describe('door', () => {
  it('a host changes a door for free and keeps its turn', () => {
    const s = turnOf(game(), 'tajikistan');
    const after = play(s, 'tajikistan', { kind: 'door', guest: 'china', price: null });
    expect(after.doors.tajikistan.china).toBeNull();
    expect(after.ip).toEqual(s.ip);
    expect(toMove(after)).toBe('tajikistan');
    expect(after.turn).toBe(s.turn);
    expect(after.doorChanges).toBe(1);
    expect(after.log.at(-1)).toEqual({ t: 'door', round: 1, power: 'tajikistan', guest: 'china', price: null });
  });

  it('up to changesPerTurn changes a turn, counted afresh on the next turn', () => {
    let s = turnOf(game(), 'tajikistan');
    const limit = rules(s).doors.changesPerTurn;
    const guests: Power[] = ['russia', 'china', 'pakistan', 'afghanistan'];
    for (let i = 0; i < limit; i++) s = play(s, 'tajikistan', { kind: 'door', guest: guests[i]!, price: null });
    expect(checkMove(s, 'tajikistan', { kind: 'door', guest: guests[limit]!, price: null })).toBe('DOOR_LIMIT');
    expect(legalMoves(s, 'tajikistan').some((m) => m.kind === 'door')).toBe(false);
    s = play(s, 'tajikistan', { kind: 'pass' });
    expect(s.doorChanges).toBe(0);
  });

  it('a door is never an operation', () => {
    expect(actionKindOf({ kind: 'door', guest: 'china', price: 0 })).toBeNull();
    const s = turnOf(game(), 'tajikistan');
    expect(legalOperations(s, 'tajikistan').some((m) => m.kind === 'door')).toBe(false);
    expect(legalMoves(s, 'tajikistan').some((m) => m.kind === 'door')).toBe(true);
  });
});

describe('aid', () => {
  it('foreign aid: size × cost plus the door price, paid to the host as a fee; the host is owed a dividend per size', () => {
    const s = turnOf(game(), 'china');
    const r = rules(s).aid;
    const price = s.doors.tajikistan.china!;
    expect(price).toBeGreaterThan(0);
    const size = 2;
    expect(aidCost(s, 'china', 'dushanbe', size)).toBe(size * r.cost + price);
    const after = play(s, 'china', { kind: 'aid', region: 'dushanbe', size });
    expect(after.ip.china).toBe(s.ip.china - size * r.cost - price);
    expect(after.ip.tajikistan).toBe(s.ip.tajikistan + price);
    expect(after.fees.tajikistan).toBe(price);
    expect(after.regions.dushanbe!.influence.china).toBe(size * r.influence);
    expect(after.regions.dushanbe!.threat).toBe(s.regions.dushanbe!.threat);
    expect(after.aid.tajikistan).toEqual(['china', 'china']);
    expect(after.log.at(-1)).toEqual({
      t: 'aid',
      round: 1,
      power: 'china',
      region: 'dushanbe',
      size,
      cost: size * r.cost,
      fee: price,
      influence: size * r.influence,
    });
    expect(actingPower(after)).toBe('tajikistan');
  });

  it('domestic aid: no fee, threat falls by size × domesticThreatReduction, no dividend', () => {
    const s = edit(turnOf(game(), 'tajikistan'), (d) => void (d.regions.gbao!.threat = 4));
    const r = rules(s).aid;
    const after = play(s, 'tajikistan', { kind: 'aid', region: 'gbao', size: 2 });
    expect(after.ip.tajikistan).toBe(s.ip.tajikistan - 2 * r.cost);
    expect(after.regions.gbao!.threat).toBe(4 - 2 * r.domesticThreatReduction);
    expect(after.aid.tajikistan).toEqual([]);
  });

  it('influence is capped at maxInfluence', () => {
    const max = rules(game()).maxInfluence;
    const s = edit(turnOf(game(), 'china'), (d) => void (d.regions.kabul!.influence.china = max - 1));
    expect(play(s, 'china', { kind: 'aid', region: 'kabul', size: 2 }).regions.kabul!.influence.china).toBe(max);
  });

  it('a closed door shuts the aid out; exactly the IP needed is enough', () => {
    const s = edit(turnOf(game(), 'china'), (d) => void (d.doors.tajikistan.china = null));
    expect(checkMove(s, 'china', { kind: 'aid', region: 'gbao', size: 1 })).toBe('DOOR_CLOSED');
    const open = turnOf(game(), 'china');
    const cost = aidCost(open, 'china', 'gbao', 1)!;
    expect(
      checkMove(
        edit(open, (d) => void (d.ip.china = cost)),
        'china',
        { kind: 'aid', region: 'gbao', size: 1 },
      ),
    ).toBeNull();
    expect(
      checkMove(
        edit(open, (d) => void (d.ip.china = cost - 1)),
        'china',
        { kind: 'aid', region: 'gbao', size: 1 },
      ),
    ).toBe('NOT_ENOUGH_IP');
  });
});

describe('base', () => {
  it('a foreign base through an open door: build cost plus price, level 1, influence, no tension without a rival', () => {
    const s = rich(turnOf(game(), 'russia'), 'russia');
    const r = rules(s).base;
    const price = s.doors.afghanistan.russia!;
    expect(baseCost(s, 'russia', 'kabul')).toBe(r.buildCost + price);
    const after = play(s, 'russia', { kind: 'base', region: 'kabul' });
    expect(after.regions.kabul!.bases).toEqual([{ owner: 'russia', level: 1 }]);
    expect(after.ip.russia).toBe(s.ip.russia - r.buildCost - price);
    expect(after.ip.afghanistan).toBe(s.ip.afghanistan + price);
    expect(after.regions.kabul!.influence.russia).toBe(r.influence);
    expect(after.tension).toBe(s.tension);
    expect(after.log.at(-1)).toMatchObject({ t: 'base', level: 1, cost: r.buildCost, fee: price, tension: 0 });
  });

  it('near a rival it raises tension, blamed on the builder', () => {
    const s = edit(rich(turnOf(game(), 'russia'), 'russia'), (d) => void (d.regions.kabul!.influence.china = 1));
    const after = play(s, 'russia', { kind: 'base', region: 'kabul' });
    expect(after.tension).toBe(s.tension + rules(s).base.tension);
    expect(after.blame.russia).toBe(rules(s).base.tension);
    expect(after.blame.china).toBe(0);
  });

  it('expanding costs the expand price and raises the level, up to maxLevel', () => {
    const max = rules(game()).base.maxLevel;
    const s = edit(
      rich(turnOf(game(), 'china'), 'china'),
      (d) => void d.regions.xinjiang!.bases.push({ owner: 'china', level: 1 }),
    );
    expect(baseCost(s, 'china', 'xinjiang')).toBe(rules(s).base.expandCost);
    const after = play(s, 'china', { kind: 'base', region: 'xinjiang' });
    expect(after.regions.xinjiang!.bases).toEqual([{ owner: 'china', level: 2 }]);
    expect(after.ip.china).toBe(s.ip.china - rules(s).base.expandCost);
    const full = edit(s, (d) => void (d.regions.xinjiang!.bases[0]!.level = max));
    expect(checkMove(full, 'china', { kind: 'base', region: 'xinjiang' })).toBe('BASE_AT_MAX_LEVEL');
  });

  it('none in the danger zone', () => {
    const s = edit(rich(turnOf(game(), 'china'), 'china'), (d) => void (d.tension = d.scenario.rules.tension.danger));
    expect(checkMove(s, 'china', { kind: 'base', region: 'xinjiang' })).toBe('TENSION_TOO_HIGH');
    expect(legalMoves(s, 'china').some((m) => m.kind === 'base')).toBe(false);
  });

  it('a closed door refuses it', () => {
    const s = rich(turnOf(game(), 'russia'), 'russia');
    expect(s.doors.china.russia).toBeNull();
    expect(checkMove(s, 'russia', { kind: 'base', region: 'xinjiang' })).toBe('DOOR_CLOSED');
  });
});

describe('exercise', () => {
  it('abroad: size × cost plus price; threat falls; actor and host gain', () => {
    const s = edit(rich(turnOf(game(), 'china'), 'china'), (d) => void (d.regions.gbao!.threat = 4));
    const r = rules(s).exercise;
    const price = s.doors.tajikistan.china!;
    expect(exerciseCost(s, 'china', 'gbao', 2)).toBe(2 * r.cost + price);
    const after = play(s, 'china', { kind: 'exercise', region: 'gbao', size: 2 });
    expect(after.ip.china).toBe(s.ip.china - 2 * r.cost - price);
    expect(after.regions.gbao!.threat).toBe(4 - 2 * r.threatReduction);
    expect(after.regions.gbao!.influence.china).toBe(2 * r.actorInfluence);
    expect(after.regions.gbao!.influence.tajikistan).toBe(r.partnerInfluence);
    expect(after.log.at(-1)).toMatchObject({
      t: 'exercise',
      partner: 'tajikistan',
      size: 2,
      fee: price,
      cost: 2 * r.cost,
    });
  });

  it('bloc partners pay the coalition price', () => {
    const s = rich(turnOf(game(), 'russia'), 'russia');
    const r = rules(s).exercise;
    expect(exerciseCost(s, 'russia', 'gbao', 2)).toBe(2 * r.coalitionCost + s.doors.tajikistan.russia!);
    expect(exerciseCost(s, 'china', 'gbao', 2)).toBe(2 * r.cost + s.doors.tajikistan.china!);
  });

  it('at home: a security sweep, no partner, no fee', () => {
    const s = edit(first(game(), 'afghanistan'), (d) => void (d.regions.kabul!.threat = 3));
    const r = rules(s).exercise;
    const after = play(s, 'afghanistan', { kind: 'exercise', region: 'kabul', size: 1 });
    expect(after.ip.afghanistan).toBe(s.ip.afghanistan - r.cost);
    expect(after.regions.kabul!.threat).toBe(3 - r.threatReduction);
    expect(after.log.at(-1)).toMatchObject({ partner: null, fee: 0, partnerInfluence: 0 });
  });

  it.each([
    ['russia', 'china'],
    ['china', 'russia'],
  ] as const)('%s near its rival %s raises tension, blamed on the actor', (actor, rival) => {
    const s = edit(rich(turnOf(game(), actor), actor), (d) => void (d.regions.gbao!.influence[rival] = 1));
    const after = play(s, actor, { kind: 'exercise', region: 'gbao', size: 1 });
    expect(after.tension).toBe(s.tension + rules(s).exercise.tension);
    expect(after.blame[actor]).toBe(rules(s).exercise.tension);
  });

  it('only size 1 in the danger zone; threat never below zero', () => {
    const s = edit(rich(turnOf(game(), 'china'), 'china'), (d) => {
      d.tension = d.scenario.rules.tension.danger;
      d.regions.xinjiang!.threat = 0;
    });
    expect(checkMove(s, 'china', { kind: 'exercise', region: 'xinjiang', size: 2 })).toBe('TENSION_TOO_HIGH');
    const after = play(s, 'china', { kind: 'exercise', region: 'xinjiang', size: 1 });
    expect(after.regions.xinjiang!.threat).toBe(0);
  });
});

describe('coalition', () => {
  it('found: the founder pays and leads a bloc of hosts whose doors are open to it', () => {
    const s = rich(turnOf(game(), 'china'), 'china');
    const after = play(s, 'china', { kind: 'found', invitees: ['pakistan', 'tajikistan'] });
    expect(after.ip.china).toBe(s.ip.china - rules(s).coalition.foundCost);
    expect(after.coalitions.at(-1)).toEqual({
      id: 'c1',
      leader: 'china',
      members: ['china', 'pakistan', 'tajikistan'],
      formed: 1,
    });
  });

  it('found: only hosts whose door is open to the founder may be invited; the same bloc twice is refused', () => {
    const s = rich(turnOf(game(), 'china'), 'china');
    expect(checkMove(s, 'china', { kind: 'found', invitees: ['russia'] })).toBe('INVALID_INVITEES');
    const closed = edit(s, (d) => void (d.doors.pakistan.china = null));
    expect(checkMove(closed, 'china', { kind: 'found', invitees: ['pakistan'] })).toBe('INVALID_INVITEES');
    const r = rich(turnOf(game(), 'russia'), 'russia');
    expect(checkMove(r, 'russia', { kind: 'found', invitees: ['afghanistan', 'tajikistan'] })).toBe('COALITION_EXISTS');
  });

  it('join: pay joinCost and become a member; a member cannot join again', () => {
    const s = turnOf(game(), 'pakistan');
    const after = play(s, 'pakistan', { kind: 'join', coalition: 'pact' });
    expect(after.ip.pakistan).toBe(s.ip.pakistan - rules(s).coalition.joinCost);
    expect(after.coalitions[0]!.members).toContain('pakistan');
    expect(checkMove(turnOf(game(), 'russia'), 'russia', { kind: 'join', coalition: 'pact' })).toBe('ALREADY_MEMBER');
  });

  it('join: a bloc led by a rival is closed to you (Moscow cannot sit in a bloc Beijing leads)', () => {
    const s = turnOf(game(), 'china');
    expect(checkMove(s, 'china', { kind: 'join', coalition: 'pact' })).toBe('RIVAL_BLOC');
    const led = edit(s, (d) => void (d.coalitions[0]!.leader = 'tajikistan'));
    expect(checkMove(led, 'china', { kind: 'join', coalition: 'pact' })).toBeNull();
  });

  it('leave: pay leaveCost, tension blamed on the leaver; the bloc goes on; leadership passes on', () => {
    const s = turnOf(game(), 'russia');
    const c = rules(s).coalition;
    const after = play(s, 'russia', { kind: 'leave', coalition: 'pact' });
    expect(after.ip.russia).toBe(s.ip.russia - c.leaveCost);
    expect(after.coalitions[0]).toMatchObject({ leader: 'tajikistan', members: ['tajikistan', 'afghanistan'] });
    expect(after.tension).toBe(s.tension + c.leaveTension);
    expect(after.blame.russia).toBe(c.leaveTension);
    expect(after.log.at(-1)).toMatchObject({ t: 'left', dissolved: false });
  });

  it('a bloc left with one member is broken', () => {
    const s = edit(turnOf(game(), 'tajikistan'), (d) => void (d.coalitions[0]!.members = ['russia', 'tajikistan']));
    const after = play(s, 'tajikistan', { kind: 'leave', coalition: 'pact' });
    expect(after.coalitions).toEqual([]);
    expect(after.log.at(-1)).toMatchObject({ t: 'left', dissolved: true });
    expect(checkMove(turnOf(after, 'pakistan'), 'pakistan', { kind: 'join', coalition: 'pact' })).toBe(
      'UNKNOWN_COALITION',
    );
  });
});

describe('special', () => {
  it("Russia's drill: in a bloc partner's region, no door, no price; threat falls, tension blamed on Russia", () => {
    const s = edit(turnOf(game(), 'russia'), (d) => {
      d.doors.tajikistan.russia = null;
      d.regions.gbao!.threat = 4;
    });
    const n = rules(s).special.russia;
    expect(specialCost(s, 'russia', 'gbao')).toBe(n.cost);
    const after = play(s, 'russia', { kind: 'special', region: 'gbao' });
    expect(after.ip.russia).toBe(s.ip.russia - n.cost);
    expect(after.regions.gbao!.threat).toBe(4 - n.threat);
    expect(after.regions.gbao!.influence.russia).toBe(n.influence);
    expect(after.tension).toBe(s.tension + n.tension);
    expect(after.blame.russia).toBe(n.tension);
    expect(checkMove(s, 'russia', { kind: 'special', region: 'islamabad' })).toBe('NOT_ALLOWED_HERE');
    expect(checkMove(s, 'russia', { kind: 'special' })).toBe('NOT_ALLOWED_HERE');
    const danger = edit(s, (d) => void (d.tension = d.scenario.rules.tension.danger));
    expect(checkMove(danger, 'russia', { kind: 'special', region: 'gbao' })).toBe('TENSION_TOO_HIGH');
  });

  it("China's investment: where China has influence; value +1 (capped), China gains, the host's economy +1", () => {
    const s = edit(rich(turnOf(game(), 'china'), 'china'), (d) => void (d.regions.dushanbe!.influence.china = 1));
    const n = rules(s).special.china;
    const price = s.doors.tajikistan.china!;
    expect(specialCost(s, 'china', 'dushanbe')).toBe(n.cost + price);
    const after = play(s, 'china', { kind: 'special', region: 'dushanbe' });
    expect(after.regions.dushanbe!.value).toBe(Math.min(rules(s).maxValue, s.regions.dushanbe!.value + n.value));
    expect(after.regions.dushanbe!.influence.china).toBe(1 + n.influence);
    expect(after.economy.tajikistan).toBe(s.economy.tajikistan + n.value);
    expect(after.ip.china).toBe(s.ip.china - n.cost - price);
    expect(after.fees.tajikistan).toBe(price);
    expect(checkMove(s, 'china', { kind: 'special', region: 'kabul' })).toBe('NOT_ALLOWED_HERE');
    const shut = edit(s, (d) => void (d.doors.tajikistan.china = null));
    expect(checkMove(shut, 'china', { kind: 'special', region: 'dushanbe' })).toBe('DOOR_CLOSED');
  });

  it("Tajikistan's multi-vector: ip for each great power whose door is open, no region", () => {
    const s = turnOf(game(), 'tajikistan');
    const n = rules(s).special.tajikistan;
    const after = play(s, 'tajikistan', { kind: 'special' });
    expect(after.ip.tajikistan).toBe(s.ip.tajikistan - n.cost + 2 * n.ip);
    const one = edit(s, (d) => void (d.doors.tajikistan.china = null));
    expect(play(one, 'tajikistan', { kind: 'special' }).ip.tajikistan).toBe(s.ip.tajikistan - n.cost + n.ip);
    expect(checkMove(s, 'tajikistan', { kind: 'special', region: 'gbao' })).toBe('NOT_ALLOWED_HERE');
  });

  it("Pakistan's corridor: in a Pakistani region; Pakistan and China gain, threat falls", () => {
    const s = edit(turnOf(game(), 'pakistan'), (d) => void (d.regions.islamabad!.threat = 3));
    const n = rules(s).special.pakistan;
    const after = play(s, 'pakistan', { kind: 'special', region: 'islamabad' });
    expect(after.regions.islamabad!.influence.pakistan).toBe(n.influence);
    expect(after.regions.islamabad!.influence.china).toBe(n.partnerInfluence);
    expect(after.regions.islamabad!.threat).toBe(3 - n.threat);
    expect(after.ip.pakistan).toBe(s.ip.pakistan - n.cost);
    expect(checkMove(s, 'pakistan', { kind: 'special', region: 'kabul' })).toBe('NOT_ALLOWED_HERE');
  });

  it('takes the investment’s rise and the corridor’s share for China from the scenario, 1 when left out', () => {
    expect(rules(game()).special.china.value).toBe(1);
    expect(rules(game()).special.pakistan.partnerInfluence).toBe(1);
    const tuned = started((d) => {
      d.rules.special.china.value = 2;
      d.rules.special.pakistan.partnerInfluence = 0;
      d.rules.maxValue = 9;
    });
    const c = edit(rich(turnOf(tuned, 'china'), 'china'), (d) => void (d.regions.dushanbe!.influence.china = 1));
    const invested = play(c, 'china', { kind: 'special', region: 'dushanbe' });
    expect(invested.regions.dushanbe!.value).toBe(c.regions.dushanbe!.value + 2);
    expect(invested.economy.tajikistan).toBe(c.economy.tajikistan + 2);
    const corridor = play(turnOf(tuned, 'pakistan'), 'pakistan', { kind: 'special', region: 'islamabad' });
    expect(corridor.regions.islamabad!.influence.china).toBe(0);
  });

  it("Afghanistan's security push: in an Afghan region; threat falls, Afghanistan gains", () => {
    const s = edit(first(game(), 'afghanistan'), (d) => void (d.regions.kabul!.threat = 4));
    const n = rules(s).special.afghanistan;
    const after = play(s, 'afghanistan', { kind: 'special', region: 'kabul' });
    expect(after.regions.kabul!.threat).toBe(4 - n.threat);
    expect(after.regions.kabul!.influence.afghanistan).toBe(n.influence);
    expect(after.ip.afghanistan).toBe(s.ip.afghanistan - n.cost);
    expect(checkMove(s, 'afghanistan', { kind: 'special', region: 'gbao' })).toBe('NOT_ALLOWED_HERE');
  });
});

describe('one operation a turn', () => {
  const ops: [Power, Move][] = [
    ['russia', { kind: 'aid', region: 'kabul', size: 1 }],
    ['russia', { kind: 'base', region: 'gbao' }],
    ['russia', { kind: 'exercise', region: 'gbao', size: 1 }],
    ['russia', { kind: 'special', region: 'gbao' }],
    ['russia', { kind: 'leave', coalition: 'pact' }],
    ['pakistan', { kind: 'join', coalition: 'pact' }],
    ['china', { kind: 'found', invitees: ['pakistan'] }],
    ['tajikistan', { kind: 'special' }],
    ['afghanistan', { kind: 'pass' }],
  ];
  it.each(ops)('%s %j ends the turn', (power, move) => {
    const s = turnOf(game(), power);
    const after = play(s, power, move);
    expect(actionKindOf(move)).not.toBeNull();
    if (s.turn + 1 < s.order.length) {
      expect(after.turn).toBe(s.turn + 1);
      expect(after.round).toBe(s.round);
    } else expect(after.round).toBe(s.round + 1);
  });

  it('the last power passing ends the round and begins the next', () => {
    let s = game();
    for (const p of s.order) s = play(s, p, { kind: 'pass' });
    expect(s.round).toBe(2);
    expect(s.step).toBe('actions');
  });
});

describe('event choice', () => {
  const choiceGame = () =>
    started((i) => {
      i.events = [
        {
          id: 'fork',
          title: 'A fork',
          text: 'Choose.',
          source: { kind: 'counterfactual', citation: 'Tests' },
          round: 1,
          effects: [{ type: 'threat', regions: ['gbao'], amount: 1 }],
          choice: {
            power: 'pakistan',
            prompt: 'Which?',
            options: [
              { id: 'left', label: 'Left', effects: [{ type: 'ip', power: 'pakistan', amount: 2 }] },
              { id: 'right', label: 'Right', effects: [] },
            ],
          },
        },
      ];
    });

  it('play waits for the choosing power; the card applied on the draw', () => {
    const s = choiceGame();
    expect(s.step).toBe('event');
    expect(toMove(s)).toBe('pakistan');
    expect(s.regions.gbao!.threat).toBe(s.scenario.regions.find((r) => r.id === 'gbao')!.threat + 1);
    expect(checkMove(s, 'pakistan', { kind: 'pass' })).toBe('EVENT_CHOICE_PENDING');
    expect(checkMove(s, 'pakistan', { kind: 'choose', option: 'middle' })).toBe('UNKNOWN_OPTION');
  });

  it('choosing applies the option, records it, and starts the operations', () => {
    const s = choiceGame();
    const after = play(s, 'pakistan', { kind: 'choose', option: 'left' });
    expect(after.ip.pakistan).toBe(s.ip.pakistan + 2);
    expect(after.event).toEqual({ card: 'fork', chosen: 'left' });
    expect(after.step).toBe('actions');
    expect(toMove(after)).toBe(after.order[0]);
  });
});

describe('applyMove', () => {
  it('never changes its input, and agrees with the in-place path', () => {
    const s = turnOf(game(), 'china');
    const snapshot = structuredClone(s);
    const move: Move = { kind: 'aid', region: 'gbao', size: 1 };
    const out = applyMove(s, 'china', move);
    expect(out.ok).toBe(true);
    expect(s).toEqual(snapshot);
    const copy = cloneState(s);
    expect(applyInPlace(copy, 'china', move)).toBeNull();
    expect(copy).toEqual(out.state);
  });
});
