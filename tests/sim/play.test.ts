import { describe, expect, it } from 'vitest';
import type { Bot } from '../../game/ai/bot.ts';
import { greedyBot } from '../../game/ai/greedy.ts';
import { randomBot } from '../../game/ai/random.ts';
import { legalMoves } from '../../game/legal.ts';
import { getScenario } from '../../game/scenarios/index.ts';
import {
  IllegalMoveError,
  everySeat,
  gameSeed,
  isDecision,
  playGame,
  playRange,
  type GameSummary,
} from '../../game/sim/play.ts';
import { actionMix, summarize } from '../../game/sim/stats.ts';
import { ACTION_KINDS, POWERS, byPower } from '../../game/vocabulary.ts';

const scenario = getScenario('autumn-2016')!;

/**
 * A bot that wraps another and checks every move it makes against `legalMoves` of its view; it counts
 * the group decisions (operations and event choices) apart from the door changes of a host's turn.
 */
function checked(inner: Bot, seen: { decisions: number; doors: number; illegal: number }): Bot {
  return {
    id: `checked-${inner.id}`,
    label: inner.label,
    decide(view, power, rng) {
      const d = inner.decide(view, power, rng);
      if (isDecision(d.move)) seen.decisions += 1;
      else seen.doors += 1;
      const legal = legalMoves(view, power).some((m) => JSON.stringify(m) === JSON.stringify(d.move));
      if (!legal) seen.illegal += 1;
      return d;
    },
  };
}

describe('playGame', () => {
  it('is determined by (scenario, seed, bots)', () => {
    const a = playRange(scenario, 7, everySeat(greedyBot), 0, 3);
    const b = playRange(scenario, 7, everySeat(greedyBot), 0, 3);
    expect(a).toEqual(b);
    const c = playRange(scenario, 8, everySeat(randomBot), 0, 3);
    const d = playRange(scenario, 8, everySeat(randomBot), 0, 3);
    expect(c).toEqual(d);
    expect(c.map((g) => g.seed)).toEqual(['8:0', '8:1', '8:2']);
  });

  it('different seeds give different games', () => {
    const games = playRange(scenario, 1, everySeat(randomBot), 0, 5);
    expect(new Set(games.map((g) => JSON.stringify(g.scores))).size).toBeGreaterThan(1);
  });

  it('plays to the end with legal moves only, for random and greedy bots', () => {
    for (const bot of [randomBot, greedyBot]) {
      const seen = { decisions: 0, doors: 0, illegal: 0 };
      const g = playGame(scenario, gameSeed(3, 0), everySeat(checked(bot, seen)));
      expect(seen.illegal).toBe(0);
      expect(seen.decisions).toBe(g.moves);
      expect(g.rounds).toBeGreaterThanOrEqual(1);
      expect(g.rounds).toBeLessThanOrEqual(scenario.rounds);
      expect(g.winners.length).toBeGreaterThan(0);
      const top = Math.max(...POWERS.map((p) => g.scores[p]));
      for (const w of g.winners) expect(g.scores[w]).toBe(top);
    }
  });

  it('stops with IllegalMoveError when a bot breaks the rules', () => {
    let calls = 0;
    const broken: Bot = {
      id: 'broken',
      label: 'Broken',
      // A size-1 aid first (legal unless an event choice is pending), then always a size no scenario allows.
      decide: () => ({
        move: { kind: 'aid', region: 'gbao', size: calls++ === 0 ? 1 : 1000 },
        why: { code: 'x', params: {}, text: 'x' },
      }),
    };
    const seats = { ...everySeat(greedyBot), tajikistan: broken };
    let error: unknown;
    try {
      playRange(scenario, 1, seats, 0, 5);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IllegalMoveError);
    const e = error as IllegalMoveError;
    expect(e.bot).toBe('broken');
    expect(e.power).toBe('tajikistan');
    expect(e.move).toMatchObject({ kind: 'aid', region: 'gbao' });
    expect(typeof e.reason).toBe('string');
    expect(e.message).toContain('illegal move');
  });

  it('shows each bot only its own seat: other agendas hidden, no game rng', () => {
    const peeks: string[] = [];
    const spy: Bot = {
      id: 'spy',
      label: 'Spy',
      decide(view, power, rng) {
        expect(view.rng).toBe(0);
        for (const p of POWERS) {
          const agenda = view.agendas![p];
          if (p === power) expect(agenda).not.toBe('');
          else expect(agenda).toBe('');
        }
        peeks.push(power);
        return randomBot.decide(view, power, rng);
      },
    };
    playGame(scenario, 'view', everySeat(spy));
    expect(new Set(peeks)).toEqual(new Set(POWERS));
  });

  it('gives each seat its own rng: changing one bot leaves the others’ random draws alone', () => {
    const draws = byPower(() => [] as number[]);
    const recorder: Bot = {
      id: 'rec',
      label: 'rec',
      decide(view, power, rng) {
        draws[power].push(rng.rng);
        return randomBot.decide(view, power, rng);
      },
    };
    playGame(scenario, 'rng', everySeat(recorder));
    const firsts = POWERS.map((p) => draws[p][0]);
    expect(new Set(firsts).size).toBe(POWERS.length);
  });

  it('counts operations by kind, one a power a round, and the rest of the decisions are event choices', () => {
    const g = playGame(scenario, 'count', everySeat(randomBot));
    let actions = 0;
    for (const p of POWERS) for (const k of ACTION_KINDS) actions += g.actions[p][k];
    if (g.reason === 'rounds') expect(actions).toBe(POWERS.length * g.rounds);
    expect(actions).toBeGreaterThan(0);
    expect(g.moves - actions).toBeGreaterThanOrEqual(0);
    expect(g.moves - actions).toBeLessThanOrEqual(g.rounds);
  });

  it('samples the hosts’ doors at every round’s end; powers that host nothing have none', () => {
    const g = playGame(scenario, 'doors', everySeat(randomBot));
    expect(g.doors.russia).toEqual({ sampled: 0, open: 0 });
    for (const host of ['tajikistan', 'pakistan', 'afghanistan', 'china'] as const) {
      // Every round that ran to its end; a crisis may cut the last one short.
      const perRound = POWERS.length - 1;
      if (g.reason === 'rounds') expect(g.doors[host].sampled).toBe(perRound * g.rounds);
      expect(g.doors[host].sampled).toBeGreaterThanOrEqual(perRound * (g.rounds - 1));
      expect(g.doors[host].open).toBeLessThanOrEqual(g.doors[host].sampled);
    }
  });
});

