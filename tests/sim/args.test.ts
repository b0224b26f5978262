import { describe, expect, it } from 'vitest';
import { parseArgs, parseBots, usage, type SimulateOptions } from '../../src/cli/args.ts';

const known = { scenarios: ['autumn-2016', 'tutorial'], bots: ['random', 'greedy'] };
const all = (id: string) => ({ russia: id, china: id, tajikistan: id, pakistan: id, afghanistan: id });
const defaults: SimulateOptions = {
  scenario: 'autumn-2016',
  games: 100,
  seed: 1,
  bots: all('greedy'),
  json: false,
  timing: true,
  workers: null,
};

describe('parseArgs: good arguments', () => {
  const cases: [string, string[], Partial<SimulateOptions>][] = [
    ['no arguments: defaults', [], {}],
    [
      'the documented command',
      ['--scenario', 'autumn-2016', '--games', '1000', '--seed', '1', '--bots', 'greedy', '--json'],
      { games: 1000, json: true },
    ],
    ['--flag=value', ['--games=5', '--seed=42', '--scenario=tutorial'], { games: 5, seed: 42, scenario: 'tutorial' }],
    ['seed 0', ['--seed', '0'], { seed: 0 }],
    ['one bot for every seat', ['--bots', 'random'], { bots: all('random') }],
    [
      'five bots in seat order',
      ['--bots', 'random,greedy,random,greedy,random'],
      { bots: { russia: 'random', china: 'greedy', tajikistan: 'random', pakistan: 'greedy', afghanistan: 'random' } },
    ],
    ['power=bot pairs over the default', ['--bots', 'china=random'], { bots: { ...all('greedy'), china: 'random' } }],
    [
      'a default then pairs',
      ['--bots', 'random, russia=greedy ,pakistan=greedy'],
      { bots: { ...all('random'), russia: 'greedy', pakistan: 'greedy' } },
    ],
    ['--no-timing', ['--no-timing'], { timing: false }],
    ['--workers', ['--workers', '2'], { workers: 2 }],
  ];
  it.each(cases)('%s', (_name, argv, expected) => {
    expect(parseArgs(argv, known)).toEqual({ kind: 'run', options: { ...defaults, ...expected } });
  });

  it('answers --help and -h with help wherever they stand, even among bad arguments', () => {
    expect(parseArgs(['--help'], known)).toEqual({ kind: 'help' });
    expect(parseArgs(['--gmaes', '3', '-h'], known)).toEqual({ kind: 'help' });
    expect(parseArgs(['-h', '--gmaes', '3'], known)).toEqual({ kind: 'help' });
    expect(parseArgs(['--games', '3', '--help'], known)).toEqual({ kind: 'help' });
  });

  it('plays a clocked bot as its fixed-budget stand-in under --no-timing, and only then', () => {
    const clocked = {
      ...known,
      bots: [...known.bots, 'deep', 'deep-fixed'],
      onClock: new Map([['deep', 'deep-fixed']]),
    };
    const timed = parseArgs(['--bots', 'random,china=deep'], clocked);
    expect(timed).toMatchObject({ kind: 'run', options: { bots: { china: 'deep', russia: 'random' } } });
    const fixed = parseArgs(['--bots', 'random,china=deep', '--no-timing'], clocked);
    expect(fixed).toMatchObject({ kind: 'run', options: { bots: { china: 'deep-fixed', russia: 'random' } } });
    expect(usage(clocked)).toContain('play deep seats as deep-fixed');
  });
});

describe('parseArgs: bad arguments give one line naming the problem', () => {
  const cases: [string[], RegExp][] = [
    [['--scenario', 'autumn-2061'], /unknown scenario "autumn-2061" \(did you mean autumn-2016\?\)/],
    [['--scenario', 'nowhere'], /^unknown scenario "nowhere"$/],
    [['--games', '-5'], /--games must be between 1 and 1000000, got -5/],
    [['--games', '0'], /--games must be between 1/],
    [['--games', 'abc'], /--games must be a whole number, got "abc"/],
    [['--games', '2.5'], /--games must be a whole number/],
    [['--games', '1e3'], /--games must be a whole number/],
    [['--games'], /--games needs a value/],
    [['--games', '--json'], /--games needs a value/],
    [['--games='], /--games needs a value/],
    [['--gmaes', '10'], /unknown option --gmaes \(did you mean --games\?\)/],
    [['--frobnicate'], /^unknown option --frobnicate$/],
    [['games', '10'], /unexpected argument "games"/],
    [['--seed', '-1'], /--seed must be between 0/],
    [['--seed', 'x'], /--seed must be a whole number/],
    [['--games', '5', '--games', '6'], /--games is given twice/],
    [['--json', '--json'], /--json is given twice/],
    [['--games', '99999999999999999999'], /--games must be between 1 and 1000000/],
    [['-x'], /^unknown option -x$/],
    [['--seed', '1', '--', 'extra'], /unexpected argument "extra"/],
    [['--json=yes'], /--json takes no value/],
    [['--bots', 'grredy'], /unknown bot "grredy" \(did you mean greedy\?\)/],
    [['--bots', 'random,greedy'], /needs one bot or five/],
    [['--bots', 'random,,greedy'], /empty entry/],
    [['--bots', 'rusia=random'], /unknown power "rusia" \(did you mean russia\?\)/],
    [['--bots', 'china=random,china=greedy'], /names china twice/],
    [['--bots', 'china='], /is not power=bot/],
    [['--bots', 'random,greedy,random,greedy,random,china=greedy'], /not both/],
    [['--workers', '0'], /--workers must be between 1/],
  ];
  it.each(cases)('%j', (argv, pattern) => {
    const parsed = parseArgs(argv, known);
    expect(parsed.kind).toBe('error');
    if (parsed.kind !== 'error') return;
    expect(parsed.message).toMatch(pattern);
    expect(parsed.message).not.toContain('\n');
  });
});

describe('parseBots and usage', () => {
  it('returns a seat table or a message', () => {
    expect(parseBots('greedy', known.bots)).toEqual(all('greedy'));
    expect(typeof parseBots('nobody', known.bots)).toBe('string');
  });
  it('documents every option and the bots that exist', () => {
    const text = usage(known);
    for (const flag of ['--scenario', '--games', '--seed', '--bots', '--json', '--no-timing', '--workers', '--help'])
      expect(text).toContain(flag);
    expect(text).toContain('random, greedy');
    expect(text).toContain('autumn-2016, tutorial');
  });
});
