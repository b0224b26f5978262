/**
 * What the levels do in chosen positions of the skirmish fixture, and what they say about it: the
 * flowcharts' boxes fire when their conditions hold, answers follow the power's goals, the search obeys
 * its budgets and is reproducible, and the log sentence reads as the issue asks.
 */
import { describe, expect, it } from 'vitest';
import { makeSearchBot } from '../../game/ai/search.ts';
import { noviceBot } from '../../game/ai/novice.ts';
import { plannerBot } from '../../game/ai/planner.ts';
import { sentence } from '../../game/ai/explain.ts';
import { PLAY_LEVELS, levelBot, BOTS } from '../../game/ai/index.ts';
import type { GameState, Power } from '../../game/index.ts';
import { legalMoves, newGame } from '../../game/index.ts';
import { viewFor } from '../../game/view.ts';
import { edit, turnOf } from '../fixtures/builders.ts';
import { skirmish } from './skirmish.ts';

const start = () => newGame(skirmish(), 1);
const rng = () => ({ rng: 42 });

/** A position where `power` must answer `request`, with IP enough for the asker. */
function asked(s: GameState, request: GameState['requests'][number]): GameState {
  return edit(s, (d) => {
    d.step = 'actions';
    d.turn = d.order.indexOf(request.from);
    d.actionsLeft = 1;
    d.requests = [request];
    d.ip[request.from] = 10;
  });
}

describe('the level list', () => {
  it('offers the three levels weakest first, each a registered bot', () => {
    expect(PLAY_LEVELS.map((l) => l.id)).toEqual(['novice', 'planner', 'strategist']);
    for (const l of PLAY_LEVELS) {
      expect(levelBot(l.id)?.id).toBe(l.id);
      expect(BOTS.some((b) => b.id === l.id)).toBe(true);
    }
  });
});

describe('the flowcharts', () => {
  it('novice and planner put out a fire where an incident is coming, and say so', () => {
    const s = turnOf(
      edit(start(), (d) => {
        d.regions.kabul!.threat = 5;
        d.ip.pakistan = 10;
      }),
      'pakistan',
    );
    for (const bot of [noviceBot, plannerBot]) {
      const d = bot.decide(viewFor(s, 'pakistan'), 'pakistan', rng());
      expect(['exercise', 'aid', 'base']).toContain(d.move.kind);
      expect((d.move as { region: string }).region).toBe('kabul');
      expect(d.why).toMatchObject({ code: 'threat', params: { region: 'kabul', threat: 5, stability: 3 } });
      expect(sentence(s, 'pakistan', d)).toMatch(
        /^Pakistan \(computer\) .+ because threat in Kabul reached 5, above its stability of 3\.$/,
      );
    }
  });

  it('a power with nothing to spend passes, and says it is out of IP', () => {
    const s = turnOf(
      edit(start(), (d) => (d.ip.russia = 0)),
      'russia',
    );
    for (const bot of [noviceBot, plannerBot]) {
      const d = bot.decide(viewFor(s, 'russia'), 'russia', rng());
      expect(d.move).toEqual({ kind: 'pass' });
      expect(d.why.code).toBe('broke');
    }
  });

  it('the planner takes control of a region it scores when one aid does it', () => {
    // Russia scores control of Dushanbe (stability 3, so 3 influence and a lead of 3): 3 vs 2 becomes 5 vs 2.
    const s = turnOf(
      edit(start(), (d) => {
        d.regions.dushanbe!.influence = { russia: 3, china: 0, tajikistan: 2, pakistan: 0, afghanistan: 0 };
        d.regions.gbao!.threat = 0;
        d.ip.russia = 4;
      }),
      'russia',
    );
    const d = plannerBot.decide(viewFor(s, 'russia'), 'russia', rng());
    expect(d.move).toEqual({ kind: 'aid', region: 'dushanbe' });
    expect(d.why).toMatchObject({ code: 'takeControl', params: { region: 'dushanbe' } });
  });
});