describe('summarize', () => {
  const zero = () =>
    Object.fromEntries(ACTION_KINDS.map((k) => [k, 0])) as Record<(typeof ACTION_KINDS)[number], number>;
  const game = (scores: number[], winners: GameSummary['winners'], aid = 0): GameSummary => ({
    seed: 'x',
    reason: 'rounds',
    winners,
    scores: byPower((p) => scores[POWERS.indexOf(p)]!),
    rounds: 7,
    moves: 100,
    actions: byPower((p) => ({ ...zero(), aid: p === 'russia' ? aid : 0, pass: 1 })),
    doors: byPower(() => ({ sampled: 2, open: 1 })),
  });

  it('shares tied wins, so win rates add up to 1', () => {
    const stats = summarize([
      game([10, 5, 5, 5, 5], ['russia']),
      game([8, 8, 1, 1, 1], ['russia', 'china']),
      game([1, 2, 3, 4, 9], ['afghanistan']),
      game([3, 3, 3, 3, 3], [...POWERS]),
    ]);
    expect(stats.powers.russia.wins).toBeCloseTo(1.7);
    expect(stats.powers.china.wins).toBeCloseTo(0.7);
    expect(stats.powers.afghanistan.wins).toBeCloseTo(1.2);
    const total = POWERS.reduce((s, p) => s + stats.powers[p].winRate, 0);
    expect(total).toBeCloseTo(1);
  });

  it('reports mean, sample standard deviation, range, actions and length', () => {
    const stats = summarize([game([2, 0, 0, 0, 0], ['russia'], 3), game([4, 0, 0, 0, 0], ['russia'], 1)]);
    const r = stats.powers.russia;
    expect(r.meanScore).toBe(3);
    expect(r.scoreStdDev).toBeCloseTo(Math.SQRT2);
    expect([r.minScore, r.maxScore]).toEqual([2, 4]);
    expect(r.actions.aid).toBe(4);
    expect(r.actions.pass).toBe(2);
    expect(actionMix(r).aid).toBeCloseTo(4 / 6);
    expect(r.doors).toEqual({ sampled: 4, open: 2 });
    expect(stats.meanRounds).toBe(7);
    expect(stats.meanMoves).toBe(100);
    expect(stats.meanActions).toBe(4 / 2 + 5);
    expect(stats.endReasons).toEqual({ rounds: 2, dominance: 0, crisis: 0 });
  });

  it('handles an empty run', () => {
    const stats = summarize([]);
    expect(stats.games).toBe(0);
    expect(stats.powers.china.winRate).toBe(0);
    expect(stats.powers.china.scoreStdDev).toBe(0);
  });
});
