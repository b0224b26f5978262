/**
 * What the `balance` command prints: per scenario, one Markdown table of GAME.md's figures with a
 * column per level (each cell the figure and its mark: ✓ met, ✗ missed, no mark when not judged), then
 * the duplicate head-to-heads when asked for. Pure functions of the computed figures.
 */
import type { Figure } from '../../game/sim/balance.ts';
import type { PairFigures } from './duplicate.ts';

export interface LevelReport {
  level: string;
  games: number;
  figures: Figure[];
}

export interface ScenarioReport {
  id: string;
  title: string;
  levels: LevelReport[];
  strength?: { seeds: number; futures: number; pairs: (PairFigures & { figure: Figure })[] };
}

const mark = (f: Figure) => (f.met === null ? f.text : `${f.text} ${f.met ? '✓' : '✗'}`);

/** One scenario's table. */
export function formatScenario(r: ScenarioReport): string {
  const order: Figure[] = [];
  for (const l of r.levels) for (const f of l.figures) if (!order.some((o) => o.id === f.id)) order.push(f);
  const head = ['figure', 'target', ...r.levels.map((l) => `${l.level} (${l.games})`)];
  const rows = order.map((f) => [
    f.label,
    f.target,
    ...r.levels.map((l) => {
      const mine = l.figures.find((x) => x.id === f.id);
      return mine ? mark(mine) : '—';
    }),
  ]);
  const all = r.levels.flatMap((l) => l.figures).filter((f) => f.met !== null);
  const met = all.filter((f) => f.met).length;
  const lines = [
    `### ${r.title} (${r.id})`,
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`,
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
    '',
    `Targets met: ${met} of ${all.length}.`,
  ];
  if (r.strength) {
    const s = r.strength;
    lines.push(
      '',
      `Strength in duplicate (${s.seeds} seeds a pair, 6 games a seed; strategist at ${s.futures} futures a decision):`,
      '',
      '| pair | target | X beats Y | 95% interval |',
      '|---|---|---:|---:|',
      ...s.pairs.map(
        (p) =>
          `| ${p.x} vs ${p.y} | ${p.figure.target} | ${mark(p.figure)} | ${(100 * p.low).toFixed(1)}–${(100 * p.high).toFixed(1)}% |`,
      ),
    );
  }
  return lines.join('\n');
}

/** The whole report in text. */
export function formatBalance(reports: readonly ScenarioReport[], header: string, footer: string): string {
  return [header, '', ...reports.map(formatScenario).flatMap((t) => [t, '']), footer].join('\n');
}
