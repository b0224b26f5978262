/**
 * The class-wide debrief's summaries: real matches played by bots (finished, and one still going), a
 * forged record named by its label and path, the figures the engine's own final states give, the
 * decisions lined up by round and power, and the grading exports (CSV quoted and complete, JSON with no
 * seed, deal or record, no agenda for a match still being played).
 */
import { describe, expect, it } from 'vitest';
import { getBot } from './ai/index.ts';
import {
  CLASS_CSV_COLUMNS,
  classCsv,
  classJson,
  classSummary,
  decisionKey,
  decisionRows,
  loadMatches,
  type ClassMatch,
} from './class-summary.ts';
import { replay } from './record.ts';
import { getScenario } from './scenarios/index.ts';
import { controller, regionIds } from './selectors.ts';
import { POWERS } from './vocabulary.ts';
import { playRecorded } from '../tests/scenarios/play.ts';

const scenario = getScenario('autumn-2016')!;
const a = playRecorded(scenario, 'class-a', getBot('planner')!);
const b = playRecorded(scenario, 'class-b', getBot('novice')!);
const c = playRecorded(scenario, 'class-c', getBot('greedy')!);
const live = { ...c.record, moves: c.record.moves.slice(0, 14) };
const forged = structuredClone(a.record);
const at = forged.moves.findIndex((m) => m.move.kind === 'aid');
forged.moves[at]!.power = forged.moves[at]!.power === 'russia' ? 'china' : 'russia';

const matches: ClassMatch[] = [
  { label: 'Table 1', record: a.record, groups: { china: 'Dragons', russia: '  ', pakistan: null } },
  { label: 'Table 2, by the window', record: b.record },
  { label: 'Table 3', record: live },
  { label: 'Table 4', record: forged },
];
const summary = classSummary(matches);
const stopped = classSummary([
  { label: 'Table 3', record: live, stopped: true },
  { label: 'Table 1', record: a.record, stopped: true },
]);

describe('loading the matches', () => {
  it('replays the good records and names a bad one by its label and the path of the problem', () => {
    expect(summary.matches.map((m) => m.label)).toEqual(['Table 1', 'Table 2, by the window', 'Table 3']);
    expect(summary.problems).toHaveLength(1);
    expect(summary.problems[0]!.label).toBe('Table 4');
    expect(summary.problems[0]!.problems[0]!.path).toBe(`record.moves.${at}`);
    const odd = loadMatches([{ label: '', record: { nonsense: true } as never }]);
    expect(odd.problems[0]!.label).toBe('match 1');
    expect(summary.matches[0]!.groups).toEqual({
      russia: null,
      china: 'Dragons',
      tajikistan: null,
      pakistan: null,
      afghanistan: null,
    });
    expect(Object.values(summary.matches[1]!.groups)).toEqual(POWERS.map(() => null));
    expect(odd.problems[0]!.problems.map((p) => p.path)).toContain('record.format');
  });
});

describe('a match’s summary', () => {
  it('gives the result, scores, ranks and the map as the engine’s final state has them', () => {
    for (const [m, played] of [
      [summary.matches[0]!, a],
      [summary.matches[1]!, b],
    ] as const) {
      const final = played.final;
      expect(m.ended).toBe(true);
      expect(m.winners).toEqual(final.result!.winners);
      expect(m.scores).toEqual(final.result!.scores);
      expect(m.reason).toBe(final.result!.reason);
      for (const w of m.winners) expect(m.rank[w]).toBe(1);
      for (const p of POWERS) {
        expect(m.control[p]).toBe(regionIds(final).filter((id) => controller(final, id) === p).length);
        expect(m.agendas![p].id).toBe(final.agendas![p]);
      }
      const agendaVp = final.log.filter((e) => e.t === 'agenda');
      for (const e of agendaVp) if (e.t === 'agenda') expect(m.agendas![e.power].vp).toBe(e.vp);
      expect(m.series.tension.length).toBe(m.series.rounds.length);
      expect(m.series.influence.china.length).toBe(m.series.rounds.length);
      expect(m.peakTension).toBeGreaterThanOrEqual(m.series.tension.at(-1)!);
      const ops = played.record.moves.filter((x) => x.power === 'russia' && x.move.kind === 'pass').length;
      expect(m.operations.russia.pass).toBe(ops);
    }
  });

  it('keeps a match still being played secret: no agendas, no winners, VP banked so far', () => {
    const m = summary.matches[2]!;
    const states = replay(live);
    if (!states.ok) throw new Error('no replay');
    const now = states.value.at(-1)!;
    expect(m).toMatchObject({ ended: false, reason: null, winners: [], agendas: null, round: now.round });
    expect(m.scores).toEqual(now.vp);
  });

  it('says a match the teacher stopped mid-game was stopped, with no winner; a finished one is not', () => {
    expect(summary.matches[2]!.stopped).toBe(false);
    expect(stopped.matches[0]).toMatchObject({ ended: false, stopped: true, winners: [], agendas: null });
    expect(stopped.matches[1]).toMatchObject({ ended: true, stopped: false });
    const rows = classCsv(stopped).split('\r\n');
    const reason = CLASS_CSV_COLUMNS.indexOf('end_reason');
    expect(rows[1]!.split(',')[reason]).toBe('stopped_by_teacher');
    expect(rows[1 + POWERS.length]!.split(',')[reason]).toBe(summary.matches[0]!.reason);
  });

  it('counts wins over the class (ties shared) and mean scores', () => {
    expect(POWERS.reduce((s, p) => s + summary.wins[p], 0)).toBeCloseTo(2);
    for (const p of POWERS) {
      expect(summary.meanScore[p]).toBeCloseTo(summary.matches.reduce((s, m) => s + m.scores[p], 0) / 3);
    }
  });
});

