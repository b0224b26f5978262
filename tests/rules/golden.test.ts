/**
 * Golden counts (perft): for fixed positions of every shipped scenario, the number of legal moves and
 * of moves at depth 2 must equal the checked-in table, tests/fixtures/golden.json. A rule change that
 * alters what is legal changes a number here; if the change is meant, `npm run golden -- --write`
 * rewrites the table and the diff of numbers goes into review with it. This test never writes.
 */
import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS } from '../../game/index.ts';
import golden from '../fixtures/golden.json' with { type: 'json' };
import { fromFile, goldenRows, type GoldenFile } from './perft.ts';

const stored = fromFile(golden as GoldenFile);

describe('golden counts', () => {
  it('cover every shipped scenario, each from its start to its last decision', () => {
    expect([...new Set(stored.map((r) => r.scenario))]).toEqual(SCENARIO_IDS);
    for (const id of SCENARIO_IDS) {
      const rows = stored.filter((r) => r.scenario === id);
      expect(rows[0], id).toMatchObject({ after: 0, round: 1 });
      expect(rows.at(-1)!.at, id).toBe('last decision');
    }
  });

  it.each(SCENARIO_IDS)('%s: legal moves at depth 1 and 2 are as in the table', (id) => {
    const message = `${id}: a rule changed what is legal; if meant, run \`npm run golden -- --write\` and review the diff`;
    expect(goldenRows(id), message).toEqual(stored.filter((r) => r.scenario === id));
  });
});
