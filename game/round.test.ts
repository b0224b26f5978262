/**
 * The automatic steps of a round, driven through play (the last power passing ends the round):
 * income, the event draw, the threat step, scoring, the end of the game, and the first move's deal.
 * Numbers come from the tiny fixture (tests/fixtures/tiny.json): economy russia 4, china 5,
 * tajikistan 1, pakistan 2, afghanistan 3; rent 2 per foreign base level; aid dividend 3; bases add
 * 1 influence per level at income and remove 1 threat; coalitions of 3+ remove 1 threat in members' regions.
 */
import { describe, expect, it } from 'vitest';
import {
  edit,
  finishGame,
  finishRound,
  play,
  playAll,
  started,
  tinyScenario,
  turnOf,
} from '../tests/fixtures/builders.ts';
import { POWERS, actingPower, applyMove, initialState, newGame, toMove } from './index.ts';
import type { EventCard, GameState, ScenarioInput } from './index.ts';

type Patch = (i: ScenarioInput) => void;
/** The tiny scenario without coalition counterterrorism, so threat tests see one effect at a time. */
const quiet: Patch = (i) => void (i.rules.coalition.counterterrorism = 0);
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

describe('income', () => {
  it('pays each power its economy at the start of every round', () => {
    const s = game();
    expect(s.ip).toEqual({ russia: 14, china: 15, tajikistan: 11, pakistan: 12, afghanistan: 13 });
    const next = endRound(s);
    expect(next.ip).toEqual({ russia: 18, china: 20, tajikistan: 12, pakistan: 14, afghanistan: 16 });
    expect(next.log.filter((e) => e.t === 'income' && e.round === 2).map((e) => e.t === 'income' && e.amount)).toEqual([
      4, 5, 1, 2, 3,
    ]);
  });

  it('adds the value of each region a power controls', () => {
    const s = edit(game(), (d) => void (d.regions.xinjiang!.influence.china = 5));
    expect(endRound(s).ip.china - s.ip.china).toBe(5 + 2);
  });

  it('pays the host rent for each level of a foreign base, not for its own', () => {
    const s = edit(game(), (d) => {
      d.regions.dushanbe!.bases.push({ owner: 'russia', level: 2 }, { owner: 'tajikistan', level: 1 });
    });
    expect(endRound(s).ip.tajikistan - s.ip.tajikistan).toBe(1 + 2 * 2);
  });

  it('pays the host a dividend for each aid package received last round, then clears it', () => {
    const s = edit(game(), (d) => void (d.aid.tajikistan = ['china', 'russia']));
    const next = endRound(s);
    expect(next.ip.tajikistan - s.ip.tajikistan).toBe(1 + 2 * 3);
    expect(next.aid.tajikistan).toEqual([]);
  });

  it('gives base owners their lasting influence', () => {
    const s = edit(game(quiet), (d) => void d.regions.islamabad!.bases.push({ owner: 'china', level: 2 }));
    expect(endRound(s).regions.islamabad!.influence.china).toBe(2);
  });
});

describe('event draw', () => {
  const deck: Patch = (i) => {
    i.events = [
      card('pinned', { round: 2, effects: [{ type: 'ip', power: 'china', amount: 7 }] }),
      card('a'),
      card('b'),
      card('c'),
    ];
  };

  it('draws the card pinned to the round, and applies its effects', () => {
    const s = endRound(game(deck));
    expect(s.event).toEqual({ card: 'pinned' });
    expect(s.deck).not.toContain('pinned');
    expect(s.log).toContainEqual({ t: 'event', round: 2, card: 'pinned' });
    expect(s.ip.china).toBe(game(deck).ip.china + 5 + 7);
  });

  it('otherwise draws an unpinned card at random, by the seed, and takes it out of the deck', () => {
    const drawn = new Set<string>();
    for (let seed = 1; seed <= 30; seed++) {
      const s = game(deck, seed);
      const id = s.event!.card;
      expect(['a', 'b', 'c']).toContain(id);
      expect(s.deck).toHaveLength(3);
      expect(s.deck).not.toContain(id);
      expect(game(deck, seed).event).toEqual(s.event);
      drawn.add(id);
    }
    expect(drawn.size).toBe(3);
  });

  it('draws nothing from an empty deck, and play goes on', () => {
    const s = game((i) => void (i.events = [card('only')]));
    expect(s.event).toEqual({ card: 'only' });
    const next = endRound(s);
    expect(next.event).toBeNull();
    expect(next.step).toBe('actions');
    expect(next.round).toBe(2);
  });

  it('never draws a card pinned to a later round early', () => {
    for (let seed = 1; seed <= 20; seed++) {
      expect(game((i) => void (i.events = [card('later', { round: 3 }), card('free')]), seed).event).toEqual({
        card: 'free',
      });
    }
  });
});

