/**
 * The balance report's targets (GAME.md, "The balance report (the contract)") as data: each a band a
 * figure must fall in. A target is checked, never asserted: the report prints the figure beside it
 * with a met or missed mark.
 */

/** A closed band: `min` ≤ value ≤ `max` (either side may be open). `unit` says how to print it. */
export interface Band {
  min?: number;
  max?: number;
  unit: 'share' | 'number' | 'minutes';
}

export const TARGETS = {
  winRate: { min: 0.1, max: 0.35, unit: 'share' },
  passiveWinRate: { max: 0.02, unit: 'share' },
  passiveScoreShare: { max: 0.4, unit: 'share' },
  winnerUnchanged: { min: 0.75, unit: 'share' },
  margin: { min: 0.08, unit: 'share' },
  ties: { max: 0.03, unit: 'share' },
  leaderWins: { max: 0.5, unit: 'share' },
  lessonMinutes: { max: 30, unit: 'minutes' },
  decisions: { max: 35, unit: 'number' },
  hostPassRate: { max: 0.15, unit: 'share' },
  topOperation: { max: 0.6, unit: 'share' },
  ipUnspent: { max: 10, unit: 'number' },
  lateThreat: { min: 0.4, unit: 'share' },
  lateIncidents: { min: 1, unit: 'number' },
  coalitionMade: { min: 0.5, unit: 'share' },
  blocBroken: { min: 0.3, unit: 'share' },
  tensionDanger: { min: 0.2, max: 0.6, unit: 'share' },
  crisis: { min: 0.03, max: 0.15, unit: 'share' },
  accepted: { min: 0.3, max: 0.7, unit: 'share' },
  agendaSetupVp: { max: 0, unit: 'number' },
  agendaPull: { min: 0.15, unit: 'share' },
  duplicate: { min: 0.6, unit: 'share' },
} as const satisfies Record<string, Band>;

export type TargetId = keyof typeof TARGETS;

/** Is the value inside the band? Null (nothing measured) meets nothing: the mark is "missed". */
export function within(band: Band, value: number | null): boolean {
  if (value === null) return false;
  return (band.min === undefined || value >= band.min - 1e-12) && (band.max === undefined || value <= band.max + 1e-12);
}

/** A value in the band's unit: "12.5%", "7", "31 min"; "n/a" for nothing measured. */
export function formatValue(unit: Band['unit'], value: number | null): string {
  if (value === null) return 'n/a';
  if (unit === 'share') return `${(100 * value).toFixed(1)}%`;
  if (unit === 'minutes') return `${value.toFixed(0)} min`;
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

const bound = (unit: Band['unit'], x: number) =>
  unit === 'share' ? `${+(100 * x).toFixed(1)}%` : unit === 'minutes' ? `${x} min` : String(x);

/** The band as GAME.md writes it: "10–35%", "≤ 2%", "≥ 75%", "0". */
export function describeBand(band: Band): string {
  const { min, max, unit } = band;
  if (min !== undefined && max !== undefined) {
    if (unit === 'share') return `${+(100 * min).toFixed(1)}–${bound(unit, max)}`;
    return `${bound(unit, min)}–${bound(unit, max)}`;
  }
  if (max !== undefined) return max === 0 ? '0' : `≤ ${bound(unit, max)}`;
  if (min !== undefined) return `≥ ${bound(unit, min)}`;
  return 'any';
}
