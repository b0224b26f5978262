/**
 * "What if?" playouts: deterministic given a seed and split-able across workers, the branch's move
 * checked, common random numbers between the two branches, and no secret used: a mid-game position
 * carries no hidden agenda, changing the hidden truth changes no playout, and every blank agenda is
 * drawn from its power's pool with the start value the engine's own deal would have recorded.
 */
import { describe, expect, it } from 'vitest';
import { getBot } from './ai/index.ts';
import { replay } from './record.ts';
import { getScenario } from './scenarios/index.ts';
import type { GameState } from './state.ts';
import { POWERS, byPower } from './vocabulary.ts';
import {
  agendaStarts,
  alternatives,
  branchPlayouts,
  branchPoints,
  checkBranch,
  hiddenAgendas,
  positionFor,
  sameMove,
  sampledAgendas,
  type Playout,
} from './whatif.ts';
import { compareBranches, summarize } from './whatif-summary.ts';
import { playRecorded } from '../tests/scenarios/play.ts';

const scenario = getScenario('autumn-2016')!;
const { record } = playRecorded(scenario, 'whatif-test', getBot('planner')!);
const all = replay(record);
if (!all.ok) throw new Error('the record does not replay');
const states = all.value;
const points = branchPoints(record.moves, states);
const bots = byPower(() => getBot('novice')!);

/** The same game cut after `n` moves: still being played, its agendas secret. */
function cut(n: number): GameState[] {
  const r = replay({ ...record, moves: record.moves.slice(0, n) });
  if (!r.ok) throw new Error('the cut record does not replay');
  return r.value;
}

