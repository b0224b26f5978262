/**
 * The automatic steps of a round, driven through play (the last power passing ends the round): income
 * with its carry-over cap, the event draw, strain, the threat step with joint bloc action, scoring in
 * the scenario's scoring rounds on gains over the start, crisis with blame, and the end of the game.
 * Positions come from the tiny fixture (tests/fixtures/tiny.json); numbers are read from its rules.
 */
import { describe, expect, it } from 'vitest';
import { edit, finishGame, play, started, tinyScenario, turnOf } from '../tests/fixtures/builders.ts';
import {
  POWERS,
  agendaValue,
  blameRanking,
  certainlyBlamed,
  initialState,
  mostToBlame,
  newGame,
  objectiveGain,
  roundObjectivesValue,
  toMove,
} from './index.ts';
import type { EventCard, GameState, Power, ScenarioInput } from './index.ts';

type Patch = (i: ScenarioInput) => void;
const game = (patch?: Patch, seed?: number) => started(patch, seed);
/** End the current round: the last power in the order passes. */
const endRound = (s: GameState) => {
  const last = s.order.at(-1)!;
  return play(turnOf(s, last), last, { kind: 'pass' });
};
const card = (id: string, extra: Partial<EventCard> = {}): EventCard => ({
  id,
  title: id,
  text: id,
  source: { kind: 'background', citation: 'Tests' },
  effects: [],
  ...extra,
});
const rules = (s: GameState) => s.scenario.rules;

describe('income', () => {
  it('round 1 keeps the starting IP whole: nothing was carried over yet', () => {
    const scenario = tinyScenario();
    const s = newGame(scenario, 1);
    for (const p of POWERS) {
      expect(scenario.powers[p].ip).toBeGreaterThan(scenario.rules.income.carryOver);
      expect(s.ip[p]).toBe(scenario.powers[p].ip + scenario.powers[p].economy);
    }
    expect(s.log.filter((e) => e.t === 'income').every((e) => e.t === 'income' && e.lost === 0)).toBe(true);
  });

  it('later rounds cut what is left over to the carry-over cap, then pay the economy', () => {
    const s = game();
    const cap = rules(s).income.carryOver;
    const next = endRound(s);
    for (const p of POWERS) expect(next.ip[p]).toBe(Math.min(s.ip[p], cap) + s.economy[p]);
    const small = edit(s, (d) => void (d.ip.china = cap - 1));
    expect(endRound(small).ip.china).toBe(cap - 1 + s.economy.china);
    const lost = endRound(s).log.find((e) => e.t === 'income' && e.power === 'china' && e.round === 2);
    expect(lost).toMatchObject({ lost: s.ip.china - cap, amount: s.economy.china });
  });

  it('adds the value of each region a power controls', () => {
    const s = edit(game(), (d) => void (d.regions.xinjiang!.influence.china = 8));
    const next = endRound(s);
    const cap = rules(s).income.carryOver;
    expect(next.ip.china).toBe(
      Math.min(s.ip.china, cap) + s.economy.china + s.regions.xinjiang!.value * rules(s).income.perControlledValue,
    );
  });

  it('pays the host rent for each level of a foreign base, not for its own, and a dividend per aid package', () => {
    const s = edit(game(), (d) => {
      d.regions.gbao!.bases.push({ owner: 'russia', level: 2 }, { owner: 'tajikistan', level: 1 });
      d.aid.tajikistan = ['china', 'china'];
    });
    const next = endRound(s);
    const cap = rules(s).income.carryOver;
    expect(next.ip.tajikistan).toBe(
      Math.min(s.ip.tajikistan, cap) +
        s.economy.tajikistan +
        2 * rules(s).income.baseRentPerLevel +
        2 * rules(s).aid.dividend,
    );
    expect(next.aid.tajikistan).toEqual([]);
  });
});

describe('event draw', () => {
  const deck: Patch = (i) => {
    i.events = [card('pinned', { round: 2, effects: [{ type: 'ip', power: 'china', amount: 7 }] }), card('a')];
  };
  it('draws the card pinned to the round, and applies its effects', () => {
    const s = game(deck);
    expect(s.event).toEqual({ card: 'a' });
    const next = endRound(s);
    expect(next.event).toEqual({ card: 'pinned' });
    expect(next.ip.china).toBe(Math.min(s.ip.china, rules(s).income.carryOver) + s.economy.china + 7);
  });
});

