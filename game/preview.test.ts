/**
 * Move previews: each operation reports the change its rule makes (door fees, dividends, rent,
 * tension, a crisis it would set off), the same change the real move makes; a preview never advances
 * the turn or touches the dice, and refuses illegal moves. Positions from the tiny fixture.
 */
import { describe, expect, it } from 'vitest';
import { edit, started, turnOf } from '../tests/fixtures/builders.ts';
import { POWERS, applyMove, legalMoves, type GameState, type Move, type Power } from './index.ts';
import { previewMove } from './preview.ts';
import { viewFor } from './view.ts';

const game = () => started();
const rich = (power: Power, f?: (d: GameState) => void) =>
  edit(turnOf(game(), power), (d) => {
    d.ip[power] = 30;
    f?.(d);
  });

describe('previewMove', () => {
  it('aid abroad: cost, the fee to the host, influence and the host dividend', () => {
    const s = turnOf(game(), 'china');
    const rules = s.scenario.rules;
    const price = s.doors.tajikistan.china!;
    const p = previewMove(viewFor(s, 'china'), 'china', { kind: 'aid', region: 'gbao', size: 2 })!;
    expect(p.ip).toEqual([
      { power: 'china', before: s.ip.china, after: s.ip.china - 2 * rules.aid.cost - price },
      { power: 'tajikistan', before: s.ip.tajikistan, after: s.ip.tajikistan + price },
    ]);
    expect(p.fees).toEqual([{ host: 'tajikistan', ip: price }]);
    expect(p.aidDividend).toEqual([{ host: 'tajikistan', ip: 2 * rules.aid.dividend }]);
    expect(p.regions).toEqual([
      { region: 'gbao', influence: [{ power: 'china', before: 0, after: 2 * rules.aid.influence }], bases: [] },
    ]);
  });

  it('a base abroad: the build price, rent for the host, tension near a rival', () => {
    const s = rich('russia', (d) => void (d.regions.gbao!.influence.china = 1));
    const rules = s.scenario.rules;
    const p = previewMove(viewFor(s, 'russia'), 'russia', { kind: 'base', region: 'gbao' })!;
    expect(p.regions[0]!.bases).toEqual([{ owner: 'russia', before: 0, after: 1 }]);
    expect(p.rent).toEqual([{ host: 'tajikistan', ip: rules.income.baseRentPerLevel }]);
    expect(p.tension).toEqual({ before: s.tension, after: s.tension + rules.base.tension });
    expect(p.ends).toBeNull();
  });

  it('a coalition founded, a bloc broken', () => {
    const s = rich('china');
    const found = previewMove(s, 'china', { kind: 'found', invitees: ['pakistan'] })!;
    expect(found.coalitions).toEqual([{ id: 'c1', members: ['china', 'pakistan'], before: [] }]);
    const two = edit(turnOf(game(), 'tajikistan'), (d) => void (d.coalitions[0]!.members = ['russia', 'tajikistan']));
    const left = previewMove(two, 'tajikistan', { kind: 'leave', coalition: 'pact' })!;
    expect(left.coalitions).toEqual([{ id: 'pact', members: [], before: ['russia', 'tajikistan'] }]);
  });

  it('shows a crisis the move would set off', () => {
    const s = started((i) => void (i.suddenDeath = [{ type: 'crisis' }]));
    const t = edit(turnOf(s, 'russia'), (d) => {
      d.tension = d.scenario.rules.tension.max - 1;
      d.regions.gbao!.influence.china = 1;
    });
    expect(previewMove(t, 'russia', { kind: 'exercise', region: 'gbao', size: 1 })!.ends).toBe('crisis');
  });

  it('agrees with the real move on IP, regions and tension for every legal operation that does not end the round', () => {
    const positions = [
      rich('china', (d) => void (d.regions.dushanbe!.influence.china = 2)),
      rich('russia'),
      rich('tajikistan'),
    ];
    for (const s of positions) {
      const power = s.order[s.turn]!;
      for (const move of legalMoves(s, power)) {
        const p = previewMove(s, power, move)!;
        const after = applyMove(s, power, move);
        if (!after.ok) throw new Error(after.reason);
        const a = after.state;
        for (const q of POWERS) {
          const ip = p.ip.find((x) => x.power === q)?.after ?? s.ip[q];
          expect(ip, `${JSON.stringify(move)} ip ${q}`).toBe(a.ip[q]);
        }
        for (const r of p.regions) {
          for (const i of r.influence) expect(i.after).toBe(a.regions[r.region]!.influence[i.power]);
          if (r.threat) expect(r.threat.after).toBe(a.regions[r.region]!.threat);
        }
        expect(p.tension?.after ?? s.tension).toBe(a.tension);
      }
    }
  });

  it('never passes the turn, never draws a random number, never changes its input', () => {
    const s = turnOf(game(), 'pakistan');
    const view = viewFor(s, 'pakistan');
    const frozen = JSON.stringify(view);
    for (const move of legalMoves(view, 'pakistan')) {
      expect(previewMove(view, 'pakistan', move), JSON.stringify(move)).not.toBeNull();
    }
    expect(JSON.stringify(view)).toBe(frozen);
  });

  it('refuses an illegal move', () => {
    const s = turnOf(game(), 'china');
    expect(previewMove(s, 'russia', { kind: 'aid', region: 'gbao', size: 1 })).toBeNull();
    const move: Move = { kind: 'base', region: 'xinjiang' };
    expect(previewMove(rich('russia'), 'russia', move)).toBeNull();
  });
});
