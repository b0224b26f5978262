/**
 * Derived facts: the control rule (a table of influence positions), shares, totals, threat map,
 * coalition partners, every objective type, agendas and score estimates. Positions are built on the
 * tiny fixture scenario (tests/fixtures/tiny.json).
 */
import { describe, expect, it } from 'vitest';
import { edit, started, tinyScenario } from '../tests/fixtures/builders.ts';
import {
  agendaOf,
  agendaValue,
  coalitionPartners,
  controlMap,
  controlNeeds,
  controlledRegions,
  controller,
  influenceShares,
  initialState,
  objectiveGain,
  objectiveValue,
  roundObjectivesValue,
  scoreEstimate,
  scores,
  threatMap,
  totalInfluence,
} from './index.ts';
import type { ByPower, GameState, Objective, Power, ScenarioInput } from './index.ts';

const zero: ByPower<number> = { russia: 0, china: 0, tajikistan: 0, pakistan: 0, afghanistan: 0 };
const inDushanbe = (influence: Partial<ByPower<number>>, patch?: (i: ScenarioInput) => void) =>
  edit(started(patch), (d) => void (d.regions.dushanbe!.influence = { ...zero, ...influence }));

describe('control (stability 3, threshold and lead factors 1)', () => {
  it.each([
    { influence: { russia: 3 }, controller: 'russia', why: 'at the threshold, leading by it' },
    { influence: { russia: 2 }, controller: null, why: 'below the threshold' },
    { influence: { russia: 5, china: 2 }, controller: 'russia', why: 'a lead of exactly the stability' },
    { influence: { russia: 4, china: 2 }, controller: null, why: 'a lead short of the stability' },
    { influence: { russia: 6, china: 6 }, controller: null, why: 'a tie' },
    {
      influence: { china: 10, russia: 3, pakistan: 7 },
      controller: 'china',
      why: 'the lead counts over the strongest rival',
    },
    { influence: { china: 10, russia: 3, pakistan: 8 }, controller: null, why: 'the strongest rival is too close' },
    { influence: {}, controller: null, why: 'nobody has influence' },
  ] as { influence: Partial<ByPower<number>>; controller: Power | null; why: string }[])(
    '$why → $controller',
    ({ influence, controller: expected }) => {
      expect(controller(inDushanbe(influence), 'dushanbe')).toBe(expected);
    },
  );

  it('the factors come from the rules table', () => {
    const loose = (i: ScenarioInput) => void (i.rules.control = { thresholdFactor: 0.5, leadFactor: 0 });
    const s = inDushanbe({ russia: 2, china: 1 }, loose);
    expect(controlNeeds(s, 'dushanbe')).toEqual({ threshold: 2, lead: 0 });
    expect(controller(s, 'dushanbe')).toBe('russia');
    expect(controller(inDushanbe({ russia: 2, china: 2 }, loose), 'dushanbe')).toBeNull();
  });

  it('controlMap and controlledRegions agree with controller', () => {
    const s = edit(started(), (d) => {
      d.regions.xinjiang!.influence.china = 4;
      d.regions.islamabad!.influence.pakistan = 4;
      d.regions.kabul!.influence.china = 3;
    });
    expect(controlMap(s)).toEqual({
      dushanbe: null,
      gbao: null,
      kabul: 'china',
      islamabad: 'pakistan',
      xinjiang: 'china',
    });
    expect(controlledRegions(s, 'china')).toEqual(['kabul', 'xinjiang']);
    expect(controlledRegions(s, 'russia')).toEqual([]);
  });
});

