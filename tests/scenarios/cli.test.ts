/**
 * `npm run scenario:check` as a teacher runs it: a child process, its output and its exit status.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const check = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/scenario-check.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const dir = mkdtempSync(join(tmpdir(), 'scenario-check-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const shipped = (id: string) => readFileSync(join(ROOT, 'game/scenarios', `${id}.json`), 'utf8');

describe('scenario:check', () => {
  it('prints ok and a one-line summary for a valid file, exit 0', () => {
    const r = check('game/scenarios/lease-2042.json');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(
      'ok "2042 — The Lease Runs Out" (lease-2042): 7 rounds, 12 regions, 13 events, 10 agendas',
    );
    expect(r.stderr).toBe('');
  });

  it('lists every problem with its field path for an invalid file, exit 1', () => {
    const data = JSON.parse(shipped('door-closes'));
    data.rounds = 0;
    data.regions[4].threatGrowth = 2;
    data.events[2].choice.power = 'usa';
    const r = check(write('bad.json', JSON.stringify(data)));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad.json:');
    expect(r.stderr).toMatch(/^ {2}rounds: /m);
    expect(r.stderr).toMatch(/^ {2}regions\.4\.threatGrowth: /m);
    expect(r.stderr).toMatch(/^ {2}events\.2\.choice\.power: /m);
    expect(r.stderr).toContain('3 problems');
  });

  it('says so clearly for a missing file and for bad JSON', () => {
    const missing = check(join(dir, 'nowhere.json'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no such file');
    const broken = check(write('broken.json', '{ "format": 1, '));
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/not valid JSON/);
  });

  it('checks several files, failing if any fails; usage without files exits 2', () => {
    const ok = write('ok.json', shipped('tutorial'));
    const both = check(ok, write('empty.json', '{}'));
    expect(both.status).toBe(1);
    expect(both.stdout).toContain(
      'ok "Tutorial" (tutorial): 3 rounds, 7 regions, 3 events, 5 agendas, 21 tutorial prompts',
    );
    expect(both.stderr).toContain('format: ');
    const usage = check();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^usage: npm run scenario:check/);
  });

  it('warns about unknown fields, and fails on them with --strict', () => {
    const data = JSON.parse(shipped('moscow-2009'));
    data.regions[0].bases[0].leaseEndRound = 4;
    const file = write('typo.json', JSON.stringify(data));
    const lenient = check(file);
    expect(lenient.status).toBe(0);
    expect(lenient.stdout).toContain('warning: regions.0.bases.0.leaseEndRound: unknown field');
    const strict = check(file, '--strict');
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('error: regions.0.bases.0.leaseEndRound');
  });
});