describe('decisions side by side', () => {
  it('lines every operation and event choice up by round and power, each cell the move the record holds', () => {
    const { loaded } = loadMatches(matches.slice(0, 3));
    const rows = decisionRows(loaded);
    const rounds = rows.map((r) => r.round);
    expect(rounds).toEqual([...rounds].sort((x, y) => x - y));
    let cells = 0;
    for (const row of rows) {
      row.cells.forEach((cell, col) => {
        if (!cell) return;
        cells += 1;
        const m = loaded[col]!;
        expect(m.record.moves[cell.index]!.move).toEqual(cell.move);
        expect(m.record.moves[cell.index]!.power).toBe(row.power);
        expect(m.states[cell.index]!.round).toBe(row.round);
      });
      const keys = new Set(row.cells.filter((x) => x).map((x) => x!.key));
      expect(row.differs).toBe(keys.size > 1);
    }
    const decisions = loaded.flatMap((m) => m.record.moves.filter((x) => !['start', 'door'].includes(x.move.kind)));
    expect(cells).toBe(decisions.length);
    expect(rows.some((r) => r.differs)).toBe(true);
  });

  it('finds no difference between a match and itself', () => {
    const { loaded } = loadMatches([matches[0]!, { label: 'again', record: a.record }]);
    expect(decisionRows(loaded).some((r) => r.differs)).toBe(false);
  });

  it('gives equal decisions equal keys, and different ones different keys', () => {
    expect(decisionKey({ kind: 'aid', region: 'khatlon', size: 2 })).toBe('aid khatlon 2');
    expect(decisionKey({ kind: 'found', invitees: ['tajikistan', 'pakistan'] })).toBe(
      decisionKey({ kind: 'found', invitees: ['pakistan', 'tajikistan'] }),
    );
    expect(decisionKey({ kind: 'special' })).not.toBe(decisionKey({ kind: 'special', region: 'gbao' }));
  });
});

describe('exports for grading', () => {
  it('CSV: a header and one row a power of each match, quoted, agendas only for ended matches', () => {
    const text = classCsv(summary);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CLASS_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(1 + 3 * POWERS.length);
    expect(lines[6]!.startsWith('"Table 2, by the window",autumn-2016,yes,')).toBe(true);
    const row = (line: string) => line.replace(/^"[^"]*"/, 'x').split(',');
    const col = (name: (typeof CLASS_CSV_COLUMNS)[number]) => CLASS_CSV_COLUMNS.indexOf(name);
    for (const [i, p] of POWERS.entries()) {
      const cells = row(lines[1 + i]!);
      expect(cells).toHaveLength(CLASS_CSV_COLUMNS.length);
      expect(cells[col('power')]).toBe(p);
      expect(cells[col('group')]).toBe(p === 'china' ? 'Dragons' : '');
      expect(Number(cells[col('score')])).toBe(a.final.result!.scores[p]);
      expect(cells[col('won')]).toBe(a.final.result!.winners.includes(p) ? '1' : '0');
      expect(cells[col('agenda')]).toBe(a.final.agendas![p]);
      const liveCells = row(lines[11 + i]!);
      expect(liveCells[col('ended')]).toBe('no');
      expect(liveCells[col('agenda')]).toBe('');
      expect(liveCells[col('agenda_vp')]).toBe('');
    }
  });

  it('JSON: the summary, with no record, seed or deal', () => {
    const text = classJson(summary);
    const json = JSON.parse(text);
    expect(json.format).toBe('rotw-class-debrief');
    expect(json.matches).toHaveLength(3);
    expect(json.matches[2].agendas).toBeNull();
    expect(text).not.toMatch(/"seed"|"deal"|"record"/);
  });
});