describe('threat step', () => {
  it('grows threat where an insurgency has its home ground', () => {
    const s = game((i) => {
      quiet(i);
      i.regions[2]!.threatGrowth = 1;
    });
    const next = endRound(s);
    expect(next.regions.kabul!.threat).toBe(2);
    expect(next.log).toContainEqual({ t: 'growth', round: 1, region: 'kabul' });
    expect(next.regions.dushanbe!.threat).toBe(0);
  });

  it('spreads threat from regions at spreadAt or more to lower neighbours only, from the threat before spreading', () => {
    const s = edit(
      game((i) => {
        quiet(i);
        i.rules.threat.spreadChance = 1;
        i.regions[1]!.stability = 4;
      }),
      (d) => {
        d.regions.gbao!.threat = 3;
        d.regions.xinjiang!.threat = 3;
      },
    );
    const next = endRound(s);
    const threat = Object.fromEntries(Object.entries(next.regions).map(([id, r]) => [id, r.threat]));
    expect(threat).toEqual({ dushanbe: 1, gbao: 3, kabul: 2, islamabad: 0, xinjiang: 3 });
    expect(next.log.filter((e) => e.t === 'spread')).toEqual([
      { t: 'spread', round: 1, from: 'gbao', to: 'dushanbe' },
      { t: 'spread', round: 1, from: 'gbao', to: 'kabul' },
    ]);
  });

  it('does not spread below spreadAt', () => {
    const s = edit(
      game((i) => void ((i.rules.threat.spreadChance = 1), quiet(i))),
      (d) => void (d.regions.gbao!.threat = 2),
    );
    expect(endRound(s).regions.dushanbe!.threat).toBe(0);
  });

  it('bases hold threat down, one step per base', () => {
    const s = edit(game(quiet), (d) => {
      d.regions.kabul!.threat = 3;
      d.regions.kabul!.bases.push({ owner: 'china', level: 1 }, { owner: 'russia', level: 2 });
    });
    expect(endRound(s).regions.kabul!.threat).toBe(1);
  });

  it("a coalition of enough members pushes threat back in its member hosts' regions", () => {
    const s = edit(game(), (d) => {
      for (const id of Object.keys(d.regions)) d.regions[id]!.threat = 2;
      d.regions.gbao!.stability = 3;
    });
    const next = endRound(s);
    const threat = Object.fromEntries(Object.entries(next.regions).map(([id, r]) => [id, r.threat]));
    expect(threat).toEqual({ dushanbe: 1, gbao: 1, kabul: 1, islamabad: 2, xinjiang: 2 });
  });

  it('a coalition too small for counterterrorism does nothing', () => {
    const s = edit(game(), (d) => {
      d.coalitions[0]!.members = ['russia', 'tajikistan'];
      d.regions.dushanbe!.threat = 2;
    });
    expect(endRound(s).regions.dushanbe!.threat).toBe(2);
  });

  it('where threat exceeds stability an incident strikes: influence lost (base owners shielded), stability and threat fall', () => {
    const s = edit(game(quiet), (d) => {
      const kabul = d.regions.kabul!;
      kabul.threat = 5;
      kabul.influence = { russia: 2, china: 1, tajikistan: 0, pakistan: 0, afghanistan: 3 };
      kabul.bases.push({ owner: 'china', level: 1 });
    });
    const next = endRound(s);
    const kabul = next.regions.kabul!;
    // china keeps its 1 (shielded by its base) and gains 1 lasting influence at the next income
    expect(kabul.influence).toEqual({ russia: 1, china: 2, tajikistan: 0, pakistan: 0, afghanistan: 2 });
    expect(kabul.stability).toBe(2);
    expect(kabul.threat).toBe(3);
    expect(next.log).toContainEqual({
      t: 'incident',
      round: 1,
      region: 'kabul',
      stabilityAfter: 2,
      losses: ['russia', 'afghanistan'],
    });
  });

  it('no incident while threat is at or below stability', () => {
    const s = edit(game(quiet), (d) => void (d.regions.kabul!.threat = 3));
    expect(endRound(s).regions.kabul!.stability).toBe(3);
  });

  it('stability never falls below the minimum', () => {
    const s = edit(game(quiet), (d) => {
      d.regions.gbao!.stability = 1;
      d.regions.gbao!.threat = 6;
    });
    expect(endRound(s).regions.gbao!.stability).toBe(1);
  });

  it('a base whose lease ends is withdrawn at the end of that round', () => {
    const s = edit(game(quiet), (d) => {
      d.regions.dushanbe!.bases.push({ owner: 'russia', level: 2, leaseEndsRound: 1, leaseLabel: '2042' });
      d.regions.gbao!.bases.push({ owner: 'russia', level: 1, leaseEndsRound: 2 });
    });
    const next = endRound(s);
    expect(next.regions.dushanbe!.bases).toEqual([]);
    expect(next.regions.gbao!.bases).toHaveLength(1);
    expect(next.log).toContainEqual({ t: 'leaseEnded', round: 1, power: 'russia', region: 'dushanbe' });
    expect(endRound(next).regions.gbao!.bases).toEqual([]);
  });
});

