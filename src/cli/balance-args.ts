/**
 * The `balance` command's arguments, on the shared argument layer (`options.ts`): an unknown flag, a
 * bad or out-of-range number, a duplicate or an unknown level is one line and exit 2; `--help` is
 * written from the same spec.
 */
import { choice, custom, flag, integer, parseCommand, usageOf } from './options.ts';
import { QUICK_FUTURES } from '../../game/ai/search.ts';

export interface BalanceOptions {
  scenarios: string[];
  games: number;
  searchGames: number;
  seed: number;
  levels: string[];
  workers: number;
  strength: boolean;
  strengthSeeds: number;
  /** The bot in the other four seats of the passive baseline, and the seat it is compared with. */
  reference: string;
  json: boolean;
}

/** The bots the passive baseline may be played against. */
export const REFERENCES = ['planner', 'greedy'] as const;

/** The levels the report knows: one bot in every seat, and the passive baseline. */
export const LEVELS = ['greedy', 'planner', 'strategist-quick', 'passive'] as const;

export const BALANCE_DEFAULTS = { games: 1000, searchGames: 20, seed: 1, workers: 2, strengthSeeds: 10 } as const;

/** The command's spec on the shared argument layer (`options.ts`): its options, bounds and help. */
function spec(scenarios: readonly string[]) {
  return {
    name: 'balance',
    usage: 'npm run balance -- [options]',
    about: [
      'Plays every shipped scenario headless at each bot level and prints GAME.md\u2019s balance table:',
      'each figure beside its target, with \u2713 met or \u2717 missed.',
    ],
    options: {
      scenario: choice({
        choices: scenarios,
        noun: 'scenario',
        initial: '',
        help: `one scenario (${scenarios.join(', ')}; default: all of them)`,
      }),
      games: integer({
        min: 1,
        max: 1_000_000,
        initial: BALANCE_DEFAULTS.games,
        help: `games a level (default ${BALANCE_DEFAULTS.games}); the passive baseline plays n a seat`,
      }),
      'search-games': integer({
        min: 1,
        max: 1_000_000,
        initial: BALANCE_DEFAULTS.searchGames,
        help: `games for strategist-quick, ${QUICK_FUTURES} futures a decision (default ${BALANCE_DEFAULTS.searchGames})`,
      }),
      seed: integer({
        min: 0,
        max: Number.MAX_SAFE_INTEGER,
        initial: BALANCE_DEFAULTS.seed,
        help: `run seed (default ${BALANCE_DEFAULTS.seed}); game i is seeded "<seed>:<i>" at every level`,
      }),
      levels: custom<string[]>({
        initial: [...LEVELS],
        read: (text) => {
          const levels = text.split(',').map((x) => x.trim());
          for (const l of levels)
            if (!(LEVELS as readonly string[]).includes(l)) return `unknown level "${l}" (one of ${LEVELS.join(', ')})`;
          if (new Set(levels).size !== levels.length) return 'names a level twice';
          return LEVELS.filter((l) => levels.includes(l));
        },
        placeholder: '<list>',
        help: `comma-separated, from ${LEVELS.join(', ')} (default: all)`,
      }),
      workers: integer({
        min: 1,
        max: 64,
        initial: BALANCE_DEFAULTS.workers,
        help: `worker threads (default ${BALANCE_DEFAULTS.workers}); figures do not depend on it`,
      }),
      strength: flag('add the duplicate head-to-heads (strategist/planner, planner/greedy, greedy/random)'),
      'strength-seeds': integer({
        min: 1,
        max: 100_000,
        initial: BALANCE_DEFAULTS.strengthSeeds,
        help: `seeds a pair for --strength, 6 games each (default ${BALANCE_DEFAULTS.strengthSeeds})`,
      }),
      reference: choice({
        choices: REFERENCES,
        noun: 'reference bot',
        initial: 'planner',
        help: 'the bot in the passive baseline\u2019s other seats and the seat it is compared with (default planner)',
      }),
      json: flag('print one JSON object instead of the tables'),
    },
    notes: ['Exit status: 0 done, 1 the run failed, 2 bad arguments.'],
  };
}

/** The --help text. */
export function balanceUsage(scenarios: readonly string[]): string {
  return usageOf(spec(scenarios));
}

export type ParsedBalance =
  { kind: 'run'; options: BalanceOptions } | { kind: 'help' } | { kind: 'error'; message: string };

/** Parse the command line (without `node` and the script); errors come back as one line. */
export function parseBalanceArgs(argv: readonly string[], scenarios: readonly string[]): ParsedBalance {
  const parsed = parseCommand(spec(scenarios), argv);
  if (parsed.kind !== 'run') return parsed;
  const v = parsed.values;
  return {
    kind: 'run',
    options: {
      scenarios: v.scenario === '' ? [...scenarios] : [v.scenario],
      games: v.games,
      searchGames: v['search-games'],
      seed: v.seed,
      levels: v.levels,
      workers: v.workers,
      strength: v.strength,
      strengthSeeds: v['strength-seeds'],
      reference: v.reference,
      json: v.json,
    },
  };
}
