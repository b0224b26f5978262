/**
 * The actions, one table or block per rule: what each legal move changes. Positions come from the tiny
 * fixture scenario (tests/fixtures/tiny.json), whose numbers are fixed for these tests:
 * aid 2 IP → +2 influence (domestic: −1 threat); base 4 IP (expand 3, max level 2) → +1 influence;
 * exercise 3 IP (coalition 1) → −2 threat, actor +2, partner +1, tension +1 if a rival has influence;
 * propose 2 IP, join 1 IP. Coalition "pact": russia (leader), tajikistan, afghanistan.
 */
import { describe, expect, it } from 'vitest';
import { edit, play, playAll, started, turnOf } from '../tests/fixtures/builders.ts';
import { actingPower, actionKindOf, applyInPlace, applyMove, checkMove, cloneState, toMove } from './index.ts';
import type { GameState, Move, Power } from './index.ts';

const game = () => started();

describe('aid', () => {
  it('foreign aid: the donor pays, gains influence, and the host is owed a dividend', () => {
    const s = turnOf(game(), 'china');
    const after = play(s, 'china', { kind: 'aid', region: 'dushanbe' });
    expect(after.ip.china).toBe(s.ip.china - 2);
    expect(after.regions.dushanbe!.influence.china).toBe(s.regions.dushanbe!.influence.china + 2);
    expect(after.regions.dushanbe!.threat).toBe(s.regions.dushanbe!.threat);
    expect(after.aid.tajikistan).toEqual(['china']);
    expect(after.actionsLeft).toBe(1);
    expect(after.log.at(-1)).toEqual({ t: 'aid', round: 1, power: 'china', region: 'dushanbe', cost: 2, influence: 2 });
  });

  it('domestic aid: the host invests at home, threat falls, no dividend', () => {
    const s = turnOf(game(), 'tajikistan');
    const after = play(s, 'tajikistan', { kind: 'aid', region: 'gbao' });
    expect(after.ip.tajikistan).toBe(s.ip.tajikistan - 2);
    expect(after.regions.gbao!.influence.tajikistan).toBe(2);
    expect(after.regions.gbao!.threat).toBe(1);
    expect(after.aid.tajikistan).toEqual([]);
  });

  it('influence is capped at maxInfluence', () => {
    const s = edit(turnOf(game(), 'china'), (d) => void (d.regions.kabul!.influence.china = 9));
    expect(play(s, 'china', { kind: 'aid', region: 'kabul' }).regions.kabul!.influence.china).toBe(10);
  });

  it('the second action ends the turn and passes play to the next power', () => {
    const s = turnOf(game(), 'russia');
    const after = playAll(s, [
      ['russia', { kind: 'aid', region: 'kabul' }],
      ['russia', { kind: 'aid', region: 'kabul' }],
    ]);
    expect(actingPower(after)).toBe('china');
    expect(after.actionsLeft).toBe(2);
  });
});

