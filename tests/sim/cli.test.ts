/**
 * The `simulate` command end to end, as a child process: exit codes, one-line errors on stderr, the
 * JSON shape, and the same output for the same arguments (with --no-timing, whatever the workers).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACTION_KINDS, POWERS } from '../../game/vocabulary.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

function simulate(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

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
  ];
  it.each(bad)('refuses %j with one line on stderr and exit code 2', (args, pattern) => {
    const r = simulate(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
