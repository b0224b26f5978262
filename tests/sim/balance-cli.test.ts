/**
 * The `balance` command end to end, as a child process, on a tiny game count: the JSON shape, the
 * same figures whatever the number of workers, and one-line errors with exit status 2.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { POWERS } from '../../game/vocabulary.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

function balance(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/balance.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Out {
  seed: number;
  games: number;
  seconds: number;
  scenarios: {
    id: string;
    title: string;
    levels: {
      level: string;
      games: number;
      figures: { id: string; target: string; text: string; met: boolean | null; value: number | null }[];
    }[];
  }[];
}

const tiny = ['--scenario', 'autumn-2016', '--games', '4', '--levels', 'greedy,planner,passive', '--json'];

describe('balance CLI', () => {
  it('prints the figures of each level as JSON, the same on one worker or two', () => {
    const a = balance(...tiny, '--workers', '1');
    expect(a.code, a.stderr).toBe(0);
    const out = JSON.parse(a.stdout) as Out;
    expect(out).toMatchObject({ seed: 1, games: 4 });
    expect(typeof out.seconds).toBe('number');
    expect(out.scenarios.map((s) => s.id)).toEqual(['autumn-2016']);
    const levels = out.scenarios[0]!.levels;
    expect(levels.map((l) => [l.level, l.games])).toEqual([
      ['greedy', 4],
      ['planner', 4],
      ['passive', 20],
    ]);
    const ids = (i: number) => levels[i]!.figures.map((f) => f.id);
    for (const p of POWERS) expect(ids(0)).toContain(`winRate.${p}`);
    for (const id of ['margin', 'ties', 'leaderWins', 'lessonMinutes', 'decisions', 'hostPassRate', 'topOperation'])
      expect(ids(0)).toContain(id);
    for (const id of ['ipUnspent', 'lateThreat', 'lateIncidents', 'coalitionMade', 'blocBroken', 'tensionDanger'])
      expect(ids(0)).toContain(id);
    for (const id of ['crisis', 'accepted', 'agendaSetupVp', 'agendaPull', 'sameTopOperation'])
      expect(ids(0)).toContain(id);
    expect(ids(0)).toContain('winnerUnchanged');
    expect(ids(1)).toContain('winnerUnchanged');
    for (const p of POWERS)
      expect(ids(2)).toEqual(expect.arrayContaining([`passiveWinRate.${p}`, `passiveScoreShare.${p}`]));
    for (const f of levels.flatMap((l) => l.figures)) {
      expect(typeof f.target).toBe('string');
      expect(typeof f.text).toBe('string');
      expect([true, false, null]).toContain(f.met);
    }
    const b = balance(...tiny, '--workers', '2');
    expect(b.code, b.stderr).toBe(0);
    expect((JSON.parse(b.stdout) as Out).scenarios).toEqual(out.scenarios);
  });

  it('plays the passive baseline against the reference bot it is given, on that bot’s games', () => {
    const r = balance(
      '--scenario',
      'moscow-2009',
      '--games',
      '3',
      '--levels',
      'greedy,passive',
      '--reference',
      'greedy',
      '--workers',
      '1',
      '--json',
    );
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Out & { reference: string };
    expect(out.reference).toBe('greedy');
    const levels = out.scenarios[0]!.levels;
    expect(levels.map((l) => [l.level, l.games])).toEqual([
      ['greedy', 3],
      ['passive', 15],
    ]);
    const decisions = levels[0]!.figures.find((f) => f.id === 'decisions')!;
    // Five operations a round for five rounds, and at most one event choice a round.
    expect(decisions.value).toBeGreaterThanOrEqual(25);
    expect(decisions.value).toBeLessThanOrEqual(30);
  });

  it('prints a table with a mark beside each figure', () => {
    const r = balance('--scenario', 'tutorial', '--games', '2', '--levels', 'greedy', '--workers', '1');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('| figure | target | greedy (2) |');
    expect(r.stdout).toMatch(/\| lesson clock, median \| ≤ 30 min \| \d+ min .*[✓✗] \|/);
    expect(r.stdout).toMatch(/\| win rate: Russia \| 10–35% \| \d+\.\d% \|/);
  });

  it('refuses bad arguments in one line, with exit status 2', () => {
    for (const args of [
      ['--gmaes', '4'],
      ['--games', 'x'],
      ['--games', '0'],
      ['--levels', 'greedy,wizard'],
      ['--scenario', 'mars'],
      ['--reference', 'wizard'],
    ]) {
      const r = balance(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^balance: /);
    }
    const help = balance('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run balance/);
  });
});
