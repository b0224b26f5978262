/**
 * Move previews: each kind of action reports the same change the real move (with a yes answer)
 * makes, never advances the turn or touches the dice, and refuses illegal moves.
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

  it('a base abroad needs the host and matches the real move once agreed', () => {
    const s = turnOf('russia');
    const move: Move = { kind: 'base', region: 'gbao' };
    const p = previewMove(viewFor(s, 'russia'), 'russia', move)!;
    expect(p.answerFrom).toEqual(['tajikistan']);
    const real = playAgreed(s, 'russia', move);
    expect(p.ip).toEqual([{ power: 'russia', before: s.ip.russia, after: real.ip.russia }]);
    expect(p.regions[0]!.bases).toEqual([{ owner: 'russia', before: 0, after: 1 }]);
    expect(p.rent).toEqual([{ host: 'tajikistan', ip: scenario.rules.income.baseRentPerLevel }]);
  });

  it('an exercise reports threat, both powers’ influence and tension as the real move does', () => {
    const s = turnOf('china');
    const move: Move = { kind: 'exercise', region: 'gbao', partner: 'tajikistan' };
    const p = previewMove(viewFor(s, 'china'), 'china', move)!;
    const real = playAgreed(s, 'china', move);
    expect(p.answerFrom).toEqual(['tajikistan']);
    expect(p.regions[0]!.threat?.after ?? s.regions.gbao!.threat).toBe(real.regions.gbao!.threat);
    expect(p.regions[0]!.influence.map((x) => x.power).sort()).toEqual(['china', 'tajikistan']);
    expect(p.tension?.after ?? s.tension).toBe(real.tension);
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
