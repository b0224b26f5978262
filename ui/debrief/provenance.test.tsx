/**
 * A teacher can tell a genuine game from an edited one: the view model words each kind of scenario in
 * English and Russian, the import screen holds back a file whose scenario is not as shipped, and the
 * debrief and the replay carry the badge.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { exportJson, provenance, type Scenario } from '../../game/index.ts';
import { getBot } from '../../game/ai/index.ts';
import { SCENARIOS } from '../../game/scenarios/index.ts';
import { playRecorded } from '../../tests/scenarios/play.ts';
import { setupI18n } from '../i18n/index.ts';
import { i18next } from '../i18n/index.ts';
import { checkGameFile } from '../replay/GameImport.tsx';
import { listOf, powerName } from '../view/names.ts';
import DebriefScreen from './DebriefScreen.tsx';
import { provenanceNote } from './provenance.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

setupI18n('en');
const autumn = SCENARIOS['autumn-2016']!;
const { record } = playRecorded(autumn, 'provenance-ui', getBot('random')!);
const file = (name: string, text: string) => ({ name, text: async () => text });

function note(scenario: Scenario, lang: string) {
  const t = i18next.getFixedT(lang);
  return provenanceNote(provenance(scenario), scenario, {
    lang,
    power: (p) => powerName(t, p),
    list: (items) => listOf(items, lang),
  });
}

function edited(edit: (s: Json) => void): Scenario {
  const s = structuredClone(autumn) as Json;
  edit(s);
  return s as Scenario;
}

const forged = edited((s) => {
  s.powers.russia.ip = 999;
  for (const list of Object.values(s.objectives) as Json[][]) for (const o of list) o.vp *= 100;
});

describe('the provenance note', () => {
  it('names what a modified scenario changed, in English and in Russian', () => {
    const en = note(forged, 'en');
    expect(en.kind).toBe('modified');
    expect(en.badge).toBe('Modified scenario');
    expect(en.sentence).toBe(
      "This game file’s Autumn 2016 — Beijing's Opening differs from the shipped one in: Russia’s starting IP, objectives VP, and more.",
    );
    const ru = note(forged, 'ru');
    expect(ru.badge).toBe('Изменённый сценарий');
    expect(ru.sentence).toMatch(/отличается от поставляемого с игрой: стартовые ОВ России, ПО за цели и другое\.$/);
  });

  it('says a renamed copy is a copy of the shipped one, and says so of a shipped and a custom scenario', () => {
    const copy = note(
      edited((s) => ((s.id = 'mine'), (s.title = 'Mine'))),
      'en',
    );
    expect(copy.sentence).toBe(
      "This game file’s “Mine” is a copy of the shipped Autumn 2016 — Beijing's Opening that differs in: its id and its title.",
    );
    expect(note(autumn, 'en')).toMatchObject({ kind: 'shipped', badge: 'Shipped scenario' });
    const custom = note(
      edited((s) => {
        s.id = 'steppe';
        s.title = 'The Steppe';
        s.regions = [];
        s.events = [];
      }),
      'ru',
    );
    expect(custom).toMatchObject({ kind: 'custom', badge: 'Свой сценарий' });
    for (const lang of ['en', 'ru']) for (const n of [note(forged, lang), copy]) expect(n.sentence).not.toMatch(/\{\{/);
  });
});

describe('the import screen and the debrief', () => {
  it('opens a genuine game file as shipped, and holds back a forged one with the note', async () => {
    const genuine = await checkGameFile(file('game.json', exportJson(record)));
    expect(genuine.ok && genuine.provenance).toEqual({ kind: 'shipped', id: 'autumn-2016' });
    const data = JSON.parse(exportJson(record));
    data.scenario.powers.russia.ip = 999;
    const held = await checkGameFile(file('game.json', JSON.stringify(data)));
    expect(held.ok && held.provenance.kind).toBe('modified');
  });

  it.each(['debrief', 'replay'] as const)('the %s carries the badge', (initial) => {
    const html = renderToStaticMarkup(
      <DebriefScreen record={{ ...record, scenario: forged }} initial={initial} backLabel="Back" onBack={() => {}} />,
    );
    expect(html).toContain('data-kind="modified"');
    expect(html).toContain('Russia’s starting IP');
    const genuine = renderToStaticMarkup(
      <DebriefScreen record={record} initial={initial} backLabel="Back" onBack={() => {}} />,
    );
    expect(genuine).toContain('data-kind="shipped"');
  });
});