const run = (position: GameState, point = points[3]!, seed: number | string = 1, count = 12, from = 0): Playout[] => {
  const r = branchPlayouts(position, point.power, point.move, { seed, count, from, bots });
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('branch points and alternatives', () => {
  it('lists every operation and event choice of the record, never the start or a door change', () => {
    expect(points.length).toBeGreaterThan(15);
    for (const p of points) {
      expect(['start', 'door']).not.toContain(p.move.kind);
      expect(record.moves[p.index]!.move).toEqual(p.move);
      expect(states[p.index]!.round).toBe(p.round);
    }
    const decisions = record.moves.filter((m) => m.move.kind !== 'start' && m.move.kind !== 'door');
    expect(points).toHaveLength(decisions.length);
  });

  it('offers every other legal move (no door changes, not the move taken), each a branch the engine accepts', () => {
    const p = points.find((x) => x.move.kind !== 'choose')!;
    const before = states[p.index]!;
    const alts = alternatives(before, p.power, p.move);
    expect(alts.length).toBeGreaterThan(3);
    expect(alts.some((m) => sameMove(m, p.move))).toBe(false);
    expect(alts.some((m) => m.kind === 'pass') || p.move.kind === 'pass').toBe(true);
    for (const m of alts) expect(checkBranch(before, p.power, m)).toBeNull();
  });

  it('refuses, with the reason, a move that is no decision of that power there', () => {
    const p = points[3]!;
    const before = positionFor(states, p.index, null);
    const other = POWERS.find((x) => x !== p.power)!;
    expect(checkBranch(before, other, p.move)).toBe(`it is not ${other}'s decision in this position`);
    expect(checkBranch(before, p.power, { kind: 'door', guest: other, price: null })).toMatch(/door move/);
    expect(checkBranch(before, p.power, { kind: 'aid', region: 'atlantis' as never, size: 1 })).toMatch(
      /cannot play aid here \(UNKNOWN_REGION\)/,
    );
    expect(checkBranch(states.at(-1)!, p.power, { kind: 'pass' })).toMatch(/after the end/);
    const r = branchPlayouts(before, other, p.move, { seed: 1, count: 3, bots });
    expect(r).toEqual({ ok: false, error: `it is not ${other}'s decision in this position` });
  });
});

describe('playouts', () => {
  const position = positionFor(states, points[3]!.index, null);

  it('are deterministic given the seed, and a run split in slices is the same run', () => {
    const a = run(position, points[3]!, 'seed-a', 10);
    expect(run(position, points[3]!, 'seed-a', 10)).toEqual(a);
    expect([...run(position, points[3]!, 'seed-a', 4, 0), ...run(position, points[3]!, 'seed-a', 6, 4)]).toEqual(a);
    expect(run(position, points[3]!, 'seed-b', 10)).not.toEqual(a);
    expect(a.map((p) => p.index)).toEqual([...Array(10).keys()]);
  });

  it('re-roll the dice: playouts of one branch end differently', () => {
    const scores = new Set(run(position, points[3]!, 'dice', 20).map((p) => JSON.stringify(p.scores)));
    expect(scores.size).toBeGreaterThan(3);
  });

  it('play to the end of the game, with figures the engine agrees with', () => {
    for (const p of run(position, points[3]!, 'end', 8)) {
      expect(p.rounds).toBeLessThanOrEqual(scenario.rounds);
      expect(p.winners.length).toBeGreaterThan(0);
      const best = Math.max(...POWERS.map((x) => p.scores[x]));
      for (const w of p.winners) expect(p.scores[w]).toBe(best);
      expect(p.peakTension).toBeGreaterThanOrEqual(p.tension);
      expect(p.blamed === null || p.reason === 'crisis').toBe(true);
      expect(POWERS.reduce((s, x) => s + p.control[x], 0)).toBeLessThanOrEqual(scenario.regions.length);
    }
  });

  it('share their dice with the other branch: the same move in both branches changes nothing', () => {
    const p = points[3]!;
    const a = run(position, p, 'crn', 15);
    const v = compareBranches(a, run(position, p, 'crn', 15), p.power);
    expect(v.anyClear).toBe(false);
    expect(v.moverScore.delta).toBe(0);
    expect(summarize(a).playouts).toBe(15);
  });
});

describe('secrets', () => {
  const live = cut(points[8]!.index + 3);
  const point = points[8]!;

  it('a mid-game position carries no agenda the viewer cannot see, and no dice', () => {
    expect(live.at(-1)!.step).not.toBe('ended');
    const spectator = positionFor(live, point.index, null);
    expect(hiddenAgendas(spectator)).toEqual([...POWERS]);
    expect(Object.values(spectator.baseline!.agenda)).toEqual([0, 0, 0, 0, 0]);
    expect(spectator.rng).toBe(0);
    const china = positionFor(live, point.index, 'china');
    expect(hiddenAgendas(china)).toEqual(POWERS.filter((p) => p !== 'china'));
    expect(china.agendas!.china).toBe(states[point.index]!.agendas!.china);
  });

  it('changing the hidden truth changes no playout: the run never sees it', () => {
    const truth = live[point.index]!;
    const other = byPower(
      (p) => scenario.agendas.filter((a) => a.power === p).find((a) => a.id !== truth.agendas![p])!.id,
    );
    const forged = [...live];
    forged[point.index] = { ...truth, agendas: other };
    expect(positionFor(forged, point.index, null)).toEqual(positionFor(live, point.index, null));
    expect(run(positionFor(forged, point.index, null), point, 's', 6)).toEqual(
      run(positionFor(live, point.index, null), point, 's', 6),
    );
  });

  it('draws each hidden agenda from its power’s pool, covering the pool', () => {
    const position = positionFor(live, point.index, null);
    const seen = byPower(() => new Set<string>());
    for (let i = 0; i < 80; i++) {
      const a = sampledAgendas(position, 'pool', i)!;
      for (const p of POWERS) {
        expect(scenario.agendas.find((x) => x.id === a[p])?.power).toBe(p);
        seen[p].add(a[p]);
      }
    }
    for (const p of POWERS) expect(seen[p].size).toBe(scenario.agendas.filter((a) => a.power === p).length);
  });

  it('gives a sampled agenda the start value the engine’s deal records for it', () => {
    const starts = agendaStarts(positionFor(live, point.index, null));
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const s = replay({ ...record, seed, moves: record.moves.slice(0, 1) });
      if (!s.ok) throw new Error('no start');
      const dealt = s.value[1]!;
      for (const p of POWERS) expect(starts.get(dealt.agendas![p])).toBe(dealt.baseline!.agenda[p]);
    }
  });

  it('a finished game plays with the agendas everyone has seen, in every playout', () => {
    const position = positionFor(states, point.index, null);
    expect(hiddenAgendas(position)).toEqual([]);
    for (let i = 0; i < 5; i++) expect(sampledAgendas(position, 'x', i)).toEqual(states[point.index]!.agendas);
  });
});
