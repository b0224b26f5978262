/**
 * Where a game file's scenario comes from: the three forgeries of issue 10 (every objective's VP ×100,
 * Russia starting with 999 IP, a renamed copy) each come out as modified, a genuine export as shipped,
 * and a scenario of a teacher's own as custom.
 */
import { describe, expect, it } from 'vitest';
import { getBot } from './ai/index.ts';
import { exportCsv, exportJson } from './export.ts';
import { parseRecord } from './record.ts';
import { loadScenario } from './scenario.ts';
import { provenance } from './provenance.ts';
import { SCENARIOS, SCENARIO_IDS } from './scenarios/index.ts';
import type { Scenario } from './schema.ts';
import { playRecorded } from '../tests/scenarios/play.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const { record } = playRecorded(SCENARIOS['autumn-2016']!, 'provenance', getBot('random')!);
const exported = exportJson(record);

/** The shipped scenario edited (for changes the recorded game would no longer replay on). */
function edited(edit: (scenario: Json) => void): Scenario {
  const data = structuredClone(SCENARIOS['autumn-2016']!) as Json;
  edit(data);
  const loaded = loadScenario(data);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  return loaded.value;
}

/** The exported game file with its scenario edited, imported again as a teacher would. */
function forged(edit: (scenario: Json) => void): Scenario {
  const data = JSON.parse(exported);
  edit(data.scenario);
  const imported = parseRecord(JSON.stringify(data));
  if (!imported.ok) throw new Error(JSON.stringify(imported.error));
  return imported.value.record.scenario;
}

describe('provenance', () => {
  it.each(SCENARIO_IDS)('a genuine export of %s is shipped', (id) => {
    const game = playRecorded(SCENARIOS[id]!, 'genuine', getBot('random')!).record;
    const imported = parseRecord(exportJson(game));
    expect(imported.ok && provenance(imported.value.record.scenario)).toEqual({ kind: 'shipped', id });
  });

  it('every objective worth 100 times its VP is modified, in the objectives’ VP only', () => {
    const scenario = forged((s) => {
      for (const list of Object.values(s.objectives) as Json[][]) for (const o of list) o.vp *= 100;
    });
    const p = provenance(scenario);
    expect(p.kind).toBe('modified');
    if (p.kind !== 'modified') return;
    expect(p.shipped).toBe('autumn-2016');
    expect(p.differences.length).toBeGreaterThan(5);
    expect(p.differences.every((d) => /^objectives\.\w+\.\d+\.vp$/.test(d))).toBe(true);
  });

  it('Russia starting with 999 IP is modified, at powers.russia.ip', () => {
    const p = provenance(forged((s) => (s.powers.russia.ip = 999)));
    expect(p).toEqual({ kind: 'modified', shipped: 'autumn-2016', differences: ['powers.russia.ip'], more: 0 });
  });

  it('a renamed copy is modified, whether it keeps the title or not', () => {
    const renamed = provenance(forged((s) => (s.id = 'autumn-2016-b')));
    expect(renamed).toEqual({ kind: 'modified', shipped: 'autumn-2016', differences: ['id'], more: 0 });
    const retitled = provenance(
      forged((s) => {
        s.id = 'my-own';
        s.title = 'My own scenario';
        s.summary = { en: 'Mine.' };
        s.powers.china.ip += 5;
      }),
    );
    expect(retitled.kind === 'modified' && retitled.shipped).toBe('autumn-2016');
    expect(retitled.kind === 'modified' && retitled.differences).toEqual([
      'id',
      'title',
      'summary.en',
      'summary.ru',
      'powers.china.ip',
    ]);
  });

  it('a copy under a shipped title but another id is modified', () => {
    const p = provenance(
      forged((s) => {
        s.id = 'forgery';
        s.rules.aid.cost += 1;
      }),
    );
    expect(p).toEqual({ kind: 'modified', shipped: 'autumn-2016', differences: ['id', 'rules.aid.cost'], more: 0 });
  });

  it('lists a few differences and counts the rest', () => {
    const p = provenance(
      edited((s) => {
        for (const r of s.regions as Json[]) r.stability = 1;
        for (const e of s.events as Json[]) e.title = 'x';
      }),
    );
    expect(p.kind === 'modified' && p.differences.length + p.more).toBeGreaterThan(20);
    expect(p.kind === 'modified' && p.differences.length).toBeLessThanOrEqual(12);
  });

  it('a scenario unlike every shipped one is custom', () => {
    const p = provenance(
      edited((s) => {
        s.id = 'steppe';
        s.title = 'The Steppe';
        s.rounds = 5;
        for (const r of s.regions as Json[]) {
          r.stability = 2;
          r.threat = 0;
          r.value = 1;
          r.influence = {};
        }
        for (const list of Object.values(s.objectives) as Json[][]) for (const o of list) o.vp = 1;
        for (const a of s.agendas as Json[]) a.objective.vp = 1;
        s.events = s.events.slice(0, 3);
        s.events.forEach((e: Json) => delete e.round);
      }),
    );
    expect(p).toEqual({ kind: 'custom' });
  });

  it('goes into both exports', () => {
    const modified = JSON.parse(exported);
    modified.scenario.powers.russia.ip = 999;
    const imported = parseRecord(JSON.stringify(modified));
    if (!imported.ok) throw new Error('refused');
    expect(JSON.parse(exportJson(record)).provenance).toEqual({ kind: 'shipped', id: 'autumn-2016' });
    expect(JSON.parse(exportJson(imported.value.record)).provenance).toEqual({
      kind: 'modified',
      shipped: 'autumn-2016',
      differences: ['powers.russia.ip'],
      more: 0,
    });
    const csv = exportCsv(imported.value.record, imported.value.states).split('\r\n');
    expect(csv[0]).toMatch(/,scenario,scenario_check$/);
    expect(csv[1]).toMatch(/,autumn-2016,modified from autumn-2016: powers\.russia\.ip$/);
    const genuine = parseRecord(exported);
    if (!genuine.ok) throw new Error('refused');
    expect(exportCsv(genuine.value.record, genuine.value.states).split('\r\n')[1]).toMatch(/,autumn-2016,shipped$/);
  });

  it('does not trust a provenance written into the file', () => {
    const data = JSON.parse(exported);
    data.scenario.powers.russia.ip = 999;
    data.provenance = { kind: 'shipped', id: 'autumn-2016' };
    const imported = parseRecord(JSON.stringify(data));
    expect(imported.ok && provenance(imported.value.record.scenario).kind).toBe('modified');
  });
});
