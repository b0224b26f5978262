/**
 * The teacher's page and its example: the example file validates with no unknown fields and plays to
 * its end; every JSON snippet on docs/scenarios.md that is a whole object parses; every shipped
 * scenario is listed in the page's table.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS, loadScenario } from '../../game/index.ts';
import { getBot } from '../../game/ai/index.ts';
import { unknownFields } from '../../src/cli/scenario-schema.ts';
import { playRecorded } from './play.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const page = read('docs/scenarios.md');

describe('docs/scenarios.md', () => {
  it('its example scenario is valid, names the schema, and plays to the end', () => {
    const data = JSON.parse(read('docs/examples/my-first-scenario.json'));
    expect(data.$schema).toBe('../scenario.schema.json');
    expect(unknownFields(data)).toEqual([]);
    const loaded = loadScenario(data);
    expect(loaded.ok ? [] : loaded.error).toEqual([]);
    if (loaded.ok) expect(playRecorded(loaded.value, 1, getBot('random')!).final.step).toBe('ended');
  });

  it('its JSON snippets that are whole objects parse', () => {
    const blocks = [...page.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
    const objects = blocks.filter((b) => b.startsWith('{'));
    expect(objects.length).toBeGreaterThanOrEqual(4);
    for (const b of objects) expect(() => JSON.parse(b), b).not.toThrow();
  });

  it('lists every shipped scenario', () => {
    for (const id of SCENARIO_IDS) expect(page).toContain(`\`${id}.json\``);
  });
});