describe('scoring', () => {
  it("adds each power's round objectives at the end of the round and records the round", () => {
    const s = edit(game(), (d) => void d.regions.xinjiang!.bases.push({ owner: 'china', level: 2 }));
    const next = endRound(s);
    expect(next.vp).toEqual({ russia: 0, china: 2, tajikistan: 0, pakistan: 0, afghanistan: 0 });
    expect(next.log).toContainEqual({ t: 'score', round: 1, power: 'china', vp: 2 });
    expect(next.history).toHaveLength(1);
    expect(next.history[0]).toMatchObject({ round: 1, scores: next.vp, tension: 0 });
    expect(next.history[0]!.influence.xinjiang).toEqual(s.regions.xinjiang!.influence);
  });

  it('tension decays by the rule at scoring', () => {
    const s = edit(
      game((i) => void (i.rules.tension.decay = 2)),
      (d) => void (d.tension = 3),
    );
    expect(endRound(s).tension).toBe(1);
  });
});

describe('end of the game', () => {
  it('ends after the last round: agendas scored, highest score wins', () => {
    const s = edit(game(), (d) => void d.regions.xinjiang!.bases.push({ owner: 'china', level: 1 }));
    const end = finishGame(s);
    expect(end.step).toBe('ended');
    expect(end.round).toBe(3);
    expect(end.vp.china).toBe(3 * 1 + 2);
    expect(end.result).toEqual({ reason: 'rounds', scores: end.vp, winners: ['china'] });
    expect(end.log).toContainEqual({ t: 'agenda', power: 'china', agenda: 'china-a', vp: 2 });
    expect(end.log.at(-1)).toEqual({ t: 'end', reason: 'rounds', winners: ['china'] });
    expect(toMove(end)).toBeNull();
  });

  it('a tie shares the win', () => {
    expect(finishGame(game()).result!.winners).toEqual([...POWERS]);
  });

  it('dominance ends the game at scoring, with its bonus', () => {
    const rule: Patch = (i) => void (i.suddenDeath = [{ type: 'dominance', regions: 2, vp: 5 }]);
    const s = edit(game(rule), (d) => {
      d.regions.xinjiang!.influence.china = 6;
      d.regions.islamabad!.influence.china = 6;
    });
    const end = endRound(s);
    expect(end.step).toBe('ended');
    expect(end.round).toBe(1);
    expect(end.result).toMatchObject({ reason: 'dominance', by: 'china', winners: ['china'] });
    expect(end.vp.china).toBe(5);
  });

  it('no dominance with fewer regions than the rule asks', () => {
    const rule: Patch = (i) => void (i.suddenDeath = [{ type: 'dominance', regions: 2, vp: 5 }]);
    const s = edit(game(rule), (d) => void (d.regions.xinjiang!.influence.china = 6));
    expect(endRound(s).step).toBe('actions');
  });

  const crisis: Patch = (i) => void (i.suddenDeath = [{ type: 'crisis' }]);

  it('a crisis ends the game the moment tension reaches its maximum (an exercise)', () => {
    const s = edit(turnOf(game(crisis), 'china'), (d) => {
      d.tension = 4;
      d.regions.gbao!.influence.russia = 1;
    });
    const end = playAll(s, [
      ['china', { kind: 'exercise', region: 'gbao', partner: 'tajikistan' }],
      ['tajikistan', { kind: 'answer', accept: true }],
    ]);
    expect(end.tension).toBe(5);
    expect(end.step).toBe('ended');
    expect(end.result!.reason).toBe('crisis');
    expect(end.requests).toEqual([]);
    expect(actingPower(end)).toBeNull();
  });

  it('a crisis from an event choice', () => {
    const s = game((i) => {
      crisis(i);
      i.rules.tension.start = 4;
      i.events = [
        card('fork', {
          round: 1,
          choice: {
            power: 'russia',
            prompt: 'Which?',
            options: [
              { id: 'calm', label: 'Calm', effects: [] },
              { id: 'loud', label: 'Loud', effects: [{ type: 'tension', amount: 1 }] },
            ],
          },
        }),
      ];
    });
    expect(play(s, 'russia', { kind: 'choose', option: 'calm' }).step).toBe('actions');
    expect(play(s, 'russia', { kind: 'choose', option: 'loud' }).result!.reason).toBe('crisis');
  });

  it('a crisis from a drawn event', () => {
    const s = game((i) => {
      crisis(i);
      i.rules.tension.start = 4;
      i.events = [card('spark', { round: 1, effects: [{ type: 'tension', amount: 1 }] })];
    });
    expect(s.tension).toBe(5);
    expect(s.step).toBe('ended');
    expect(s.result!.reason).toBe('crisis');
  });

  it('without a crisis rule, tension at its maximum does not end the game', () => {
    const s = edit(turnOf(game(), 'china'), (d) => {
      d.tension = 4;
      d.regions.gbao!.influence.russia = 1;
    });
    const after = playAll(s, [
      ['china', { kind: 'exercise', region: 'gbao', partner: 'tajikistan' }],
      ['tajikistan', { kind: 'answer', accept: true }],
    ]);
    expect(after.tension).toBe(5);
    expect(after.step).toBe('actions');
  });

  it('every game ends within its round limit', () => {
    const end = finishGame(game());
    expect(end.history.map((h) => h.round)).toEqual([1, 2, 3]);
  });
});

