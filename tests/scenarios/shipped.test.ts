/**
 * Every shipped scenario: its file validates as a teacher's file would (raw JSON through the loader),
 * names the JSON Schema for editors, sets nothing the format does not know, plays to its end with the
 * random and the greedy bot, and cites the source article honestly — each "article" citation names a
 * line of the article, and a quoted passage must appear on that line (checked where the article is on
 * this machine).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENARIOS, SCENARIO_IDS, loadScenario, textIn, type Scenario } from '../../game/index.ts';
import { getBot } from '../../game/ai/index.ts';
import { SCENARIO_SCHEMA_REF, unknownFields } from '../../src/cli/scenario-schema.ts';
import { playRecorded } from './play.ts';

const DIR = new URL('../../game/scenarios/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const raw = (file: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(file, DIR), 'utf8'));
/** The source article lives in the steering repo's shared/ folder, beside this checkout (CI lays it there too). */
const ARTICLE =
  [
    new URL('../../../shared/seeds/000_5d502a84ab0f63d8.txt', import.meta.url).pathname,
    '/work/shared/seeds/000_5d502a84ab0f63d8.txt',
  ].find((path) => existsSync(path)) ?? 'shared/seeds/000_5d502a84ab0f63d8.txt (not found beside the checkout)';
const MINE = ['moscow-2009', 'door-closes', 'lease-2042', 'tutorial'];

/** Every source object in a scenario, with where it sits. */
function sources(s: Scenario): { at: string; kind: string; citation: string }[] {
  const out: { at: string; kind: string; citation: string }[] = [];
  s.events.forEach((e, i) => out.push({ at: `events.${i}`, ...e.source }));
  s.coalitions.forEach((c, i) => c.source && out.push({ at: `coalitions.${i}`, ...c.source }));
  s.teacherNotes.background.forEach((b, i) => out.push({ at: `teacherNotes.background.${i}`, ...b.source }));
  out.push({ at: 'history', ...s.history.source });
  return out;
}

const normalise = (t: string) => t.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();

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

describe.each(MINE)('sources of %s', (id) => {
  const scenario = SCENARIOS[id]!;

  it('cite a line of the article for every "article" source, and mark the rest background or counterfactual', () => {
    for (const s of sources(scenario)) {
      expect(['article', 'background', 'counterfactual'], s.at).toContain(s.kind);
      if (s.kind === 'article') expect(s.citation, s.at).toMatch(/^EDM 13\/185, lines? \d+/);
    }
  });

  it.runIf(existsSync(ARTICLE))('quote the article word for word, on the line they name', () => {
    const lines = readFileSync(ARTICLE, 'utf8').split('\n');
    for (const s of sources(scenario)) {
      if (s.kind !== 'article') continue;
      const line = Number(/lines? (\d+)/.exec(s.citation)![1]);
      const quote = /“(.+)”/.exec(s.citation)?.[1];
      if (quote) expect(normalise(lines[line - 1] ?? ''), `${s.at}: ${s.citation}`).toContain(normalise(quote));
    }
  });
});
