/**
 * The command line as a teacher types it: clear messages for bad flags (exit code 2), the help,
 * and what a started server prints.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseOptions } from '../../src/server/main.ts';
import { ROOT, runMain, startMain } from './child.ts';
import { tempDir } from './helpers.ts';

const dir = tempDir('rotw-main-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the server command line', () => {
  it('names what is wrong with a bad flag, and exits with 2', async () => {
    const cases: [string[], RegExp][] = [
      [['--bogus'], /Unknown option '--bogus'/],
      [['--port', 'eighty'], /--port must be a whole number from 0 to 65535, not "eighty"/],
      [['--secret', 'short'], /--secret must be at least 8 characters long/],
    ];
    const children = cases.map(([args]) => runMain(args));
    for (let i = 0; i < cases.length; i++) {
      const [args, message] = cases[i]!;
      const child = children[i]!;
      expect(await child.exited, args.join(' ')).toBe(2);
      expect(child.stderr()).toMatch(message);
      expect(child.stderr()).toContain('Run with --help for the options.');
    }
    // The same parser, without a process each.
    const more: [string[], RegExp][] = [
      [['--port', '70000'], /--port must be a whole number from 0 to 65535, not "70000"/],
      [['--port'], /Option '--port <value>' argument missing/],
      [['--lan', '--host', '10.0.0.2'], /--lan and --host cannot be used together/],
      [['--host', 'a b'], /--host must be an IP address or host name, not "a b"/],
      [['--origin', 'not a url'], /--origin must be a URL such as http:\/\/localhost:5173, not "not a url"/],
      [['--origin', 'ftp://x'], /--origin must be an http:\/\/ or https:\/\/ URL, not "ftp:\/\/x"/],
      [['stray'], /Unexpected argument 'stray'/],
    ];
    for (const [args, message] of more) {
      const parsed = parseOptions(args, {});
      expect('error' in parsed && parsed.error, args.join(' ')).toMatch(message);
    }
    expect(parseOptions([], { ROTW_TEACHER_SECRET: 'tiny' })).toEqual({
      error: 'ROTW_TEACHER_SECRET must be at least 8 characters long.',
    });
  });

  it('prints its help', async () => {
    const child = runMain(['--help']);
    expect(await child.exited).toBe(0);
    for (const flag of ['--port', '--host', '--lan', '--data', '--secret', '--origin', 'DATABASE_URL']) {
      expect(child.stdout()).toContain(flag);
    }
  });

  it.skipIf(existsSync(join(ROOT, 'src/server/store/postgres.ts')))(
    'refuses DATABASE_URL clearly while this build has no PostgreSQL store',
    async () => {
      const child = runMain(['--port', '0', '--data', dir], { DATABASE_URL: 'postgres://u@127.0.0.1:1/db' });
      expect(await child.exited).toBe(1);
      expect(child.stderr()).toMatch(/DATABASE_URL is set, but this build has no PostgreSQL store/);
    },
  );

  it('prints where it listens, the allowed origins and the teacher secret it was given', async () => {
    const { child, url } = await startMain(['--port', '0', '--data', dir], { ROTW_TEACHER_SECRET: 'from-the-env-123' });
    try {
      const out = child.stdout();
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const port = new URL(url).port;
      expect(out).toContain(`Allowed origins: http://127.0.0.1:${port} http://localhost:${port}`);
      expect(out).toContain('Teacher secret:  from-the-env-123\n');
      expect(out).toContain(`Data:            SQLite in ${join(dir, 'rotw.sqlite')}`);
      expect(out).toContain('Only this computer can connect');
      expect(existsSync(join(dir, 'rotw.sqlite'))).toBe(true);
    } finally {
      child.process.kill('SIGTERM');
      expect(await child.exited).toBe(0);
    }
  });

  it('makes a random secret of at least 128 bits when none is given, a new one each time', () => {
    const a = parseOptions([], {});
    const b = parseOptions([], {});
    expect('options' in a && a.options.secretSource).toBe('random');
    const secretA = 'options' in a ? a.options.secret : '';
    const secretB = 'options' in b ? b.options.secret : '';
    expect(Buffer.from(secretA, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(secretA).not.toBe(secretB);
    const lan = parseOptions(['--lan', '--secret', 'a-secret-1'], {});
    expect('options' in lan && lan.options.host).toBe('0.0.0.0');
    expect('options' in lan && lan.options.secretSource).toBe('flag');
  });
});
