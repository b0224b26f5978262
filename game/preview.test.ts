/**
 * Move previews: each kind of action reports the change its rule (numbers from the rules table) makes,
 * assuming a yes from whoever is asked, as the real move does once agreed; a preview never advances the
 * turn or touches the dice, and refuses illegal moves.
 */
import { describe, expect, it } from 'vitest';
import {
  actingPower,
  applyMove,
  getScenario,
  legalMoves,
  newGame,
  toMove,
  type GameState,
  type Move,
  type Power,
} from './index.ts';
import { previewMove } from './preview.ts';
import { viewFor } from './view.ts';

const scenario = getScenario('autumn-2016')!;

/** A started game moved on (everyone passing) until `power` is acting. */
function turnOf(power: Power, seed = 7): GameState {
  let s = newGame(scenario, seed);
  for (let i = 0; i < 50 && actingPower(s) !== power; i++) {
    const who = toMove(s)!;
    const move: Move = s.step === 'event' ? legalMoves(s, who)[0]! : { kind: 'pass' };
    const next = applyMove(s, who, move);
    if (!next.ok) throw new Error(next.reason);
    s = next.state;
  }
  if (actingPower(s) !== power || s.requests.length) throw new Error(`no turn for ${power}`);
  return s;
}

/** Play a move and every answer it asks for with a yes. */
function playAgreed(s: GameState, power: Power, move: Move): GameState {
  let r = applyMove(s, power, move);
  if (!r.ok) throw new Error(r.reason);
  while (r.ok && r.state.requests.length)
    r = applyMove(r.state, r.state.requests[0]!.to, { kind: 'answer', accept: true });
  if (!r.ok) throw new Error(r.reason);
  return r.state;
}

describe('previewMove', () => {
  it('aid in a foreign region: cost, influence and the host dividend', () => {
    const s = turnOf('china');
    const p = previewMove(viewFor(s, 'china'), 'china', { kind: 'aid', region: 'badakhshan' })!;
    const rules = scenario.rules;
    expect(p.ip).toEqual([{ power: 'china', before: s.ip.china, after: s.ip.china - rules.aid.cost }]);
    expect(p.regions).toEqual([
      {
        region: 'badakhshan',
        influence: [
          {
            power: 'china',
            before: s.regions.badakhshan!.influence.china,
            after: s.regions.badakhshan!.influence.china + rules.aid.influence,
          },
        ],
        bases: [],
      },
    ]);
    expect(p.aidDividend).toEqual([{ host: 'afghanistan', ip: rules.income.aidDividend }]);
    expect(p.answerFrom).toEqual([]);
  });

  it('a base abroad needs the host, costs the build price and gives the base’s influence', () => {
    const s = turnOf('russia');
    const rules = scenario.rules.base;
    const move: Move = { kind: 'base', region: 'gbao' };
    const p = previewMove(viewFor(s, 'russia'), 'russia', move)!;
    expect(p.answerFrom).toEqual(['tajikistan']);
    expect(p.ip).toEqual([{ power: 'russia', before: s.ip.russia, after: s.ip.russia - rules.buildCost }]);
    expect(p.regions[0]!.bases).toEqual([{ owner: 'russia', before: 0, after: 1 }]);
    const influence = s.regions.gbao!.influence.russia;
    expect(p.regions[0]!.influence).toEqual([
      { power: 'russia', before: influence, after: influence + rules.influence },
    ]);
    expect(p.rent).toEqual([{ host: 'tajikistan', ip: scenario.rules.income.baseRentPerLevel }]);
    expect(playAgreed(s, 'russia', move).ip.russia).toBe(s.ip.russia - rules.buildCost);
  });

  it('an exercise between coalition partners: the coalition price, threat down, both influences up, a rival provoked', () => {
    const s = turnOf('china');
    const rules = scenario.rules.exercise;
    const khatlon = s.regions.khatlon!;
    // China and Tajikistan share the quadrilateral coalition; Russia, China's rival, has influence in Khatlon.
    expect(khatlon.influence.russia).toBeGreaterThan(0);
    expect(khatlon.threat).toBeGreaterThan(0);
    const move: Move = { kind: 'exercise', region: 'khatlon', partner: 'tajikistan' };
    const p = previewMove(viewFor(s, 'china'), 'china', move)!;
    expect(p.answerFrom).toEqual(['tajikistan']);
    expect(p.ip).toEqual([{ power: 'china', before: s.ip.china, after: s.ip.china - rules.coalitionCost }]);
    expect(p.regions[0]!.threat).toEqual({
      before: khatlon.threat,
      after: Math.max(0, khatlon.threat - rules.threatReduction),
    });
    expect(p.regions[0]!.influence).toEqual([
      { power: 'china', before: khatlon.influence.china, after: khatlon.influence.china + rules.actorInfluence },
      {
        power: 'tajikistan',
        before: khatlon.influence.tajikistan,
        after: khatlon.influence.tajikistan + rules.partnerInfluence,
      },
    ]);
    expect(p.tension).toEqual({ before: s.tension, after: s.tension + rules.tension });
    expect(playAgreed(s, 'china', move).tension).toBe(s.tension + rules.tension);
  });

  it('a proposal with every invitee agreeing forms the coalition', () => {
    const s = turnOf('russia');
    const p = previewMove(viewFor(s, 'russia'), 'russia', { kind: 'propose', invitees: ['pakistan', 'afghanistan'] })!;
    expect(p.answerFrom).toEqual(['pakistan', 'afghanistan']);
    expect(p.coalitions).toHaveLength(1);
    expect(p.coalitions[0]!.members).toEqual(['russia', 'pakistan', 'afghanistan']);
  });

  it('never passes the turn, never draws a random number, never changes its input', () => {
    const s = turnOf('pakistan');
    const view = viewFor(s, 'pakistan');
    const frozen = JSON.stringify(view);
    for (const move of legalMoves(view, 'pakistan')) {
      if (move.kind === 'pass') continue;
      const p = previewMove(view, 'pakistan', move);
      expect(p, JSON.stringify(move)).not.toBeNull();
    }
    expect(JSON.stringify(view)).toBe(frozen);
  });

  it('refuses an illegal move', () => {
    const s = turnOf('china');
    expect(previewMove(s, 'russia', { kind: 'aid', region: 'gbao' })).toBeNull();
  });
});
