/** The debrief page's view model: chart series that match the engine's debrief, and readable sentences. */
import { describe, expect, it } from 'vitest';
import {
  POWERS,
  POWER_NAMES,
  byPower,
  REGION_CATALOGUE,
  debrief,
  getScenario,
  isRegionId,
  replay,
} from '../../game/index.ts';
import { getBot } from '../../game/ai/index.ts';
import { playRecorded } from '../../tests/scenarios/play.ts';
import {
  changeText,
  describeTurningPoint,
  historySentence,
  influenceSeries,
  scoreSeries,
  type Names,
} from './model.ts';
import { dt } from './strings.ts';

const names: Names = {
  lang: 'en',
  power: (p) => POWER_NAMES[p],
  region: (id) => (isRegionId(id) ? REGION_CATALOGUE[id].name : id),
  list: (items) => items.join(' and '),
  move: ({ move }) => move.kind,
  event: (id) => `«${id}»`,
};

const { record } = playRecorded(getScenario('autumn-2016')!, 'model', getBot('random')!);
const states = replay(record);
if (!states.ok) throw new Error('replay failed');
const d = debrief(record, states.value, 50);

describe('debrief view model', () => {
  it('draws one line per power, labelled Start, 1, 2, …, with its own colour and dash', () => {
    const s = influenceSeries(d, null, names);
    const rounds = states.value[states.value.length - 1]!.history.length;
    expect(rounds).toBeGreaterThan(0);
    expect(rounds).toBeLessThanOrEqual(getScenario('autumn-2016')!.rounds);
    expect(s.labels).toEqual(['Start', ...Array.from({ length: rounds }, (_, i) => String(i + 1))]);
    expect(s.datasets.map((x) => x.power)).toEqual([...POWERS]);
    expect(new Set(s.datasets.map((x) => x.color)).size).toBe(5);
    expect(new Set(s.datasets.map((x) => x.point)).size).toBe(5);
    for (const x of s.datasets) expect(x.data).toEqual(d.influence.total[x.power]);
    const gbao = influenceSeries(d, 'gbao', names);
    expect(gbao.datasets[1]!.data).toEqual(d.influence.byRegion.gbao!.china);
    const scores = scoreSeries(d, names);
    expect(scores.datasets[0]!.data.slice(0, d.rounds.length)).toEqual(d.scores.russia);
    expect(scores.labels.at(-1)).toBe('Final');
    for (const x of scores.datasets) expect(x.data.at(-1)).toBe(d.result!.scores[x.power]);
    const unfinished = scoreSeries({ ...d, result: null }, names);
    expect(unfinished.labels).toEqual(s.labels);
  });

  it('writes each turning point as a headline and one line per cause', () => {
    expect(changeText({ china: 3, russia: -1 }, names)).toBe('Russia −1, China +3');
    expect(d.turningPoints.length).toBeGreaterThan(0);
    for (const tp of d.turningPoints) {
      const text = describeTurningPoint(tp, names);
      expect(text.headline).toMatch(new RegExp(`^Round ${tp.round}, ${names.region(tp.region)}: `));
      expect(text.causes).toHaveLength(tp.causes.length);
      expect(text.control === null).toBe(tp.controlBefore === tp.controlAfter);
      for (const line of text.causes) expect(line).not.toMatch(/\{\{/);
    }
    const opening = d.turningPoints.find((t) => t.round === 1 && t.region === 'gbao');
    expect(opening && describeTurningPoint(opening, names).causes.join('\n')).toContain('«ishkoshim-exercise»');
  });

  it('compares the end with history’s leader', () => {
    const withLeader = {
      ...d,
      comparison: {
        ...d.comparison,
        leader: {
          power: 'russia' as const,
          regions: ['dushanbe' as const],
          gameLeader: 'china' as const,
          matches: false,
          controlled: byPower(() => 0),
        },
      },
    };
    expect(historySentence(withLeader, names)).toBe(
      'The source has Russia as the leading power over Dushanbe, taken together; in your game China ended with the most influence there.',
    );
    expect(historySentence({ ...d, comparison: { ...d.comparison, leader: undefined } }, names)).toBeNull();
  });

  it('fills parameters and falls back to English', () => {
    expect(dt('en', 'stepOf', { step: 3, total: 9 })).toBe('Step 3 of 9');
    expect(dt('ru', 'heading')).toBe('Debrief');
    expect(dt('en-GB', 'print')).toBe('Print');
  });
});