describe('influence, threat and coalitions', () => {
  it('shares are fractions of the region total, all zero when empty', () => {
    const s = inDushanbe({ russia: 3, china: 1 });
    expect(influenceShares(s, 'dushanbe')).toEqual({ ...zero, russia: 0.75, china: 0.25 });
    expect(influenceShares(s, 'gbao')).toEqual(zero);
  });

  it('totalInfluence sums over the given regions, or all in play', () => {
    const s = edit(started(), (d) => {
      d.regions.dushanbe!.influence.china = 2;
      d.regions.kabul!.influence.china = 3;
    });
    expect(totalInfluence(s, 'china')).toBe(5);
    expect(totalInfluence(s, 'china', ['kabul', 'sughd'])).toBe(3);
  });

  it('threatMap lists every region in play', () => {
    expect(threatMap(started())).toEqual({ dushanbe: 0, gbao: 2, kabul: 1, islamabad: 0, xinjiang: 0 });
  });

  it('coalitionPartners are distinct across coalitions', () => {
    const s = edit(started(), (d) => {
      d.coalitions.push({ id: 'c1', leader: 'tajikistan', members: ['tajikistan', 'russia', 'china'], formed: 1 });
    });
    expect(coalitionPartners(s, 'tajikistan').sort()).toEqual(['afghanistan', 'china', 'russia']);
    expect(coalitionPartners(s, 'pakistan')).toEqual([]);
  });
});

describe('objectives', () => {
  const position = (): GameState =>
    edit(started(), (d) => {
      d.regions.xinjiang!.influence = { ...zero, china: 5, russia: 1 };
      d.regions.kabul!.influence = { ...zero, china: 3, russia: 2 };
      d.regions.dushanbe!.influence = { ...zero, russia: 4, tajikistan: 1 };
      d.regions.dushanbe!.bases.push({ owner: 'russia', level: 2 });
      d.regions.gbao!.bases.push({ owner: 'russia', level: 1 }, { owner: 'china', level: 1 });
      d.regions.gbao!.threat = 4;
      d.aid.tajikistan = ['china', 'china', 'pakistan'];
      d.tension = 2;
      d.fees.tajikistan = 7;
    });

  it.each([
    { power: 'china', o: { type: 'control', regions: ['xinjiang', 'kabul', 'dushanbe'], vp: 2 }, vp: 2 },
    { power: 'russia', o: { type: 'control', regions: ['dushanbe', 'sughd'], vp: 3 }, vp: 3 },
    { power: 'china', o: { type: 'influence', regions: ['xinjiang', 'kabul'], per: 3, vp: 2 }, vp: 4 },
    { power: 'china', o: { type: 'influence', regions: ['xinjiang', 'kabul'], per: 5, vp: 1 }, vp: 1 },
    { power: 'russia', o: { type: 'bases', vp: 2 }, vp: 6 },
    { power: 'pakistan', o: { type: 'bases', vp: 2 }, vp: 0 },
    { power: 'tajikistan', o: { type: 'coalitionPartners', vp: 1 }, vp: 2 },
    { power: 'china', o: { type: 'coalitionPartners', vp: 1 }, vp: 0 },
    { power: 'pakistan', o: { type: 'security', regions: ['gbao', 'kabul', 'islamabad'], maxThreat: 1, vp: 2 }, vp: 4 },
    { power: 'pakistan', o: { type: 'security', regions: ['gbao', 'sughd'], maxThreat: 6, vp: 1 }, vp: 1 },
    { power: 'tajikistan', o: { type: 'noForeignControl', regions: ['dushanbe', 'gbao'], vp: 1 }, vp: 1 },
    { power: 'russia', o: { type: 'noForeignControl', regions: ['dushanbe', 'gbao', 'sughd'], vp: 1 }, vp: 2 },
    { power: 'russia', o: { type: 'outweigh', rival: 'china', regions: ['dushanbe', 'kabul', 'gbao'], vp: 2 }, vp: 2 },
    { power: 'tajikistan', o: { type: 'aidReceived', from: ['china', 'russia', 'pakistan'], vp: 2 }, vp: 4 },
    { power: 'pakistan', o: { type: 'aidReceived', from: ['china'], vp: 2 }, vp: 0 },
    { power: 'russia', o: { type: 'lowTension', atMost: 2, vp: 3 }, vp: 3 },
    { power: 'russia', o: { type: 'lowTension', atMost: 1, vp: 3 }, vp: 0 },
    { power: 'tajikistan', o: { type: 'fees', per: 3, vp: 2 }, vp: 4 },
    { power: 'pakistan', o: { type: 'fees', per: 1, vp: 1 }, vp: 0 },
    { power: 'tajikistan', o: { type: 'notMember', coalition: 'pact', vp: 2 }, vp: 0 },
    { power: 'china', o: { type: 'notMember', coalition: 'pact', vp: 2 }, vp: 2 },
    { power: 'russia', o: { type: 'blocAtMost', coalition: 'pact', members: 2, vp: 3 }, vp: 0 },
    { power: 'russia', o: { type: 'blocAtMost', coalition: 'pact', members: 3, vp: 3 }, vp: 3 },
    { power: 'russia', o: { type: 'blocAtMost', coalition: 'gone', members: 0, vp: 1 }, vp: 1 },
  ] as { power: Power; o: Objective; vp: number }[])('$o.type for $power → $vp', ({ power, o, vp }) => {
    expect(objectiveValue(position(), power, o)).toBe(vp);
  });

  it('round objectives sum the scenario objectives of the power', () => {
    // tiny.json: every power scores 1 VP per base level
    expect(roundObjectivesValue(position(), 'russia')).toBe(3);
    expect(roundObjectivesValue(position(), 'china')).toBe(1);
  });
});