describe('the first move', () => {
  it('the initial state deals no agendas and logs nothing', () => {
    const s = initialState(tinyScenario(), 1);
    expect(s.agendas).toBeNull();
    expect(s.step).toBe('setup');
    expect(s.round).toBe(0);
    expect(s.log).toEqual([]);
  });

  it('start deals each power one agenda from its own pool, by the seed', () => {
    const pools: Patch = (i) => {
      for (const p of POWERS) {
        i.agendas.push({
          id: `${p}-b`,
          power: p,
          title: 'B',
          text: 'B',
          objective: { type: 'lowTension', atMost: 1, vp: 1 },
        });
      }
    };
    const scenario = tinyScenario(pools);
    const seen = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) {
      const out = applyMove(initialState(scenario, seed), 'russia', { kind: 'start' });
      expect(out.ok).toBe(true);
      const agendas = out.state.agendas!;
      for (const p of POWERS) {
        expect([`${p}-a`, `${p}-b`]).toContain(agendas[p]);
        seen.add(agendas[p]);
      }
      expect(newGame(scenario, seed).agendas).toEqual(agendas);
    }
    expect(seen.size).toBe(10);
  });

  it('start begins round 1: income paid, event drawn, first power to act', () => {
    const s = game();
    expect(s.round).toBe(1);
    expect(s.step).toBe('actions');
    expect(actingPower(s)).toBe('russia');
    expect(s.log.slice(0, 2)).toEqual([
      { t: 'round', round: 1 },
      { t: 'income', round: 1, power: 'russia', amount: 4 },
    ]);
  });
});

describe('turn order', () => {
  it('stays fixed without rotation', () => {
    expect(finishRound(game()).order).toEqual(['russia', 'china', 'tajikistan', 'pakistan', 'afghanistan']);
  });

  it('rotates by one each round with rotateOrder', () => {
    const s = game((i) => void (i.rules.rotateOrder = true));
    const r2 = finishRound(s);
    expect(r2.order).toEqual(['china', 'tajikistan', 'pakistan', 'afghanistan', 'russia']);
    expect(actingPower(r2)).toBe('china');
    expect(finishRound(r2).order[0]).toBe('tajikistan');
  });

  it('refusals are forgotten at the start of a new round', () => {
    const refused = playAll(turnOf(game(), 'russia'), [
      ['russia', { kind: 'base', region: 'gbao' }],
      ['tajikistan', { kind: 'answer', accept: false }],
    ]);
    expect(refused.refused).toEqual(['base:russia:gbao']);
    expect(finishRound(refused).refused).toEqual([]);
  });
});