describe('base', () => {
  it('a foreign base asks the host for consent; nothing is built or paid yet', () => {
    const s = turnOf(game(), 'russia');
    const after = play(s, 'russia', { kind: 'base', region: 'gbao' });
    expect(after.requests).toEqual([{ kind: 'baseConsent', from: 'russia', to: 'tajikistan', region: 'gbao' }]);
    expect(toMove(after)).toBe('tajikistan');
    expect(actingPower(after)).toBe('russia');
    expect(after.ip.russia).toBe(s.ip.russia);
    expect(after.regions.gbao!.bases).toEqual([]);
    expect(after.actionsLeft).toBe(1);
  });

  it('consent given: the base is built, paid for, and gives influence', () => {
    const s = turnOf(game(), 'russia');
    const after = playAll(s, [
      ['russia', { kind: 'base', region: 'gbao' }],
      ['tajikistan', { kind: 'answer', accept: true }],
    ]);
    expect(after.regions.gbao!.bases).toEqual([{ owner: 'russia', level: 1 }]);
    expect(after.ip.russia).toBe(s.ip.russia - 4);
    expect(after.regions.gbao!.influence.russia).toBe(1);
    expect(after.requests).toEqual([]);
    expect(toMove(after)).toBe('russia');
    expect(after.log.at(-1)).toEqual({ t: 'base', round: 1, power: 'russia', region: 'gbao', level: 1, cost: 4 });
  });

  it('consent refused: nothing built, nothing paid, the action is spent and may not be repeated this round', () => {
    const s = turnOf(game(), 'russia');
    const after = playAll(s, [
      ['russia', { kind: 'base', region: 'gbao' }],
      ['tajikistan', { kind: 'answer', accept: false }],
    ]);
    expect(after.regions.gbao!.bases).toEqual([]);
    expect(after.ip.russia).toBe(s.ip.russia);
    expect(after.actionsLeft).toBe(1);
    expect(after.log.at(-1)).toEqual({
      t: 'baseRefused',
      round: 1,
      power: 'russia',
      host: 'tajikistan',
      region: 'gbao',
    });
    expect(checkMove(after, 'russia', { kind: 'base', region: 'gbao' })).toBe('NO_HOST_CONSENT');
    expect(checkMove(after, 'russia', { kind: 'base', region: 'dushanbe' })).toBeNull();
  });

  it('consent given to a builder who can no longer pay counts as refused', () => {
    const asked = play(turnOf(game(), 'russia'), 'russia', { kind: 'base', region: 'gbao' });
    const broke = edit(asked, (d) => void (d.ip.russia = 1));
    const after = play(broke, 'tajikistan', { kind: 'answer', accept: true });
    expect(after.regions.gbao!.bases).toEqual([]);
    expect(after.ip.russia).toBe(1);
    expect(after.refused).toContain('base:russia:gbao');
  });

  it("the host's own garrison needs no consent", () => {
    const s = turnOf(game(), 'tajikistan');
    const after = play(s, 'tajikistan', { kind: 'base', region: 'dushanbe' });
    expect(after.requests).toEqual([]);
    expect(after.regions.dushanbe!.bases).toEqual([{ owner: 'tajikistan', level: 1 }]);
    expect(after.ip.tajikistan).toBe(s.ip.tajikistan - 4);
  });

  it('expanding an existing base costs the expand price and raises its level', () => {
    const s = edit(turnOf(game(), 'china'), (d) => void d.regions.xinjiang!.bases.push({ owner: 'china', level: 1 }));
    const after = play(s, 'china', { kind: 'base', region: 'xinjiang' });
    expect(after.regions.xinjiang!.bases).toEqual([{ owner: 'china', level: 2 }]);
    expect(after.ip.china).toBe(s.ip.china - 3);
  });

  it('a base at the maximum level cannot grow', () => {
    const s = edit(turnOf(game(), 'china'), (d) => void d.regions.xinjiang!.bases.push({ owner: 'china', level: 2 }));
    expect(checkMove(s, 'china', { kind: 'base', region: 'xinjiang' })).toBe('BASE_AT_MAX_LEVEL');
  });

  it("another power's base beside one's own does not count as one's own", () => {
    const s = edit(turnOf(game(), 'china'), (d) => void d.regions.gbao!.bases.push({ owner: 'russia', level: 2 }));
    expect(checkMove(s, 'china', { kind: 'base', region: 'gbao' })).toBeNull();
  });
});

