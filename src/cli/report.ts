/**
 * What the `simulate` command prints: a table for people, or one JSON object for scripts. Both are
 * pure functions of the run's statistics, so the same arguments print the same bytes (games per second
 * aside, which --no-timing leaves out).
 */
import { actionMix, type RunStats } from '../../game/sim/stats.ts';
import { ACTION_KINDS, POWERS, POWER_NAMES, type ByPower } from '../../game/vocabulary.ts';

export interface RunMeta {
  scenario: string;
  title: string;
  seed: number;
  bots: ByPower<string>;
  /** Null when timing is off. */
  gamesPerSecond: number | null;
  workers: number;
}

const round = (x: number, places: number) => {
  const f = 10 ** places;
  return Math.round(x * f) / f;
};

/** The run as one JSON-ready object: `{ scenario, games, seed, gamesPerSecond, powers: {...}, ... }`. */
export function toJson(stats: RunStats, meta: RunMeta): Record<string, unknown> {
  const powers: Record<string, unknown> = {};
  for (const p of POWERS) {
    const s = stats.powers[p];
    powers[p] = {
      bot: meta.bots[p],
      winRate: round(s.winRate, 4),
      wins: round(s.wins, 3),
      meanScore: round(s.meanScore, 3),
      scoreStdDev: round(s.scoreStdDev, 3),
      minScore: s.minScore,
      maxScore: s.maxScore,
      actions: { ...s.actions },
      doors: { ...s.doors },
    };
  }
  return {
    scenario: meta.scenario,
    games: stats.games,
    seed: meta.seed,
    ...(meta.gamesPerSecond === null ? {} : { gamesPerSecond: round(meta.gamesPerSecond, 2) }),
    bots: { ...meta.bots },
    meanRounds: round(stats.meanRounds, 3),
    meanMoves: round(stats.meanMoves, 3),
    meanActions: round(stats.meanActions, 3),
    endReasons: { ...stats.endReasons },
    powers,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function describeBots(bots: ByPower<string>): string {
  const ids = POWERS.map((p) => bots[p]);
  if (ids.every((id) => id === ids[0])) return `${ids[0]} in every seat`;
  return POWERS.map((p) => `${p}=${bots[p]}`).join(', ');
}

/** Lay out rows of cells as columns: the first column left-aligned, the rest right-aligned. */
function columns(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
  );
}

/** The human-readable report. */
export function formatReport(stats: RunStats, meta: RunMeta): string {
  const header = ['power', 'bot', 'win rate', 'score (mean ± sd)', ...ACTION_KINDS, 'doors open'];
  const rows = POWERS.map((p) => {
    const s = stats.powers[p];
    const mix = actionMix(s);
    return [
      POWER_NAMES[p],
      meta.bots[p],
      pct(s.winRate),
      `${s.meanScore.toFixed(1)} ± ${s.scoreStdDev.toFixed(1)}`,
      ...ACTION_KINDS.map((k) => pct(mix[k])),
      s.doors.sampled === 0 ? '–' : pct(s.doors.open / s.doors.sampled),
    ];
  });
  const ended = stats.endReasons;
  const lines = [
    `${meta.title} (${meta.scenario}): ${stats.games} games, seed ${meta.seed}, bots: ${describeBots(meta.bots)}`,
    '',
    ...columns([header, ...rows]),
    '',
    'Operations by kind are shares of each power’s operations; "doors open" is the share of a host’s doors',
    'open at the rounds’ ends (a host’s consent; – for a power that hosts nothing on the board).',
    `Mean game length: ${stats.meanRounds.toFixed(2)} rounds, ${stats.meanMoves.toFixed(1)} group decisions ` +
      `(${stats.meanActions.toFixed(1)} operations; door changes are part of a host’s turn).`,
    `Games ended by: last round ${ended.rounds}, dominance ${ended.dominance}, crisis ${ended.crisis}.`,
  ];
  if (meta.gamesPerSecond !== null) {
    const threads = meta.workers === 1 ? '1 thread' : `${meta.workers} worker threads`;
    lines.push(`Speed: ${meta.gamesPerSecond.toFixed(1)} games/s (${threads}).`);
  }
  return lines.join('\n');
}
