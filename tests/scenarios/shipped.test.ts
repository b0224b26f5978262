/**
 * Every shipped scenario: its file validates as a teacher's file would (raw JSON through the loader),
 * names the JSON Schema for editors, sets nothing the format does not know, plays to its end with the
 * random and the greedy bot. Their sources — every citation's line and quote — are checked in
 * citations.test.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENARIOS, SCENARIO_IDS, loadScenario, textIn } from '../../game/index.ts';
import { getBot } from '../../game/ai/index.ts';
import { SCENARIO_SCHEMA_REF, unknownFields } from '../../src/cli/scenario-schema.ts';
import { playRecorded } from './play.ts';

const DIR = new URL('../../game/scenarios/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const raw = (file: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(file, DIR), 'utf8'));
const MINE = ['moscow-2009', 'door-closes', 'lease-2042', 'tutorial'];

describe('shipped scenario files', () => {
  it('every file in game/scenarios is registered, and every registered id has a file', () => {
    expect(FILES.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...SCENARIO_IDS].sort());
  });

  it.each(FILES)('%s validates as raw JSON, with no unknown fields', (file) => {
    const data = raw(file);
    const loaded = loadScenario(data);
    expect(loaded.ok ? [] : loaded.error).toEqual([]);
    expect(unknownFields(data)).toEqual([]);
    expect(data.id).toBe(file.replace(/\.json$/, ''));
  });

  it.each(MINE.map((id) => `${id}.json`))('%s points its "$schema" at the checked-in JSON Schema', (file) => {
    expect(raw(file).$schema).toBe(SCENARIO_SCHEMA_REF);
    expect(existsSync(new URL(SCENARIO_SCHEMA_REF, DIR))).toBe(true);
  });
});

describe.each(SCENARIO_IDS)('scenario %s', (id) => {
  const scenario = SCENARIOS[id]!;

  it.each(['random', 'greedy'])('plays to its end with the %s bot in every seat', (botId) => {
    const bot = getBot(botId)!;
    for (const seed of botId === 'random' ? [1, 2, 3, 4, 5] : [1, 2]) {
      const { final } = playRecorded(scenario, seed, bot);
      expect(final.step).toBe('ended');
      expect(final.result?.winners.length).toBeGreaterThan(0);
      if (final.result?.reason === 'rounds') expect(final.round).toBe(scenario.rounds);
      expect(final.history.length).toBeGreaterThan(0);
    }
  });

  it('gives every power objectives, an agenda and a blurb, and teacher notes with questions', () => {
    for (const p of scenario.order) {
      expect(scenario.objectives[p].length).toBeGreaterThan(0);
      expect(scenario.agendas.some((a) => a.power === p)).toBe(true);
      expect(textIn(scenario.powers[p].blurb, 'en').length).toBeGreaterThan(10);
    }
    expect(scenario.teacherNotes.goals.length).toBeGreaterThan(0);
    expect(scenario.teacherNotes.questions.length).toBeGreaterThan(0);
  });
});