describe('exercise', () => {
  const ask: Move = { kind: 'exercise', region: 'gbao', partner: 'tajikistan' };

  it('asks the partner; nothing happens until the answer', () => {
    const s = turnOf(game(), 'china');
    const after = play(s, 'china', ask);
    expect(after.requests).toEqual([{ kind: 'exercise', from: 'china', to: 'tajikistan', region: 'gbao' }]);
    expect(after.ip.china).toBe(s.ip.china);
    expect(after.regions.gbao!.threat).toBe(2);
  });

  it('accepted: the actor pays, threat falls, both gain influence', () => {
    const s = turnOf(game(), 'china');
    const after = playAll(s, [
      ['china', ask],
      ['tajikistan', { kind: 'answer', accept: true }],
    ]);
    expect(after.ip.china).toBe(s.ip.china - 3);
    expect(after.ip.tajikistan).toBe(s.ip.tajikistan);
    expect(after.regions.gbao!.threat).toBe(0);
    expect(after.regions.gbao!.influence.china).toBe(2);
    expect(after.regions.gbao!.influence.tajikistan).toBe(1);
    expect(after.tension).toBe(0);
    expect(after.log.at(-1)).toMatchObject({ t: 'exercise', threatBefore: 2, threatAfter: 0, cost: 3, tension: 0 });
  });

  it('refused: nothing paid, the action is spent, the same exercise may not be asked again this round', () => {
    const s = turnOf(game(), 'china');
    const after = playAll(s, [
      ['china', ask],
      ['tajikistan', { kind: 'answer', accept: false }],
    ]);
    expect(after.ip.china).toBe(s.ip.china);
    expect(after.regions.gbao!.threat).toBe(2);
    expect(after.actionsLeft).toBe(1);
    expect(checkMove(after, 'china', ask)).toBe('REFUSED_THIS_ROUND');
    expect(checkMove(after, 'china', { kind: 'exercise', region: 'dushanbe', partner: 'tajikistan' })).toBeNull();
  });

  it('partners in a coalition pay the coalition price', () => {
    const s = turnOf(game(), 'russia');
    const after = playAll(s, [
      ['russia', { kind: 'exercise', region: 'gbao', partner: 'tajikistan' }],
      ['tajikistan', { kind: 'answer', accept: true }],
    ]);
    expect(after.ip.russia).toBe(s.ip.russia - 1);
  });

  it('the host may exercise at home with any partner; the partner is asked', () => {
    const s = turnOf(game(), 'tajikistan');
    const after = play(s, 'tajikistan', { kind: 'exercise', region: 'dushanbe', partner: 'pakistan' });
    expect(after.requests[0]).toEqual({ kind: 'exercise', from: 'tajikistan', to: 'pakistan', region: 'dushanbe' });
  });

  it.each([
    { name: "the actor's rival", actor: 'china', partner: 'tajikistan', present: 'russia', tension: 1 },
    { name: "the partner's rival", actor: 'tajikistan', partner: 'russia', present: 'china', tension: 1 },
    { name: 'a non-rival', actor: 'china', partner: 'tajikistan', present: 'pakistan', tension: 0 },
  ] as const)('tension rises by the rule when $name has influence there', ({ actor, partner, present, tension }) => {
    const s = edit(turnOf(game(), actor), (d) => void (d.regions.gbao!.influence[present] = 1));
    const after = playAll(s, [
      [actor, { kind: 'exercise', region: 'gbao', partner }],
      [partner, { kind: 'answer', accept: true }],
    ]);
    expect(after.tension).toBe(tension);
  });

  it('threat never falls below zero', () => {
    const s = edit(turnOf(game(), 'china'), (d) => void (d.regions.gbao!.threat = 1));
    const after = playAll(s, [
      ['china', ask],
      ['tajikistan', { kind: 'answer', accept: true }],
    ]);
    expect(after.regions.gbao!.threat).toBe(0);
  });
});

