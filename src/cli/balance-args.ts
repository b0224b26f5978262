/**
 * The `balance` command's arguments, on node:util's parseArgs (strict: an unknown flag or a bad number
 * is one line and exit 2). Kept in one small function so the CLI argument layer can take it over.
 */
import { parseArgs } from 'node:util';

export interface BalanceOptions {
  scenarios: string[];
  games: number;
  searchGames: number;
  seed: number;
  levels: string[];
  workers: number;
  strength: boolean;
  strengthSeeds: number;
  json: boolean;
}

/** The levels the report knows: one bot in every seat, and the passive baseline. */
export const LEVELS = ['greedy', 'planner', 'strategist-quick', 'passive'] as const;

export const BALANCE_DEFAULTS = { games: 1000, searchGames: 20, seed: 1, workers: 2, strengthSeeds: 10 } as const;

export function balanceUsage(scenarios: readonly string[]): string {
  return [
    'Usage: npm run balance -- [options]',
    '',
    'Plays every shipped scenario headless at each bot level and prints GAME.md\u2019s balance table:',
    'each figure beside its target, with \u2713 met or \u2717 missed.',
    '',
    'Options:',
    `  --scenario <id>        one scenario (${scenarios.join(', ')}; default: all of them)`,
    `  --games <n>            games a level (default ${BALANCE_DEFAULTS.games}); the passive baseline plays n a seat`,
    `  --search-games <n>     games for strategist-quick, 100 futures a decision (default ${BALANCE_DEFAULTS.searchGames})`,
    `  --seed <n>             run seed (default ${BALANCE_DEFAULTS.seed}); game i is seeded "<seed>:<i>" at every level`,
    `  --levels <list>        comma-separated, from ${LEVELS.join(', ')} (default: all)`,
    `  --workers <n>          worker threads (default ${BALANCE_DEFAULTS.workers}); figures do not depend on it`,
    '  --strength             add the duplicate head-to-heads (strategist/planner, planner/greedy, greedy/random)',
    `  --strength-seeds <n>   seeds a pair for --strength, 6 games each (default ${BALANCE_DEFAULTS.strengthSeeds})`,
    '  --json                 print one JSON object instead of the tables',
    '  -h, --help             show this help',
  ].join('\n');
}

export type ParsedBalance =
  { kind: 'run'; options: BalanceOptions } | { kind: 'help' } | { kind: 'error'; message: string };

/** Parse the command line (without `node` and the script); errors come back as one line. */
export function parseBalanceArgs(argv: readonly string[], scenarios: readonly string[]): ParsedBalance {
  let values;
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        scenario: { type: 'string' },
        games: { type: 'string' },
        'search-games': { type: 'string' },
        seed: { type: 'string' },
        levels: { type: 'string' },
        workers: { type: 'string' },
        strength: { type: 'boolean' },
        'strength-seeds': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (e) {
    return { kind: 'error', message: (e instanceof Error ? e.message : String(e)).split('\n')[0]! };
  }
  if (values.help) return { kind: 'help' };
  const whole = (flag: string, text: string | undefined, fallback: number, min: number, max: number) => {
    if (text === undefined) return fallback;
    if (!/^\d+$/.test(text)) throw new Error(`--${flag} must be a whole number, got "${text}"`);
    const n = Number(text);
    if (n < min || n > max) throw new Error(`--${flag} must be between ${min} and ${max}, got ${text}`);
    return n;
  };
  try {
    const scenario = values.scenario;
    if (scenario !== undefined && !scenarios.includes(scenario))
      throw new Error(`unknown scenario "${scenario}" (one of ${scenarios.join(', ')})`);
    const levels = values.levels === undefined ? [...LEVELS] : values.levels.split(',').map((x) => x.trim());
    for (const l of levels)
      if (!(LEVELS as readonly string[]).includes(l))
        throw new Error(`unknown level "${l}" (one of ${LEVELS.join(', ')})`);
    if (levels.length === 0 || new Set(levels).size !== levels.length) throw new Error('--levels names a level twice');
    return {
      kind: 'run',
      options: {
        scenarios: scenario === undefined ? [...scenarios] : [scenario],
        games: whole('games', values.games, BALANCE_DEFAULTS.games, 1, 1_000_000),
        searchGames: whole('search-games', values['search-games'], BALANCE_DEFAULTS.searchGames, 1, 1_000_000),
        seed: whole('seed', values.seed, BALANCE_DEFAULTS.seed, 0, Number.MAX_SAFE_INTEGER),
        levels: LEVELS.filter((l) => levels.includes(l)),
        workers: whole('workers', values.workers, BALANCE_DEFAULTS.workers, 1, 64),
        strength: values.strength ?? false,
        strengthSeeds: whole('strength-seeds', values['strength-seeds'], BALANCE_DEFAULTS.strengthSeeds, 1, 100_000),
        json: values.json ?? false,
      },
    };
  } catch (e) {
    return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}
