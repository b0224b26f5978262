/**
 * The `strength` command's arguments, on the shared layer (`options.ts`), and the bots they name.
 * Kept apart from `strength.ts` (which starts playing as soon as it is loaded) so that parsing is a
 * pure function with unit tests. A pair is `X/Y`; the search level may carry tuning options
 * (`strategist:horizon=1;judge=projected`), each checked against `SearchOptions` here, before a game
 * is played, rather than failing, or silently doing nothing, inside a worker.
 */
import { BOTS, getBot, type Bot } from '../../game/ai/index.ts';
import { makeSearchBot, searchBot, type SearchOptions } from '../../game/ai/search.ts';
import { SCENARIO_IDS } from '../../game/scenarios/index.ts';
import { choice, custom, flag, integer, parseCommand, suggest, usageOf, type Values } from './options.ts';

export const MAX_SEEDS = 10_000;
export const MAX_PAIRS = 10;
export const MAX_FUTURES = 100_000;
export const MAX_WORKERS = 64;

export const DEFAULT_PAIRS: [string, string][] = [
  ['novice', 'random'],
  ['planner', 'novice'],
  ['strategist', 'planner'],
];

const KNOWN_BOTS = BOTS.map((b) => b.id);
/** The bot id that takes tuning options. */
const SEARCH_NAME = searchBot.id;

/** The tuning options a pair may give the search level, with the values each takes. */
const TUNABLE = {
  shortlist: 'number',
  horizon: 'number',
  marginScale: 'number',
  ownScale: 'number',
  confidence: 'number',
  minEdge: 'number',
  policy: ['light', 'planner'],
  judge: ['projected', 'outlook'],
} as const satisfies Partial<Record<keyof SearchOptions, 'number' | readonly string[]>>;
type Tunable = keyof typeof TUNABLE;
const TUNABLES = Object.keys(TUNABLE) as Tunable[];

/** The search level's options from `key=value;key=value`, or what is wrong with them. */
export function searchOptionsOf(spec: string): Partial<SearchOptions> | string {
  const options: Partial<Record<Tunable, number | string>> = {};
  for (const kv of spec.split(';')) {
    const [key = '', value, ...rest] = kv.split('=');
    if (value === undefined || value === '' || rest.length > 0) return `"${kv}" is not key=value`;
    if (!(TUNABLES as readonly string[]).includes(key))
      return `unknown search option "${key}"${suggest(key, TUNABLES)} (${TUNABLES.join(', ')})`;
    const kind = TUNABLE[key as Tunable];
    if (kind === 'number') {
      const n = Number(value);
      if (!/^(\d+(\.\d+)?|Infinity)$/.test(value) || Number.isNaN(n))
        return `${key} must be a number ≥ 0, got "${value}"`;
      options[key as Tunable] = n;
    } else {
      if (!(kind as readonly string[]).includes(value)) return `${key} must be ${kind.join(' or ')}, got "${value}"`;
      options[key as Tunable] = value;
    }
  }
  return options as Partial<SearchOptions>;
}

/**
 * A bot by id, or what is wrong with the id. The search level plays a fixed number of futures per
 * decision, so that runs are reproducible; `strategist:...` adds tuning options.
 */
export function botOf(id: string, futures: number): Bot | string {
  const colon = id.indexOf(':');
  const name = colon < 0 ? id : id.slice(0, colon);
  if (name !== SEARCH_NAME) {
    if (colon >= 0) return `only ${SEARCH_NAME} takes options, not "${name}"`;
    return getBot(id) ?? `unknown bot "${id}"${suggest(id, KNOWN_BOTS)}`;
  }
  const tuned = colon < 0 ? {} : searchOptionsOf(id.slice(colon + 1));
  if (typeof tuned === 'string') return tuned;
  return makeSearchBot({ ...tuned, timeMs: Infinity, iterations: futures });
}

/** A --pairs list: `X/Y` pairs separated by commas, each bot checked. */
export function parsePairs(spec: string): [string, string][] | string {
  const items = spec.split(',').map((x) => x.trim());
  if (items.length > MAX_PAIRS) return `at most ${MAX_PAIRS} pairs, got ${items.length}`;
  const pairs: [string, string][] = [];
  for (const item of items) {
    const sides = item.split('/').map((x) => x.trim());
    if (sides.length !== 2 || !sides[0] || !sides[1]) return `"${item}" is not a pair X/Y, such as planner/novice`;
    for (const id of sides) {
      const bot = botOf(id, 1);
      if (typeof bot === 'string') return bot;
    }
    pairs.push([sides[0], sides[1]]);
  }
  return pairs;
}

const SPEC = {
  name: 'strength',
  usage: 'npm run strength -- [options]',
  about: [
    'How strong each computer level is, head to head, in duplicate: for each seed Y plays all five',
    'seats, then X takes each seat in turn against four Ys; X beats Y on a deal when it finishes that',
    'seat higher than Y did. The search level plays a fixed number of futures, so runs are reproducible.',
  ],
  options: {
    scenario: choice({
      choices: SCENARIO_IDS,
      noun: 'scenario',
      initial: 'autumn-2016',
      help: `scenario (${SCENARIO_IDS.join(', ')}; default autumn-2016)`,
    }),
    seeds: integer({
      min: 1,
      max: MAX_SEEDS,
      initial: 170,
      help: `seeds per pair, 1..${MAX_SEEDS}; each gives 6 games (default 170: 1,020 games a pair)`,
    }),
    seed: integer({ min: 0, max: Number.MAX_SAFE_INTEGER, initial: 1, help: 'first seed (default 1)' }),
    pairs: custom({
      initial: DEFAULT_PAIRS,
      read: parsePairs,
      placeholder: '<list>',
      help: [
        `X/Y pairs, at most ${MAX_PAIRS} (default ${DEFAULT_PAIRS.map((p) => p.join('/')).join(',')})`,
        `bots: ${KNOWN_BOTS.join(', ')}`,
        `${SEARCH_NAME} takes tuning options, e.g. ${SEARCH_NAME}:horizon=1;judge=projected`,
        `(${TUNABLES.join(', ')})`,
      ].join('\n'),
    }),
    futures: integer({
      min: 1,
      max: MAX_FUTURES,
      initial: 100,
      help: `the search level's futures per decision in these games, 1..${MAX_FUTURES} (default 100)`,
    }),
    workers: integer({
      min: 1,
      max: MAX_WORKERS,
      initial: null,
      help: `worker threads, 1..${MAX_WORKERS} (default: one per CPU)`,
    }),
    json: flag('print the figures as JSON'),
  },
  notes: ['Exit status: 0 done, 1 the run failed, 2 bad arguments.'],
};

/** The strength command's options, once parsed. */
export type StrengthValues = Values<typeof SPEC.options>;

/** The command's spec, for `runCommand`. */
export const STRENGTH_COMMAND = SPEC;

/** Parse the command line (without `node` and the script). */
export function parseStrength(argv: readonly string[]) {
  return parseCommand(SPEC, argv);
}

/** The --help text. */
export function strengthUsage(): string {
  return usageOf(SPEC);
}
