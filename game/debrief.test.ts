/**
 * The debrief's data: series that match the game's own round snapshots, turning points whose causes
 * add up to the swing, the final map from the selectors, and the comparison with history.
 */
import { describe, expect, it } from 'vitest';
import { greedyBot } from './ai/greedy.ts';
import { randomBot } from './ai/random.ts';
import { debrief } from './debrief.ts';
import { replay } from './record.ts';
import { getScenario, SCENARIO_IDS } from './scenarios/index.ts';
import { controlMap } from './selectors.ts';
import { POWERS } from './vocabulary.ts';
import { playRecorded } from '../tests/scenarios/play.ts';

function game(id: string, seed: number | string, bot = randomBot) {
  const { record, final } = playRecorded(getScenario(id)!, seed, bot);
  const states = replay(record);
  if (!states.ok) throw new Error('replay failed');
  return { record, final, states: states.value, d: debrief(record, states.value) };
}

describe.each(SCENARIO_IDS)('debrief of %s', (id) => {
  it('has one point per round from the setup on, matching the round snapshots', () => {
    for (const seed of [1, 2, 3]) {
      const { final, d } = game(id, seed);
      expect(d.rounds[0]).toBe(0);
      const snapshots = final.history.map((h) => h.round);
      // A game ended mid-round (a crisis) gets one more point: the position it ended in.
      const cut = (snapshots.at(-1) ?? 0) < final.round ? [final.round] : [];
      expect(d.rounds.slice(1)).toEqual([...snapshots, ...cut]);
      for (const h of final.history) {
        const pt = d.points.find((p) => p.round === h.round)!;
        expect(pt.influence).toEqual(h.influence);
        expect(pt.threat).toEqual(h.threat);
        expect(pt.scores).toEqual(h.scores);
        expect(pt.ip).toEqual(h.ip);
        expect(pt.tension).toBe(h.tension);
      }
      for (const p of POWERS) {
        expect(d.scores[p]).toHaveLength(d.rounds.length);
        expect(d.influence.total[p]).toEqual(
          d.points.map((pt) => Object.values(pt.influence).reduce((n, byPower) => n + byPower[p], 0)),
        );
      }
      expect(Object.keys(d.influence.byRegion)).toEqual(final.scenario.regions.map((r) => r.id));
    }
  });

  it('names turning points whose causes add up to the swing, largest first', () => {
    for (const seed of [4, 5]) {
      const { d } = game(id, seed);
      expect(d.turningPoints.length).toBeGreaterThan(0);
      expect(d.turningPoints.length).toBeLessThanOrEqual(5);
      for (const t of d.turningPoints) {
        const sum: Record<string, number> = {};
        for (const c of t.causes) for (const [p, v] of Object.entries(c.change)) sum[p] = (sum[p] ?? 0) + v!;
        for (const p of POWERS) expect(sum[p] ?? 0, `${t.region} round ${t.round} ${p}`).toBe(t.change[p] ?? 0);
        expect(t.swing).toBe(POWERS.reduce((n, p) => n + Math.abs(t.change[p] ?? 0), 0));
        const before = d.points.find((pt) => pt.round === t.round - 1)!;
        expect(t.controlBefore).toBe(before.control[t.region]);
      }
      const weight = (t: (typeof d.turningPoints)[number]) => t.swing + (t.controlBefore !== t.controlAfter ? 3 : 0);
      for (let i = 1; i < d.turningPoints.length; i++)
        expect(weight(d.turningPoints[i - 1]!)).toBeGreaterThanOrEqual(weight(d.turningPoints[i]!));
    }
  });

  it('ends on the final map, the result, the history comparison and the questions', () => {
    const { final, d } = game(id, 6, greedyBot);
    expect(Object.fromEntries(d.finalMap.map((r) => [r.region, r.controller]))).toEqual(controlMap(final));
    expect(d.result).toEqual(final.result);
    expect(d.comparison.outcome).toBe(final.scenario.history.outcome);
    expect(d.questions).toBe(final.scenario.teacherNotes.questions);
    const leader = final.scenario.history.leader;
    if (leader) {
      expect(d.comparison.leader?.power).toBe(leader.power);
      expect(d.comparison.leader?.matches).toBe(d.comparison.leader?.gameLeader === leader.power);
    }
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});

describe('debrief causes', () => {
  it('attributes the opening event and the moves of a round to the regions they moved', () => {
    const { record, states } = game('autumn-2016', 'causes');
    const all = debrief(record, states, 1000);
    const gbao = all.turningPoints.find((t) => t.round === 1 && t.region === 'gbao');
    expect(gbao?.causes).toContainEqual(
      expect.objectContaining({
        kind: 'round-start',
        event: 'ishkoshim-exercise',
        change: expect.objectContaining({ china: 2 }),
      }),
    );
    const moved = all.turningPoints.flatMap((t) => t.causes).filter((c) => c.kind === 'move');
    expect(moved.length).toBeGreaterThan(0);
    for (const c of moved) if (c.kind === 'move') expect(record.moves[c.step]!.move).toEqual(c.move);
  });
});
