import { describe, expect, it } from 'vitest';
import {
  GREEDY_DEFAULTS,
  dueIp,
  greedyBot,
  greedyExplanation,
  makeGreedyBot,
  projectedScore,
  settledThreat,
} from '../../game/ai/greedy.ts';
import { BOTS, getBot } from '../../game/ai/index.ts';
import { newGame } from '../../game/engine.ts';
import { applyInPlace, cloneState } from '../../game/fast.ts';
import { legalMoves } from '../../game/legal.ts';
import { toMove, type Move } from '../../game/moves.ts';
import { getScenario } from '../../game/scenarios/index.ts';
import { agendaValue, roundObjectivesValue } from '../../game/selectors.ts';
import type { GameState } from '../../game/state.ts';
import { viewFor } from '../../game/view.ts';
import type { Power } from '../../game/vocabulary.ts';

const scenario = getScenario('autumn-2016')!;
const rngOf = (seed: number) => ({ rng: seed });

/** Play greedy moves from a fresh game until `stop` says so; returns the state there. */
function playUntil(seed: string, stop: (s: GameState, p: Power) => boolean): GameState {
  const s = cloneState(newGame(scenario, seed), false);
  const rng = rngOf(99);
  for (let p = toMove(s); p !== null; p = toMove(s)) {
    if (stop(s, p)) return s;
    applyInPlace(s, p, greedyBot.decide(viewFor(s, p), p, rng).move);
  }
  throw new Error('the game ended first');
}

/** The value of a decision's outcome to `power` when nothing is left pending (answers, choices). */
function directValue(s: GameState, power: Power, move: Move): number {
  const c = cloneState(viewFor(s, power), false);
  if (c.step === 'actions') c.order.push(c.order[c.turn]!);
  expect(applyInPlace(c, power, move)).toBeNull();
  return projectedScore(c, power);
}

describe('greedy bot', () => {
  it('is registered under its id', () => {
    expect(getBot('greedy')).toBe(greedyBot);
    expect(BOTS.map((b) => b.id)).toContain('random');
  });

  it('answers a request by comparing its own projected score after accepting and after refusing', () => {
    const differs = (st: GameState, p: Power) =>
      st.step === 'actions' &&
      st.requests.length === 1 &&
      directValue(st, p, { kind: 'answer', accept: true }) !== directValue(st, p, { kind: 'answer', accept: false });
    for (let g = 0; g < 5; g++) {
      const s = playUntil(`ask-${g}`, differs);
      const p = toMove(s)!;
      const yes = directValue(s, p, { kind: 'answer', accept: true });
      const no = directValue(s, p, { kind: 'answer', accept: false });
      const d = greedyBot.decide(viewFor(s, p), p, rngOf(1));
      expect(d.move).toEqual({ kind: 'answer', accept: yes > no });
      if (yes > no) expect(['greedy-gain', 'greedy-consent']).toContain(d.why.code);
      else expect(d.why.code).toBe('greedy-refuse');
    }
  });

  it('grants a request that costs it nothing, and passes rather than act for nothing', () => {
    const tie = (st: GameState, p: Power) =>
      st.step === 'actions' &&
      st.requests.length === 1 &&
      directValue(st, p, { kind: 'answer', accept: true }) === directValue(st, p, { kind: 'answer', accept: false });
    const s = playUntil('tie-answer', tie);
    const p = toMove(s)!;
    const d = greedyBot.decide(viewFor(s, p), p, rngOf(1));
    expect(d.move).toEqual({ kind: 'answer', accept: true });
    expect(d.why.code).toBe('greedy-consent');
    const idle = playUntil('idle', (st, q) => {
      if (st.step !== 'actions' || st.requests.length > 0) return false;
      return greedyBot.decide(viewFor(st, q), q, rngOf(1)).why.code === 'greedy-no-gain';
    });
    const q = toMove(idle)!;
    const rng = rngOf(1);
    expect(greedyBot.decide(viewFor(idle, q), q, rng).move).toEqual({ kind: 'pass' });
    expect(rng.rng).toBe(1);
  });

  it('takes the event option that serves its own score', () => {
    const s = playUntil('event', (st) => st.step === 'event');
    const p = toMove(s)!;
    const options = legalMoves(s, p);
    expect(options.length).toBeGreaterThanOrEqual(2);
    const values = options.map((m) => directValue(s, p, m));
    const d = greedyBot.decide(viewFor(s, p), p, rngOf(5));
    expect(values[options.findIndex((m) => JSON.stringify(m) === JSON.stringify(d.move))]).toBe(Math.max(...values));
  });

  it('explains itself in one sentence with a code and parameters', () => {
    const s = playUntil('why', (st) => st.step === 'actions' && st.requests.length === 0);
    const p = toMove(s)!;
    const d = greedyBot.decide(viewFor(s, p), p, rngOf(3));
    expect(['greedy-gain', 'greedy-no-gain', 'greedy-least-loss']).toContain(d.why.code);
    expect(greedyExplanation('tajikistan', 0, { kind: 'answer', accept: true }).code).toBe('greedy-consent');
    expect(greedyExplanation('tajikistan', 0, { kind: 'answer', accept: false }).code).toBe('greedy-refuse');
    expect(d.why.text).toMatch(/^because /);
    expect(d.why.params.power).toBe(p);
    expect(greedyExplanation('russia', 3)).toEqual({
      code: 'greedy-gain',
      params: { power: 'russia', gain: 3 },
      text: "because it raises Russia's expected score by 3",
    });
    expect(greedyExplanation('china', 0).code).toBe('greedy-no-gain');
    expect(greedyExplanation('china', -1.26).params).toEqual({ power: 'china', loss: 1.3 });
  });

  it('decides the same from the same view and rng, and breaks ties with its own rng', () => {
    // Find a position where the bot drew from its rng: there, the best moves were tied.
    let found = false;
    for (let g = 0; g < 10 && !found; g++) {
      const s = playUntil(`tie-${g}`, (st, p) => {
        if (st.step !== 'actions' || st.requests.length > 0) return false;
        const rng = rngOf(1);
        greedyBot.decide(viewFor(st, p), p, rng);
        return rng.rng !== 1;
      });
      const p = toMove(s)!;
      const view = viewFor(s, p);
      expect(greedyBot.decide(view, p, rngOf(11))).toEqual(greedyBot.decide(view, p, rngOf(11)));
      const choices = new Set<string>();
      for (let r = 0; r < 40; r++) choices.add(JSON.stringify(greedyBot.decide(view, p, rngOf(r * 7919)).move));
      expect(choices.size).toBeGreaterThan(1);
      found = true;
    }
    expect(found).toBe(true);
  });

  it('does not read or change the state it is given', () => {
    const s = playUntil('pure', (st) => st.step === 'actions' && st.requests.length === 0);
    const p = toMove(s)!;
    const view = viewFor(s, p);
    const before = JSON.stringify(view);
    greedyBot.decide(view, p, rngOf(1));
    expect(JSON.stringify(view)).toBe(before);
  });
});

