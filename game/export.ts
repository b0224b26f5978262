/**
 * Exports of a recorded game. JSON is the record itself (scenario, seed, every move): importing it
 * with `parseRecord` replays the game exactly. CSV is the ledger for a spreadsheet: one row per move
 * (round, power, action, target, cost, influence change), plus the automatic rows between rounds
 * (the `kind` column tells them apart), quoted by RFC 4180 and with CRLF line ends. Both say whether
 * the game's scenario is the shipped one (`provenance`): the JSON for a reader, every CSV row for a
 * spreadsheet's filter. Importing recomputes it; the one in a file is never trusted.
 */
import { influenceChange, ledger, type Delta, type LedgerRow } from './ledger.ts';
import { provenance, type Provenance } from './provenance.ts';
import type { GameRecord } from './record.ts';
import type { GameState } from './state.ts';
import { POWERS } from './vocabulary.ts';

/** The record as JSON text, for a file a class can keep and import again. */
export function exportJson(record: GameRecord): string {
  const { format, scenario, seed, moves } = record;
  return `${JSON.stringify({ format, provenance: provenance(scenario), scenario, seed, moves }, null, 2)}\n`;
}

/**
 * A file name for an export of the game as it stands at `final` (its last state): after the end,
 * e.g. `autumn-2016-seed-42.csv`; while secrets remain, e.g. `autumn-2016-round-3.csv`, since the
 * seed deals the secret agendas.
 */
export function exportFileName(
  record: GameRecord,
  extension: 'json' | 'csv',
  final: Pick<GameState, 'step' | 'round'>,
): string {
  if (final.step !== 'ended') return `${record.scenario.id}-round-${final.round}.${extension}`;
  const seed = String(record.seed)
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .slice(0, 40);
  return `${record.scenario.id}-seed-${seed || 'x'}.${extension}`;
}

/** The CSV columns, in order. */
export const CSV_COLUMNS = [
  'kind',
  'step',
  'round',
  'power',
  'move',
  'action',
  'region',
  'partner',
  'outcome',
  'cost',
  'influence_change',
  'influence_detail',
  'ip_detail',
  'vp_detail',
  'event',
  'scenario',
  'scenario_check',
] as const;

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** "khatlon:russia+2 gbao:china-1": every non-zero influence change in a delta. */
export function influenceDetail(d: Delta): string {
  const parts: string[] = [];
  for (const [region, byPower] of Object.entries(d.influence)) {
    for (const p of POWERS) {
      const v = byPower[p];
      if (v) parts.push(`${region}:${p}${signed(v)}`);
    }
  }
  return parts.join(' ');
}

function powerDetail(values: Partial<Record<string, number>>): string {
  return POWERS.filter((p) => values[p])
    .map((p) => `${p}${signed(values[p]!)}`)
    .join(' ');
}

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string | number | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The last two columns, the same on every row: the scenario's id and where it comes from. */
export type ScenarioCells = readonly [id: string, check: string];

/** "shipped", "custom", or "modified from autumn-2016: powers.russia.ip rules.aid.cost (+3 more)". */
export function provenanceText(p: Provenance): string {
  if (p.kind !== 'modified') return p.kind;
  return `modified from ${p.shipped}: ${p.differences.join(' ')}${p.more ? ` (+${p.more} more)` : ''}`;
}

/** The scenario columns of a record's CSV. */
export function scenarioCells(record: GameRecord): ScenarioCells {
  return [record.scenario.id, provenanceText(provenance(record.scenario))];
}

/** The cells of one ledger row, in `CSV_COLUMNS` order (the scenario's two columns last). */
export function csvCells(row: LedgerRow, scenario: ScenarioCells): (string | number)[] {
  return [
    row.kind,
    row.step === null ? '' : row.step + 1,
    row.round,
    row.power ?? '',
    row.move?.kind ?? '',
    row.action ?? '',
    row.region ?? '',
    row.partner ?? '',
    row.outcome,
    row.kind === 'move' ? row.cost : '',
    row.power ? influenceChange(row.delta, row.power) : '',
    influenceDetail(row.delta),
    powerDetail(row.delta.ip),
    powerDetail(row.delta.vp),
    row.event ?? '',
    ...scenario,
  ];
}

/** Ledger rows as CSV text with a header line. Steps are numbered from 1 like the moves in the record. */
export function toCsv(rows: readonly LedgerRow[], scenario: ScenarioCells): string {
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => csvCells(r, scenario).map(csvField).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** The game as CSV, from its record and the states `replay` returned for it. */
export function exportCsv(record: GameRecord, states: readonly GameState[]): string {
  return toCsv(ledger(record, states), scenarioCells(record));
}
