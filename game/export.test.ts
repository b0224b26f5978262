/** CSV writing: RFC 4180 quoting, the detail columns, and a header that matches every row. */
import { describe, expect, it } from 'vitest';
import { csvCells, csvField, influenceDetail, toCsv, CSV_COLUMNS } from './export.ts';
import type { LedgerRow } from './ledger.ts';

const row = (over: Partial<LedgerRow> = {}): LedgerRow => ({
  kind: 'move',
  step: 4,
  round: 2,
  power: 'russia',
  move: { kind: 'aid', region: 'khatlon', size: 1 },
  action: 'aid',
  region: 'khatlon',
  partner: null,
  outcome: 'done',
  cost: 2,
  delta: { influence: { khatlon: { russia: 2 }, gbao: { china: -1 } }, ip: { russia: -2 }, vp: {} },
  ...over,
});

describe('csv', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
    [null, ''],
    [7, '7'],
    [-3, '-3'],
  ])('quotes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes a move row: step from 1, the actor’s net influence, every change in detail', () => {
    expect(csvCells(row(), ['autumn-2016', 'shipped'])).toEqual([
      'move',
      5,
      2,
      'russia',
      'aid',
      'aid',
      'khatlon',
      '',
      'done',
      2,
      2,
      'khatlon:russia+2 gbao:china-1',
      'russia-2',
      '',
      '',
      'autumn-2016',
      'shipped',
    ]);
    expect(influenceDetail(row().delta)).toBe('khatlon:russia+2 gbao:china-1');
  });

  it('writes automatic rows without a power, step or cost, and ends lines with CRLF', () => {
    const auto = row({
      kind: 'round-start',
      step: null,
      power: null,
      move: null,
      action: null,
      region: null,
      event: 'irpt',
    });
    const text = toCsv([row(), auto], ['mine', 'modified from autumn-2016: powers.russia.ip']);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[2]).toBe(
      'round-start,,2,,,,,,done,,,khatlon:russia+2 gbao:china-1,russia-2,,irpt,mine,modified from autumn-2016: powers.russia.ip',
    );
    expect(lines[3]).toBe('');
    expect(lines.slice(0, 3).every((l) => l.split(',').length === CSV_COLUMNS.length)).toBe(true);
  });
});
