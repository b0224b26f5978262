/**
 * The shared command-line layer (`src/cli/options.ts`) on a small spec of every kind of option: typed
 * values, help wherever it stands, and one message for each way an argument can be wrong.
 */
import { describe, expect, it } from 'vitest';
import { choice, custom, flag, integer, parseCommand, usageOf } from '../../src/cli/options.ts';

const spec = {
  name: 'tool',
  usage: 'tool [options] <file...>',
  about: ['Does a thing.'],
  options: {
    size: integer({ min: 1, max: 10, initial: 3, help: 'a size, 1..10' }),
    limit: integer({ min: 0, max: 5, initial: null, help: 'a limit' }),
    colour: choice({ choices: ['red', 'green'], noun: 'colour', initial: 'red', help: 'a colour' }),
    list: custom({
      initial: [] as string[],
      read: (text) => (text.includes(',,') ? 'has an empty entry' : text.split(',')),
      placeholder: '<a,b>',
      help: 'a list\nover two lines',
    }),
    loud: flag('shout'),
  },
  positionals: { name: 'file', min: 1, missing: 'no file given' },
  check: (v: { size: number; limit: number | null }) =>
    v.limit !== null && v.limit > v.size ? '--limit must not exceed --size' : null,
};

const run = (...argv: string[]) => parseCommand(spec, argv);

describe('parseCommand', () => {
  it('gives typed values, defaults for what is left out, and the positionals', () => {
    expect(run('a.json')).toEqual({
      kind: 'run',
      values: { size: 3, limit: null, colour: 'red', list: [], loud: false },
      positionals: ['a.json'],
    });
    expect(run('--size=7', 'a', '--colour', 'green', '--list', 'x,y', '--loud', 'b', '--limit', '2')).toEqual({
      kind: 'run',
      values: { size: 7, limit: 2, colour: 'green', list: ['x', 'y'], loud: true },
      positionals: ['a', 'b'],
    });
    expect(run('--', '--loud')).toMatchObject({ kind: 'run', positionals: ['--loud'] });
  });

  it('answers help wherever -h or --help stands, but not after --', () => {
    expect(run('a', '-h')).toEqual({ kind: 'help' });
    expect(run('--bogus', '--help')).toEqual({ kind: 'help' });
    expect(run('--', '-h')).toMatchObject({ kind: 'run', positionals: ['-h'] });
  });

  const bad: [string[], string][] = [
    [['a', '--sise', '2'], 'unknown option --sise (did you mean --size?)'],
    [['a', '-s'], 'unknown option -s'],
    [['a', '--size'], '--size needs a value'],
    [['a', '--size', '--loud'], '--size needs a value'],
    [['a', '--size='], '--size needs a value'],
    [['a', '--size', '-2'], '--size must be between 1 and 10, got -2'],
    [['a', '--size', '0x5'], '--size must be a whole number, got "0x5"'],
    [['a', '--size', '1.5'], '--size must be a whole number, got "1.5"'],
    [['a', '--size', '11'], '--size must be between 1 and 10, got 11'],
    [['a', '--size', '1', '--size=2'], '--size is given twice'],
    [['a', '--loud', '--loud'], '--loud is given twice'],
    [['a', '--loud=yes'], '--loud takes no value'],
    [['a', '--colour', 'gren'], 'unknown colour "gren" (did you mean green?)'],
    [['a', '--list', 'x,,y'], '--list: has an empty entry'],
    [['a', '--constructor'], 'unknown option --constructor'],
    [['a', '--limit', '5', '--size', '4'], '--limit must not exceed --size'],
    [[], 'no file given'],
  ];
  it.each(bad)('refuses %j: %s', (argv, message) => {
    expect(run(...argv)).toEqual({ kind: 'error', message });
  });

  it('refuses positionals when the command takes none', () => {
    const none = { ...spec, positionals: undefined };
    expect(parseCommand(none, ['x'])).toEqual({ kind: 'error', message: 'unexpected argument "x"' });
  });

  it('writes --help from the same spec', () => {
    const text = usageOf(spec);
    expect(text).toMatch(/^Usage: tool \[options\] <file\.\.\.>\n\nDoes a thing\.\n\nOptions:\n/);
    expect(text).toContain('  --size <n>     a size, 1..10');
    expect(text).toContain('  --list <a,b>   a list\n                 over two lines');
    expect(text).toContain('  --loud         shout');
    expect(text).toContain('  -h, --help     show this help');
  });
});