describe('strain', () => {
  it('a host keeping its door closed to a bloc partner raises tension at the round end, blamed on the host', () => {
    const s = edit(game(), (d) => void (d.doors.tajikistan.russia = null));
    const next = endRound(s);
    expect(next.tension).toBe(s.tension + rules(s).doors.closedTension);
    expect(next.blame.tajikistan).toBe(rules(s).doors.closedTension);
    expect(next.log).toContainEqual({ t: 'strain', round: 1, power: 'tajikistan', cause: 'door', tension: 1 });
    expect(endRound(edit(game(), (d) => void (d.doors.tajikistan.pakistan = null))).tension).toBe(s.tension);
  });

  const chinaBloc = (members: Power[]) => (d: GameState) =>
    void d.coalitions.push({ id: 'c1', leader: 'china', members, formed: 1 });

  it('a power in two blocs whose leaders are rivals raises tension, blamed on it', () => {
    const s = edit(game(), chinaBloc(['china', 'tajikistan']));
    const next = endRound(s);
    expect(next.tension).toBe(s.tension + rules(s).coalition.doubleTension);
    expect(next.blame.tajikistan).toBe(rules(s).coalition.doubleTension);
  });

  it('a leader sitting in its rival’s bloc is in two blocs too', () => {
    const s = edit(game(), chinaBloc(['china', 'russia']));
    const next = endRound(s);
    expect(next.blame.russia).toBe(rules(s).coalition.doubleTension);
    expect(next.log).toContainEqual({ t: 'strain', round: 1, power: 'russia', cause: 'double', tension: 1 });
    // China's door stays closed to Russia, now a bloc partner: that strain is China's.
    expect(next.blame.china).toBe(rules(s).doors.closedTension);
  });
});

describe('threat step', () => {
  it('bases push threat back', () => {
    const s = edit(game(), (d) => {
      d.regions.islamabad!.bases.push({ owner: 'pakistan', level: 1 });
      d.regions.islamabad!.threat = 2;
    });
    expect(endRound(s).regions.islamabad!.threat).toBe(2 - rules(s).base.threatSuppression);
  });

  it('joint bloc action: two members operating in one region push threat back and gain influence', () => {
    let s = edit(game(), (d) => {
      d.order = ['russia', 'tajikistan', 'china', 'pakistan', 'afghanistan'];
      d.regions.dushanbe!.threat = 3;
      d.regions.dushanbe!.stability = 6;
    });
    s = play(s, 'russia', { kind: 'aid', region: 'dushanbe', size: 1 });
    s = play(s, 'tajikistan', { kind: 'aid', region: 'dushanbe', size: 1 });
    const before = s.regions.dushanbe!;
    const r = rules(s);
    const next = endRound(s);
    const joint = next.log.find((e) => e.t === 'joint');
    expect(joint).toMatchObject({ region: 'dushanbe', coalition: 'pact', members: ['russia', 'tajikistan'] });
    expect(next.regions.dushanbe!.influence.russia).toBe(before.influence.russia + r.coalition.jointInfluence);
    expect(next.regions.dushanbe!.threat).toBe(
      before.threat - r.coalition.jointThreat, // no growth: threatGrowth is 0 in the fixture
    );
  });

  it('no joint action for a single member or for members of different blocs', () => {
    let s = edit(game(), (d) => void (d.order = ['russia', 'china', 'tajikistan', 'pakistan', 'afghanistan']));
    s = play(s, 'russia', { kind: 'aid', region: 'kabul', size: 1 });
    s = play(s, 'china', { kind: 'aid', region: 'kabul', size: 1 });
    expect(endRound(s).log.some((e) => e.t === 'joint')).toBe(false);
  });

  it('an incident strikes where threat exceeds stability: influence lost (base owners shielded)', () => {
    const s = edit(game(), (d) => {
      const r = d.regions.kabul!;
      r.threat = r.stability + 2; // the base pushes one back first
      r.influence.china = 2;
      r.influence.russia = 2;
      r.bases.push({ owner: 'russia', level: 1 });
    });
    const t = rules(s).threat;
    const next = endRound(s);
    expect(next.regions.kabul!.influence.china).toBe(2 - t.incidentInfluenceLoss);
    expect(next.regions.kabul!.influence.russia).toBe(2);
    expect(next.regions.kabul!.stability).toBe(s.regions.kabul!.stability - t.incidentStabilityLoss);
  });
});

