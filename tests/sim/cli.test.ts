/**
 * The `simulate` and `strength` commands end to end, as child processes: exit codes, one-line errors
 * on stderr, the JSON shape, and the same output for the same arguments (with --no-timing, whatever
 * the workers and whatever the clock).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACTION_KINDS, POWERS } from '../../game/vocabulary.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

function run(script: string, args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const simulate = (...args: string[]) => run('src/cli/simulate.ts', args);
const strength = (...args: string[]) => run('src/cli/strength.ts', args);

describe('simulate CLI', () => {
  it('prints one JSON object of the documented shape', () => {
    const r = simulate('--scenario', 'autumn-2016', '--games', '4', '--seed', '1', '--bots', 'random', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown> & {
      powers: Record<string, Record<string, unknown> & { actions: Record<string, number> }>;
    };
    expect(out).toMatchObject({ scenario: 'autumn-2016', games: 4, seed: 1 });
    expect(typeof out.gamesPerSecond).toBe('number');
    expect(Object.keys(out.powers)).toEqual([...POWERS]);
    let winRates = 0;
    for (const p of POWERS) {
      const s = out.powers[p]!;
      expect(typeof s.winRate).toBe('number');
      expect(typeof s.meanScore).toBe('number');
      expect(typeof s.scoreStdDev).toBe('number');
      expect(Object.keys(s.actions)).toEqual([...ACTION_KINDS]);
      for (const k of ACTION_KINDS) expect(Number.isInteger(s.actions[k])).toBe(true);
      winRates += s.winRate as number;
    }
    expect(winRates).toBeCloseTo(1, 3);
  });

  it('gives the same output for the same arguments, in one thread or several', () => {
    const args = ['--games', '6', '--seed', '9', '--bots', 'greedy,random,greedy,random,greedy', '--no-timing'];
    const a = simulate(...args, '--json', '--workers', '1');
    const b = simulate(...args, '--json', '--workers', '2');
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout)).not.toHaveProperty('gamesPerSecond');
    const table = ['--games', '6', '--seed', '9', '--bots', 'random', '--no-timing'];
    const c = simulate(...table);
    const d = simulate(...table);
    expect(c.stdout).toBe(d.stdout);
    expect(c.stdout).toContain('win rate');
    const other = simulate('--games', '6', '--seed', '10', '--bots', 'random', '--no-timing');
    expect(other.stdout).not.toBe(c.stdout);
  }, 180_000);

  it('plays a strategist seat without a clock under --no-timing, so the output is the same every run', () => {
    const args = ['--scenario', 'tutorial', '--games', '1', '--bots', 'random,russia=strategist', '--no-timing'];
    const a = simulate(...args, '--json', '--workers', '1');
    const b = simulate(...args, '--json', '--workers', '1');
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout)).toMatchObject({ bots: { russia: 'strategist-quick', china: 'random' } });
    expect(a.stdout).toBe(b.stdout);
  }, 120_000);

  it('prints a readable table without a progress bar when stderr is not a terminal', () => {
    const r = simulate('--games', '3', '--bots', 'random');
    expect(r.code).toBe(0);
    for (const name of ['Russia', 'China', 'Tajikistan', 'Pakistan', 'Afghanistan']) expect(r.stdout).toContain(name);
    expect(r.stdout).toMatch(/Mean game length: [\d.]+ rounds/);
    expect(r.stdout).toMatch(/Speed: [\d.]+ games\/s/);
    expect(r.stderr).toBe('');
  });

  it('shows help and exits 0', () => {
    const r = simulate('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: npm run simulate');
  });

  const bad: [string[], RegExp][] = [
    [['--scenario', 'atlantis'], /unknown scenario "atlantis"/],
    [['--games', '-5'], /--games must be between 1/],
    [['--games', 'abc'], /--games must be a whole number/],
    [['--gmaes', '10'], /unknown option --gmaes/],
    [['--bots', 'deep-blue'], /unknown bot "deep-blue"/],
    [['--workers', 'abc'], /--workers must be a whole number, got "abc"/],
    [['--games', '2.5'], /--games must be a whole number/],
    [['--games', '3', '--games', '4'], /--games is given twice/],
    [['--games', '1e9'], /--games must be a whole number, got "1e9"/],
    [['--games', '1000000000'], /--games must be between 1 and 1000000/],
  ];
  it.each(bad)('refuses %j with one line on stderr and exit code 2', (args, pattern) => {
    const r = simulate(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('strength CLI', () => {
  it('plays a small duplicate run and prints its table', () => {
    const r = strength('--scenario', 'tutorial', '--seeds', '1', '--pairs', 'greedy/random', '--workers', '1');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\| greedy vs random \| 6 \| 5 \| /m);
    expect(r.stdout).not.toContain('NaN');
  });

  it('shows help from the same spec and exits 0', () => {
    const r = strength('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run strength -- \[options\]/);
    for (const option of ['--scenario', '--seeds', '--seed', '--pairs', '--futures', '--workers', '--json'])
      expect(r.stdout).toContain(option);
  });

  const bad: [string[], RegExp][] = [
    [['--workers', 'abc'], /^strength: --workers must be a whole number, got "abc"/],
    [['--seeds', '0'], /^strength: --seeds must be between 1 and 10000, got 0/],
    [['--seeds', '-3'], /^strength: --seeds must be between 1 and 10000, got -3/],
    [['--seeds', '2.5'], /^strength: --seeds must be a whole number, got "2.5"/],
    [['--seeds', '1e9'], /^strength: --seeds must be a whole number, got "1e9"/],
    [['--seeds', '1000000000'], /^strength: --seeds must be between 1 and 10000, got 1000000000/],
    [['--seeds', '3', '--seeds', '4'], /^strength: --seeds is given twice/],
    [['--pairs', 'random'], /^strength: --pairs: "random" is not a pair X\/Y/],
    [['--pairs', 'planner/deep-blue'], /^strength: --pairs: unknown bot "deep-blue"/],
    [['--pairs', 'strategist:horizn=1/planner'], /unknown search option "horizn" \(did you mean horizon\?\)/],
    [['--futures', '0'], /^strength: --futures must be between 1/],
    [['--scenario', 'atlantis'], /^strength: unknown scenario "atlantis"/],
    [['--sedes', '3'], /^strength: unknown option --sedes \(did you mean --seeds\?\)/],
  ];
  it.each(bad)('refuses %j with one line on stderr and exit code 2', (args, pattern) => {
    const r = strength(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