describe('gains over the start', () => {
  it('an objective scores its gain over its value at the start, never below zero', () => {
    const s = started((i) => void (i.regions[0]!.bases = [{ owner: 'russia', level: 2 }]));
    const vp = s.scenario.objectives.russia[0]!;
    expect(vp.type).toBe('bases');
    expect(s.baseline!.objectives.russia).toEqual([objectiveValue(s, 'russia', vp)]);
    expect(objectiveGain(s, 'russia', 0)).toBe(0);
    const more = edit(s, (d) => void (d.regions.gbao!.bases = [{ owner: 'russia', level: 1 }]));
    expect(objectiveGain(more, 'russia', 0)).toBe(
      objectiveValue(more, 'russia', vp) - s.baseline!.objectives.russia[0]!,
    );
    const less = edit(s, (d) => void (d.regions.dushanbe!.bases = []));
    expect(objectiveGain(less, 'russia', 0)).toBe(0);
    expect(objectiveGain(s, 'russia', 5)).toBe(0);
  });

  it('an agenda scores its gain too: nothing at the start, never below zero', () => {
    const s = started((i) => void (i.regions[0]!.bases = [{ owner: 'russia', level: 2 }]));
    expect(agendaValue(s, 'russia')).toBe(0);
    expect(
      agendaValue(
        edit(s, (d) => void (d.regions.dushanbe!.bases = [])),
        'russia',
      ),
    ).toBe(0);
    const more = edit(s, (d) => void (d.regions.dushanbe!.bases[0]!.level = 3));
    expect(agendaValue(more, 'russia')).toBe(2);
  });
});

describe('agendas and scores', () => {
  it('no agenda before the deal', () => {
    const s = initialState(tinyScenario(), 1);
    expect(agendaOf(s, 'russia')).toBeUndefined();
    expect(agendaValue(s, 'russia')).toBe(0);
  });

  it("a power's agenda and its current value", () => {
    const s = edit(started(), (d) => void d.regions.dushanbe!.bases.push({ owner: 'russia', level: 2 }));
    expect(agendaOf(s, 'russia')?.id).toBe('russia-a');
    expect(agendaValue(s, 'russia')).toBe(4);
  });

  it('scores are the banked VP; the estimate adds this round and the agenda', () => {
    const s = edit(started(), (d) => {
      d.regions.dushanbe!.bases.push({ owner: 'russia', level: 2 });
      d.vp.russia = 7;
    });
    expect(scores(s)).toEqual({ ...zero, russia: 7 });
    expect(scoreEstimate(s, 'russia')).toBe(7 + 2 + 4);
  });
});