describe('scoring', () => {
  it('nothing scores at setup: objectives and agendas are worth 0 at the start', () => {
    const setup = initialState(tinyScenario(), 1);
    const s = game((i) => {
      // Russia already has a base at the start: worth something, but not a gain.
      i.regions[0]!.bases = [{ owner: 'russia', level: 2 }];
    });
    for (const p of POWERS) {
      expect(agendaValue(setup, p)).toBe(0);
      expect(roundObjectivesValue(s, p)).toBe(0);
      expect(agendaValue(s, p)).toBe(0);
    }
    expect(s.baseline!.objectives.russia[0]).toBeGreaterThan(0);
  });

  it('a seat that never acts scores 0 over a whole game', () => {
    const end = finishGame(game());
    expect(end.step).toBe('ended');
    for (const p of POWERS) expect(end.vp[p]).toBe(0);
  });

  it('scores only in scoring rounds, and only the gain over the start', () => {
    const s0 = game((i) => void (i.regions[0]!.bases = [{ owner: 'russia', level: 1 }]));
    const scoring = s0.scenario.scoring;
    expect(scoring).not.toContain(1);
    const s = edit(s0, (d) => void (d.regions.gbao!.bases = [{ owner: 'russia', level: 2 }]));
    const gain = objectiveGain(s, 'russia', 0);
    expect(gain).toBe(2 * s.scenario.objectives.russia[0]!.vp);
    const r1 = endRound(s);
    expect(r1.vp.russia).toBe(0);
    expect(r1.log.some((e) => e.t === 'score')).toBe(false);
    const r2 = endRound(r1);
    expect(scoring).toContain(2);
    expect(r2.vp.russia).toBe(gain);
    expect(r2.log).toContainEqual({ t: 'score', round: 2, power: 'russia', vp: gain });
  });

  it('agendas score their gain once, at the end', () => {
    const s = edit(game(), (d) => void (d.regions.gbao!.bases = [{ owner: 'china', level: 1 }]));
    const agenda = agendaValue(s, 'china');
    expect(agenda).toBeGreaterThan(0);
    const end = finishGame(s);
    const publicVp = s.scenario.scoring.length * objectiveGain(s, 'china', 0);
    expect(end.vp.china).toBe(publicVp + agenda);
    expect(end.result?.winners).toEqual(['china']);
  });
});

describe('crisis', () => {
  const crisis: Patch = (i) => void (i.suddenDeath = [{ type: 'crisis' }]);

  it('tension reaching its maximum ends the game at once; the most-blamed power loses the penalty', () => {
    const s = edit(game(crisis), (d) => {
      d.tension = d.scenario.rules.tension.max - 1;
      d.blame.russia = 1;
      d.blame.china = 2;
      d.vp.china = 10;
      d.regions.gbao!.influence.china = 1;
    });
    expect(rules(s).exercise.tension).toBe(1);
    const after = play(
      edit(turnOf(s, 'russia'), (d) => void (d.ip.russia = 50)),
      'russia',
      {
        kind: 'exercise',
        region: 'gbao',
        size: 1,
      },
    );
    // Blame is now russia 2, china 2: the mover breaks the tie.
    expect(after.step).toBe('ended');
    expect(after.result).toMatchObject({ reason: 'crisis', blamed: 'russia' });
    expect(after.vp.china).toBe(10);
    expect(toMove(after)).toBeNull();
  });

  it('ranks the blame most first, and names the power a crisis would blame only when no move could change it', () => {
    const s = game();
    expect(blameRanking(s)).toEqual([]);
    expect(certainlyBlamed(s)).toBeNull();
    expect(mostToBlame(s, 'pakistan')).toBe('pakistan');
    const tie = edit(s, (d) => {
      d.blame.china = 2;
      d.blame.russia = 2;
      d.blame.tajikistan = 1;
    });
    expect(blameRanking(tie)).toEqual(['russia', 'china', 'tajikistan']);
    expect(certainlyBlamed(tie)).toBeNull();
    expect(mostToBlame(tie, 'china')).toBe('china');
    expect(mostToBlame(tie, 'tajikistan')).toBe('russia');
    const sole = edit(tie, (d) => void (d.blame.china = 3));
    expect(certainlyBlamed(sole)).toBe('china');
    for (const mover of POWERS) expect(mostToBlame(sole, mover)).toBe('china');
  });

  it('the penalty comes off the final score, agendas included', () => {
    const s = edit(game(crisis), (d) => {
      d.tension = d.scenario.rules.tension.max - 1;
      d.regions.gbao!.influence.china = 1;
      d.regions.kabul!.bases = [{ owner: 'russia', level: 2 }];
    });
    const agenda = agendaValue(s, 'russia');
    const penalty = rules(s).tension.crisisPenalty;
    expect(agenda).toBeGreaterThan(penalty);
    const after = play(
      edit(turnOf(s, 'russia'), (d) => void (d.ip.russia = 50)),
      'russia',
      {
        kind: 'exercise',
        region: 'gbao',
        size: 1,
      },
    );
    expect(after.result?.blamed).toBe('russia');
    expect(after.vp.russia).toBe(agendaValue(after, 'russia') - penalty);
  });

  it('without a crisis rule, tension at its maximum does not end the game', () => {
    const s = edit(game(), (d) => void (d.tension = d.scenario.rules.tension.max));
    expect(endRound(s).step).toBe('actions');
  });
});

describe('turn order', () => {
  it('rotates each round when the rules say so', () => {
    const s = game();
    expect(rules(s).rotateOrder).toBe(true);
    const next = endRound(s);
    expect(next.order).toEqual([...s.scenario.order.slice(1), s.scenario.order[0]]);
  });

  it('the game ends after the last round', () => {
    const end = finishGame(game());
    expect(end.round).toBe(end.scenario.rounds);
    expect(end.result?.reason).toBe('rounds');
  });
});
