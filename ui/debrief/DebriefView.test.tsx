/**
 * The debrief, replay and loader screens render from a real game's record (server-side rendering in
 * node; the charts' canvases are drawn in the browser); a game file is checked before it is opened.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { exportJson, getScenario, textIn } from '../../game/index.ts';
import { getBot } from '../../game/ai/index.ts';
import { playRecorded } from '../../tests/scenarios/play.ts';
import { setupI18n } from '../i18n/index.ts';
import { ReplayViewer } from '../replay/ReplayViewer.tsx';
import { checkGameFile } from '../replay/GameImport.tsx';
import { ScenarioLoader, checkScenarioFile } from '../scenario-loader/ScenarioLoader.tsx';
import { DebriefView } from './DebriefView.tsx';

setupI18n('en');
const scenario = getScenario('moscow-2009')!;
const { record } = playRecorded(scenario, 'view', getBot('random')!);

describe('DebriefView', () => {
  const html = renderToStaticMarkup(<DebriefView record={record} onReplay={() => {}} />);

  it('shows the result, the history, both charts with their tables, turning points, map and questions', () => {
    expect(html).toContain('data-testid="debrief-result"');
    expect(html).toContain(textIn(scenario.history.outcome, 'en').slice(0, 60).replace(/'/g, '&#x27;'));
    expect(html).toContain('data-testid="chart-influence"');
    expect(html).toContain('data-testid="chart-score"');
    expect(html.match(/<canvas/g)?.length).toBe(2);
    expect(html).toContain('data-testid="turning-points"');
    for (const r of scenario.regions) expect(html).toContain(`data-region="${r.id}"`);
    expect(html).toContain('data-testid="debrief-questions"');
    expect(html).toContain('data-testid="export-csv"');
    expect(html).toContain('data-testid="open-replay"');
    expect(html).not.toMatch(/\{\{\w+\}\}/);
  });
});

describe('ReplayViewer', () => {
  it('shows the step, the move and its log lines, and the map', () => {
    const html = renderToStaticMarkup(<ReplayViewer record={record} start={3} />);
    expect(html).toContain(`Step 3 of ${record.moves.length}`);
    expect(html).toContain('data-testid="replay-log"');
    expect(html).toContain('<svg');
  });

  it('lists the problems of a record that does not replay', () => {
    const bad = { ...record, moves: [...record.moves, { power: 'russia' as const, move: { kind: 'start' as const } }] };
    const html = renderToStaticMarkup(<ReplayViewer record={bad} />);
    expect(html).toContain(`moves.${record.moves.length}:`);
  });
});

describe('ScenarioLoader', () => {
  const file = (name: string, text: string) => ({ name, text: async () => text });

  it('renders a file picker and a drop zone', () => {
    const html = renderToStaticMarkup(<ScenarioLoader onLoad={() => {}} />);
    expect(html).toContain('type="file"');
    expect(html).toContain('drop-zone');
  });

  it('accepts a valid file and lists every problem of a bad one by path', async () => {
    const ok = await checkScenarioFile(file('mine.json', JSON.stringify(scenario)));
    expect(ok.kind).toBe('ok');
    const broken = JSON.parse(JSON.stringify(scenario));
    broken.rounds = 'seven';
    broken.regions[0].threatGrowth = 5;
    const bad = await checkScenarioFile(file('bad.json', JSON.stringify(broken)));
    expect(bad.kind === 'problems' && bad.problems.map((p) => p.path)).toEqual(['rounds', 'regions.0.threatGrowth']);
    const notJson = await checkScenarioFile(file('mine.json', '{ nope'));
    expect(notJson.kind === 'problems' && notJson.problems[0]!.message).toMatch(/not valid JSON/);
    const wrongType = await checkScenarioFile(file('notes.txt', 'hello'));
    expect(wrongType.kind).toBe('problems');
  });
});

describe('GameImport', () => {
  const file = (name: string, text: string) => ({ name, text: async () => text });

  it('opens an exported game, and names the problem of a cut, forged or mistaken file', async () => {
    const ok = await checkGameFile(file('game.json', exportJson(record)));
    expect(ok.ok && ok.record.moves).toEqual(record.moves);
    expect(ok.ok && ok.states).toHaveLength(record.moves.length + 1);
    const cut = await checkGameFile(file('game.json', exportJson(record).slice(0, 200)));
    expect(!cut.ok && cut.problems[0]!.message).toMatch(/not valid JSON/);
    const forged = JSON.parse(exportJson(record));
    forged.moves[1] = { power: 'china', move: { kind: 'start' } };
    const refused = await checkGameFile(file('game.json', JSON.stringify(forged)));
    expect(!refused.ok && refused.problems[0]!.path).toBe('moves.1');
    const mistaken = await checkGameFile(file('scenario.json', JSON.stringify(scenario)));
    expect(!mistaken.ok && mistaken.problems[0]!.message).toMatch(/scenario, not a game/);
    const ru = await checkGameFile(file('scenario.json', JSON.stringify(scenario)), 'ru');
    expect(!ru.ok && ru.problems[0]!.message).toMatch(/файл сценария/);
  });
});