describe('answers follow the answering power’s goals', () => {
  it('Tajikistan refuses a base that would let Russia take a region it guards', () => {
    // The base's +1 takes Russia from 3 to 4 against Tajikistan's 1: control of Dushanbe (stability 3).
    const s = asked(
      edit(start(), (d) => {
        d.regions.dushanbe!.influence = { russia: 3, china: 0, tajikistan: 1, pakistan: 0, afghanistan: 0 };
      }),
      { kind: 'baseConsent', from: 'russia', to: 'tajikistan', region: 'dushanbe' },
    );
    for (const bot of [noviceBot, plannerBot]) {
      const d = bot.decide(viewFor(s, 'tajikistan'), 'tajikistan', rng());
      expect(d.move).toEqual({ kind: 'answer', accept: false });
      expect(d.why.code).toMatch(/^refuse/);
    }
  });

  it('China accepts an exercise that lowers threat where its security goal looks', () => {
    const s = asked(
      edit(start(), (d) => (d.regions.xinjiang!.threat = 3)),
      { kind: 'exercise', from: 'pakistan', to: 'china', region: 'xinjiang' },
    );
    const d = plannerBot.decide(viewFor(s, 'china'), 'china', rng());
    expect(d.move).toEqual({ kind: 'answer', accept: true });
    expect(d.why.code).toBe('acceptGoal');
  });

  it('the novice refuses its rival outright', () => {
    const s = asked(start(), { kind: 'exercise', from: 'russia', to: 'china', region: 'xinjiang' });
    const d = noviceBot.decide(viewFor(s, 'china'), 'china', rng());
    expect(d.move).toEqual({ kind: 'answer', accept: false });
    expect(d.why).toMatchObject({ code: 'refuseRival', params: { power: 'russia' } });
  });
});

describe('the search level', () => {
  const position = (power: Power) => viewFor(turnOf(start(), power), power);

  it('on an iteration budget decides the same twice, and only from its legal moves', () => {
    const bot = makeSearchBot({ timeMs: Infinity, iterations: 40, horizon: 0, shortlist: 4 });
    const view = position('china');
    const a = bot.decide(view, 'china', rng());
    const b = bot.decide(view, 'china', rng());
    expect(b).toEqual(a);
    expect(legalMoves(view, 'china').map((m) => JSON.stringify(m))).toContain(JSON.stringify(a.move));
    expect(a.why.code).toBe('search');
    expect(Number(a.why.params.total)).toBeLessThanOrEqual(40);
    expect(a.why.text).toMatch(/simulated futures/);
  });

  it('stops when its time budget is spent (a fake clock: 10 ms a tick, 100 ms budget)', () => {
    let t = 0;
    const bot = makeSearchBot({ timeMs: 100, horizon: 0, shortlist: 4, now: () => (t += 10) });
    const d = bot.decide(position('russia'), 'russia', rng());
    // Every playout reads the clock at least once, so about ten playouts fit in the budget.
    expect(Number(d.why.params.total ?? 0)).toBeLessThanOrEqual(12);
  });

  it('spends its time budget on the clock the caller lends, and reads none of its own', () => {
    let t = 0;
    const bot = makeSearchBot({ timeMs: 100, horizon: 0, shortlist: 4 });
    const d = bot.decide(position('russia'), 'russia', { ...rng(), now: () => (t += 10) });
    expect(t).toBeGreaterThan(0);
    expect(Number(d.why.params.total ?? 0)).toBeLessThanOrEqual(12);
  });

  it('without a clock plays a fixed number of futures instead, and so decides the same twice', () => {
    const bot = makeSearchBot({ unclockedIterations: 12, horizon: 0, shortlist: 4 });
    const view = position('china');
    const a = bot.decide(view, 'china', rng());
    expect(bot.decide(view, 'china', rng())).toEqual(a);
    expect(Number(a.why.params.total ?? 0)).toBeLessThanOrEqual(12);
  });

  it('falls back on the planner’s own choice when no future fits in the budget', () => {
    const bot = makeSearchBot({ timeMs: Infinity, iterations: 2, horizon: 0, shortlist: 4 });
    const view = position('pakistan');
    expect(bot.decide(view, 'pakistan', rng())).toEqual(plannerBot.decide(view, 'pakistan', rng()));
  });
});
