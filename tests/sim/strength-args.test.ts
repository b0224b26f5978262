/**
 * The `strength` command's own grammar: its pairs, the search level's tuning options, and the bounds
 * that keep a typo such as `--seeds 1e9` from starting a run that cannot finish.
 */
import { describe, expect, it } from 'vitest';
import { parsePairs, parseStrength, searchOptionsOf, strengthUsage } from '../../src/cli/strength-args.ts';

describe('strength arguments', () => {
  it('parses pairs, with tuning options for the search level', () => {
    expect(parsePairs('planner/novice, strategist:horizon=2;judge=projected/planner')).toEqual([
      ['planner', 'novice'],
      ['strategist:horizon=2;judge=projected', 'planner'],
    ]);
    expect(searchOptionsOf('horizon=Infinity;policy=planner;minEdge=0.2')).toEqual({
      horizon: Infinity,
      policy: 'planner',
      minEdge: 0.2,
    });
  });

  const bad: [string, RegExp][] = [
    ['random', /"random" is not a pair X\/Y/],
    ['planner/', /"planner\/" is not a pair/],
    ['a/b/c', /"a\/b\/c" is not a pair/],
    ['planner/nobody', /unknown bot "nobody"/],
    ['planner:horizon=1/novice', /only strategist takes options, not "planner"/],
    ['strategist:horizon/novice', /"horizon" is not key=value/],
    ['strategist:horizon=-1/novice', /horizon must be a number ≥ 0, got "-1"/],
    ['strategist:judge=vibes/novice', /judge must be projected or outlook, got "vibes"/],
    ['strategist:timeMs=5/novice', /unknown search option "timeMs"/],
    ['strategist:constructor=1/novice', /unknown search option "constructor"/],
    [Array.from({ length: 11 }, () => 'planner/novice').join(','), /at most 10 pairs, got 11/],
  ];
  it.each(bad)('refuses --pairs %s', (spec, pattern) => {
    expect(parsePairs(spec)).toMatch(pattern);
  });

  it('defaults to the documented run and documents every option', () => {
    expect(parseStrength([])).toMatchObject({
      kind: 'run',
      values: { scenario: 'autumn-2016', seeds: 170, seed: 1, futures: 100, workers: null, json: false },
    });
    expect(parseStrength(['--seeds', '1e9'])).toEqual({
      kind: 'error',
      message: '--seeds must be a whole number, got "1e9"',
    });
    for (const option of ['--scenario', '--seeds', '--seed', '--pairs', '--futures', '--workers', '--json'])
      expect(strengthUsage()).toContain(option);
  });
});
