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
    // The counts are the file's own (its content is still being tuned); the format is the CLI's.
    const d = JSON.parse(shipped('lease-2042'));
    expect(r.stdout.trim()).toBe(
      `ok "${d.title.en ?? d.title}" (lease-2042): ${d.rounds} rounds, ${d.regions.length} regions, ` +
        `${d.events.length} events, ${d.agendas.length} agendas`,
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
      'ok "Tutorial" (tutorial): 2 rounds, 7 regions, 2 events, 5 agendas, 15 tutorial prompts',
    );
    expect(both.stderr).toContain('format: ');
    const usage = check();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^scenario:check: no scenario file given/);
    expect(usage.stderr.trimEnd().split('\n')).toHaveLength(1);
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

  it('reads a file saved with a UTF-8 byte-order mark, as Windows Notepad writes it', () => {
    const r = check(write('notepad.json', `\uFEFF${shipped('lease-2042')}`));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ok "2042 — The Lease Runs Out"/);
  });

  it('warns about unknown fields named constructor, toString or valueOf', () => {
    const data = JSON.parse(shipped('tutorial'));
    data.constructor = 1;
    data.rules.toString = 'x';
    data.regions[0].valueOf = 2;
    const r = check(write('prototype.json', JSON.stringify(data)));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('warning: constructor: unknown field "constructor"');
    expect(r.stdout).toContain('warning: rules.toString: unknown field "toString"');
    expect(r.stdout).toContain('warning: regions.0.valueOf: unknown field "valueOf"');
  });

  it('caps a long problem list and counts the rest', () => {
    const data = JSON.parse(shipped('tutorial'));
    const region = data.regions[0];
    data.regions = Array.from({ length: 10_000 }, () => ({ ...region, stability: -1 }));
    const r = check(write('huge.json', JSON.stringify(data)));
    expect(r.status).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(60);
    expect(r.stderr).toMatch(/^ {2}… and \d[\d,]* more problems$/m);
    expect(lines.at(-1)).toMatch(/^ {2}\d[\d,]* problems$/);
  });

  it('says that a game file is a game file, and checks the scenario inside it', () => {
    const scenario = JSON.parse(shipped('tutorial'));
    const game = { format: 1, scenario, seed: 42, moves: [{ power: 'russia', move: { kind: 'pass' } }] };
    const good = check(write('game.json', JSON.stringify(game)));
    expect(good.status).toBe(1);
    expect(good.stderr).toMatch(
      /^ {2}this is a saved game \(an exported game record: seed 42, 1 move\), not a scenario file/m,
    );
    expect(good.stderr).toContain('its scenario: ok "Tutorial" (tutorial)');
    scenario.rounds = 0;
    const bad = check(write('bad-game.json', JSON.stringify(game)));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/not a scenario file/);
    expect(bad.stderr).toMatch(/^ {2}scenario\.rounds: /m);
  });

  it('answers --help and -h wherever they stand, with exit 0', () => {
    for (const args of [['--help'], ['game/scenarios/tutorial.json', '-h']]) {
      const r = check(...args);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^Usage: npm run scenario:check -- /);
      expect(r.stdout).toContain('--strict');
    }
  });

  it('refuses a misspelt option with one line and exit 2', () => {
    const r = check('game/scenarios/tutorial.json', '--strcit');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('scenario:check: unknown option --strcit (did you mean --strict?) (see --help)\n');
    const twice = check('game/scenarios/tutorial.json', '--strict', '--strict');
    expect(twice.status).toBe(2);
    expect(twice.stderr).toMatch(/--strict is given twice/);
  });
});