describe('coalition', () => {
  const propose = (s: GameState) =>
    play(turnOf(s, 'china'), 'china', { kind: 'propose', invitees: ['pakistan', 'afghanistan', 'russia'] });

  it('a proposal invites each invitee in turn and costs nothing yet', () => {
    const s = propose(game());
    expect(s.proposal).toEqual({
      coalition: 'c1',
      founder: 'china',
      invited: ['pakistan', 'afghanistan', 'russia'],
      accepted: [],
    });
    expect(s.requests.map((r) => r.to)).toEqual(['pakistan', 'afghanistan', 'russia']);
    expect(toMove(s)).toBe('pakistan');
    expect(s.ip.china).toBe(game().ip.china);
  });

  it('partial acceptance forms a coalition of the founder and those who accepted', () => {
    const before = game();
    const s = playAll(propose(before), [
      ['pakistan', { kind: 'answer', accept: true }],
      ['afghanistan', { kind: 'answer', accept: false }],
      ['russia', { kind: 'answer', accept: true }],
    ]);
    expect(s.coalitions.at(-1)).toEqual({
      id: 'c1',
      leader: 'china',
      members: ['china', 'pakistan', 'russia'],
      formed: 1,
    });
    expect(s.ip.china).toBe(before.ip.china - 2);
    expect(s.proposal).toBeNull();
    expect(s.requests).toEqual([]);
    expect(toMove(s)).toBe('china');
    expect(s.nextCoalition).toBe(2);
  });

  it('all refused: no coalition, nothing paid, the action is spent', () => {
    const before = game();
    const s = playAll(propose(before), [
      ['pakistan', { kind: 'answer', accept: false }],
      ['afghanistan', { kind: 'answer', accept: false }],
      ['russia', { kind: 'answer', accept: false }],
    ]);
    expect(s.coalitions.map((c) => c.id)).toEqual(['pact']);
    expect(s.ip.china).toBe(before.ip.china);
    expect(s.log.at(-1)).toEqual({ t: 'failed', round: 1, coalition: 'c1', founder: 'china' });
    expect(s.actionsLeft).toBe(1);
  });

  it('a power may not propose the membership of a coalition that already exists', () => {
    const s = turnOf(game(), 'russia');
    expect(checkMove(s, 'russia', { kind: 'propose', invitees: ['afghanistan', 'tajikistan'] })).toBe(
      'COALITION_EXISTS',
    );
    expect(checkMove(s, 'russia', { kind: 'propose', invitees: ['afghanistan'] })).toBeNull();
  });

  it('join accepted by the leader: the joiner pays and becomes a member', () => {
    const s = turnOf(game(), 'china');
    const asked = play(s, 'china', { kind: 'join', coalition: 'pact' });
    expect(asked.requests).toEqual([{ kind: 'joinRequest', from: 'china', to: 'russia', coalition: 'pact' }]);
    const after = play(asked, 'russia', { kind: 'answer', accept: true });
    expect(after.coalitions[0]!.members).toEqual(['russia', 'tajikistan', 'afghanistan', 'china']);
    expect(after.ip.china).toBe(s.ip.china - 1);
  });

  it('join refused: not a member, nothing paid, may not ask again this round', () => {
    const s = turnOf(game(), 'china');
    const after = playAll(s, [
      ['china', { kind: 'join', coalition: 'pact' }],
      ['russia', { kind: 'answer', accept: false }],
    ]);
    expect(after.coalitions[0]!.members).not.toContain('china');
    expect(after.ip.china).toBe(s.ip.china);
    expect(checkMove(after, 'china', { kind: 'join', coalition: 'pact' })).toBe('REFUSED_THIS_ROUND');
  });

  it("the log's record of a formation keeps the founders when a member joins later, on the fast path too", () => {
    const s = cloneState(turnOf(game(), 'china'));
    const steps: [Power, Move][] = [
      ['china', { kind: 'propose', invitees: ['pakistan'] }],
      ['pakistan', { kind: 'answer', accept: true }],
      ['china', { kind: 'pass' }],
      ['tajikistan', { kind: 'join', coalition: 'c1' }],
      ['china', { kind: 'answer', accept: true }],
    ];
    for (const [power, move] of steps) expect(applyInPlace(s, power, move)).toBeNull();
    expect(s.coalitions.at(-1)!.members).toEqual(['china', 'pakistan', 'tajikistan']);
    expect(s.log.find((e) => e.t === 'formed')).toMatchObject({ members: ['china', 'pakistan'] });
  });

  it('leave: a member leaves and the coalition goes on', () => {
    const after = play(turnOf(game(), 'tajikistan'), 'tajikistan', { kind: 'leave', coalition: 'pact' });
    expect(after.coalitions[0]!.members).toEqual(['russia', 'afghanistan']);
    expect(after.coalitions[0]!.leader).toBe('russia');
    expect(after.log.at(-1)).toEqual({ t: 'left', round: 1, power: 'tajikistan', coalition: 'pact', dissolved: false });
  });

  it('when the leader leaves, leadership passes to the first remaining member', () => {
    const after = play(turnOf(game(), 'russia'), 'russia', { kind: 'leave', coalition: 'pact' });
    expect(after.coalitions[0]).toMatchObject({ leader: 'tajikistan', members: ['tajikistan', 'afghanistan'] });
  });

  it('a coalition left with one member dissolves', () => {
    const after = playAll(turnOf(game(), 'russia'), [
      ['russia', { kind: 'leave', coalition: 'pact' }],
      ['russia', { kind: 'pass' }],
    ]);
    const done = play(turnOf(after, 'tajikistan'), 'tajikistan', { kind: 'leave', coalition: 'pact' });
    expect(done.coalitions).toEqual([]);
    expect(done.log.at(-1)).toMatchObject({ t: 'left', dissolved: true });
  });
});

