/**
 * The house rules that lint keeps (eslint.config.js) really fire: game/ reads no clock and draws no
 * Math.random, and ui/ imports nothing from src/. Each rule is tried on a violating line, linted as if
 * it were a file in that folder, next to a clean line that must pass.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function rulesHit(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint house rules', { timeout: 60_000 }, () => {
  it.each([
    ['Date.now()', 'no-restricted-properties'],
    ['performance.now()', 'no-restricted-properties'],
    ['new Date()', 'no-restricted-syntax'],
    ['Date()', 'no-restricted-syntax'],
    ['Math.random()', 'no-restricted-properties'],
  ])('game/ may not read %s', async (expr, rule) => {
    expect(await rulesHit(`export const x = ${expr};\n`, 'game/probe.ts')).toContain(rule);
  });

  it('game/ may still build a date from a number it was given', async () => {
    expect(await rulesHit('export const x = (ms: number) => new Date(ms);\n', 'game/probe.ts')).toEqual([]);
  });

  it('ui/ may not import from src/, and may import from game/', async () => {
    const bad = "import { SPEED_DELAY } from '../../src/app/seats.ts';\nexport const x = SPEED_DELAY;\n";
    expect(await rulesHit(bad, 'ui/board/probe.ts')).toContain('no-restricted-imports');
    const good = "import { SPEEDS } from '../../game/seats.ts';\nexport const x = SPEEDS;\n";
    expect(await rulesHit(good, 'ui/board/probe.ts')).toEqual([]);
  });
});