describe('projectedScore', () => {
  const bare = { horizon: 0, ipWeight: 0, smooth: false, settled: false };

  it('counts round objectives 1 + horizon × (scorings left − 1) times, the agenda once, a fading value on IP', () => {
    const s = cloneState(newGame(scenario, 'proj'), false);
    const p: Power = 'russia';
    const once = projectedScore(s, p, bare);
    expect(once).toBe(s.vp[p] + roundObjectivesValue(s, p) + agendaValue(s, p));
    const all = projectedScore(s, p, { ...bare, horizon: 1 });
    expect(all - once).toBe((scenario.rounds - s.round) * roundObjectivesValue(s, p));
    const withIp = projectedScore(s, p, { ...bare, ipWeight: 1 });
    const fade = (scenario.rounds - s.round) / (scenario.rounds - 1);
    expect(withIp - once).toBeCloseTo(fade * (s.ip[p] + dueIp(s, p)));
    s.round = scenario.rounds;
    expect(projectedScore(s, p, { ...bare, ipWeight: 1 })).toBe(projectedScore(s, p, bare));
    s.step = 'ended';
    expect(projectedScore(s, p)).toBe(s.vp[p]);
  });

  it('counts the rent and aid dividend a power is owed as IP', () => {
    const s = cloneState(newGame(scenario, 'rent'), false);
    const russianLevels = s.regions
      .dushanbe!.bases.filter((b) => b.owner === 'russia')
      .reduce((n, b) => n + b.level, 0);
    expect(dueIp(s, 'tajikistan')).toBe(russianLevels * scenario.rules.income.baseRentPerLevel);
    s.aid.tajikistan = ['china', 'russia'];
    expect(dueIp(s, 'tajikistan')).toBe((russianLevels + 2) * scenario.rules.income.aidDividend);
  });

  it('with smooth, credits influence objectives for progress toward the next step', () => {
    const s = cloneState(newGame(scenario, 'smooth'), false);
    const p: Power = 'china';
    const o = scenario.objectives.china.find((x) => x.type === 'influence')!;
    const before = projectedScore(s, p, { ...bare, smooth: true });
    s.regions.xinjiang!.influence.china += 1;
    const after = projectedScore(s, p, { ...bare, smooth: true });
    expect(after - before).toBeCloseTo(o.vp / (o as { per: number }).per);
  });

  it('with settled, judges security on threat after bases and counterterrorism hold it down', () => {
    const s = cloneState(newGame(scenario, 'settled'), false);
    s.coalitions = [];
    s.regions.khyber!.threat = 3;
    s.regions.khyber!.bases = [];
    expect(settledThreat(s, 'khyber')).toBe(3);
    s.regions.khyber!.bases = [{ owner: 'china', level: 1 }];
    expect(settledThreat(s, 'khyber')).toBe(3 - scenario.rules.base.threatSuppression);
    s.coalitions = [{ id: 'x', leader: 'china', members: ['china', 'pakistan'], formed: 1 }];
    expect(settledThreat(s, 'khyber')).toBe(
      Math.max(0, 3 - scenario.rules.base.threatSuppression - scenario.rules.coalition.counterterrorism),
    );
    expect(s.regions.khyber!.threat).toBe(3);
  });

  it('has knobs that make a different bot', () => {
    const far = makeGreedyBot({ ...GREEDY_DEFAULTS, horizon: 1 }, 'greedy-far');
    expect(far.id).toBe('greedy-far');
  });
});