describe('pass', () => {
  it('ends the turn at once, even with actions left', () => {
    const s = turnOf(game(), 'russia');
    const after = play(s, 'russia', { kind: 'pass' });
    expect(actingPower(after)).toBe('china');
    expect(after.log.at(-1)).toEqual({ t: 'pass', round: 1, power: 'russia' });
  });

  it('the last power passing ends the round and begins the next', () => {
    const s = turnOf(game(), 'afghanistan');
    const after = play(s, 'afghanistan', { kind: 'pass' });
    expect(after.round).toBe(2);
    expect(actingPower(after)).toBe('russia');
  });
});

describe('event choice', () => {
  const withChoice = () =>
    started((i) => {
      i.events = [
        {
          id: 'fork',
          title: 'A fork',
          text: 'Choose.',
          source: { kind: 'counterfactual', citation: 'Tests' },
          round: 1,
          effects: [{ type: 'ip', power: 'china', amount: 1 }],
          choice: {
            power: 'tajikistan',
            prompt: 'Which?',
            options: [
              {
                id: 'left',
                label: 'Left',
                effects: [{ type: 'influence', power: 'russia', regions: ['gbao'], amount: 3 }],
              },
              { id: 'right', label: 'Right', effects: [{ type: 'tension', amount: 2 }] },
            ],
          },
        },
      ];
    });

  it('play waits for the choosing power before any action', () => {
    const s = withChoice();
    expect(s.step).toBe('event');
    expect(toMove(s)).toBe('tajikistan');
    expect(s.event).toEqual({ card: 'fork' });
  });

  it('choosing applies the option, records it, and starts the actions', () => {
    const after = play(withChoice(), 'tajikistan', { kind: 'choose', option: 'left' });
    expect(after.regions.gbao!.influence.russia).toBe(3);
    expect(after.tension).toBe(0);
    expect(after.event).toEqual({ card: 'fork', chosen: 'left' });
    expect(after.step).toBe('actions');
    expect(actingPower(after)).toBe('russia');
    expect(after.log.at(-1)).toEqual({ t: 'choice', round: 1, power: 'tajikistan', card: 'fork', option: 'left' });
  });

  it("the card's own effects apply when it is drawn, before the choice", () => {
    const s = withChoice();
    const plain = started();
    expect(s.ip.china).toBe(plain.ip.china + 1);
  });
});

describe('action kinds', () => {
  it.each([
    [{ kind: 'aid', region: 'gbao' }, 'aid'],
    [{ kind: 'base', region: 'gbao' }, 'base'],
    [{ kind: 'exercise', region: 'gbao', partner: 'china' }, 'exercise'],
    [{ kind: 'propose', invitees: ['china'] }, 'coalition'],
    [{ kind: 'join', coalition: 'x' }, 'coalition'],
    [{ kind: 'leave', coalition: 'x' }, 'coalition'],
    [{ kind: 'pass' }, 'pass'],
    [{ kind: 'answer', accept: true }, null],
    [{ kind: 'choose', option: 'x' }, null],
    [{ kind: 'start' }, null],
  ] as [Move, string | null][])('%j counts as %s', (move, kind) => {
    expect(actionKindOf(move)).toBe(kind);
  });
});

describe('applyMove', () => {
  it('never changes its input, and returns a new state for a legal move', () => {
    const s = game();
    const snapshot = structuredClone(s);
    const out = applyMove(s, 'russia', { kind: 'aid', region: 'kabul' });
    expect(out.ok).toBe(true);
    expect(out.state).not.toBe(s);
    expect(s).toEqual(snapshot);
  });
});
