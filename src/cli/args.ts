/**
 * The `simulate` command's arguments: its option spec on the shared layer (`options.ts`), which both
 * parses them and writes `--help`. Parsing is a pure function, so every good and bad case is a unit
 * test; errors come back as values (one line naming the bad argument) for the CLI to print. The
 * scenarios and bots that exist are passed in, so this module knows nothing of the engine.
 */
import { POWERS, type ByPower, type Power } from '../../game/vocabulary.ts';
import { choice, custom, flag, integer, parseCommand, suggest, usageOf } from './options.ts';

export interface SimulateOptions {
  scenario: string;
  games: number;
  seed: number;
  /** The bot id in each seat (with --no-timing, a clocked bot's fixed-budget stand-in). */
  bots: ByPower<string>;
  json: boolean;
  /** Report games per second (off with --no-timing, so output can be compared byte for byte). */
  timing: boolean;
  /** Worker threads to play on; null lets the CLI choose. */
  workers: number | null;
}

export type ParsedArgs =
  { kind: 'run'; options: SimulateOptions } | { kind: 'help' } | { kind: 'error'; message: string };

/** What exists, for checking names. */
export interface Known {
  scenarios: readonly string[];
  bots: readonly string[];
  /**
   * Bots that decide on a clock, each with the bot that plays the same way on a fixed budget: with
   * --no-timing the stand-in takes the seat, so that the output depends only on the arguments.
   */
  onClock?: ReadonlyMap<string, string>;
}

export const DEFAULTS = { scenario: 'autumn-2016', games: 100, seed: 1, bot: 'greedy' } as const;
export const MAX_GAMES = 1_000_000;
export const MAX_WORKERS = 64;

/** The command's spec: its options, their bounds and their help. */
function spec(known: Known) {
  const onClock = [...(known.onClock ?? new Map<string, string>())];
  const timingHelp = [
    'leave out games per second (output then depends only on the arguments)',
    ...onClock.map(([clocked, fixed]) => `and play ${clocked} seats as ${fixed}, which needs no clock`),
  ];
  return {
    name: 'simulate',
    usage: 'npm run simulate -- [options]',
    about: [
      'Plays seeded games headless, bots in every seat, and reports per power: win rate, mean ± sd',
      'final score, actions used by kind; plus mean game length and games per second.',
    ],
    options: {
      scenario: choice({
        choices: known.scenarios,
        noun: 'scenario',
        initial: DEFAULTS.scenario,
        help: `scenario to play (${known.scenarios.join(', ')}; default ${DEFAULTS.scenario})`,
      }),
      games: integer({
        min: 1,
        max: MAX_GAMES,
        initial: DEFAULTS.games,
        help: `number of games, 1..${MAX_GAMES} (default ${DEFAULTS.games})`,
      }),
      seed: integer({
        min: 0,
        max: Number.MAX_SAFE_INTEGER,
        initial: DEFAULTS.seed,
        help: `run seed, a whole number ≥ 0 (default ${DEFAULTS.seed}); game i is seeded "<seed>:<i>"`,
      }),
      bots: custom({
        initial: POWERS.reduce((seats, p) => ({ ...seats, [p]: DEFAULTS.bot }), {} as ByPower<string>),
        read: (text) => parseBots(text, known.bots),
        placeholder: '<spec>',
        help: [
          `bots (${known.bots.join(', ')}; default ${DEFAULTS.bot} in every seat):`,
          '  greedy               one bot in every seat',
          `  a,b,c,d,e            one per seat, in the order ${POWERS.join(', ')}`,
          '  random,china=greedy  a default, then power=bot overrides',
        ].join('\n'),
      }),
      json: flag('print one JSON object instead of the table'),
      'no-timing': flag(timingHelp.join('\n')),
      workers: integer({
        min: 1,
        max: MAX_WORKERS,
        initial: null,
        help: `worker threads to play on, 1..${MAX_WORKERS} (default: one per CPU core; results do not depend on it)`,
      }),
    },
    notes: [
      'Ties share the win: k powers tied for first each get 1/k of a win, so win rates add up to 100%.',
      'Exit status: 0 done, 1 a bot broke the rules or the run failed, 2 bad arguments.',
    ],
  };
}

/** The --help text. */
export function usage(known: Known): string {
  return usageOf(spec(known));
}

/** Parse a --bots spec into a bot id per seat, or say what is wrong with it (a message to follow `--bots: `). */
export function parseBots(spec: string, known: readonly string[]): ByPower<string> | string {
  const items = spec.split(',').map((x) => x.trim());
  if (items.some((x) => x === '')) return `"${spec}" has an empty entry`;
  const checkBot = (id: string) => (known.includes(id) ? null : `unknown bot "${id}"${suggest(id, known)}`);
  const bare = items.filter((x) => !x.includes('='));
  const pairs = items.filter((x) => x.includes('='));
  const seats = {} as ByPower<string>;
  if (bare.length === POWERS.length) {
    if (pairs.length > 0) return 'five bots in seat order or power=bot pairs, not both';
    for (let i = 0; i < POWERS.length; i++) seats[POWERS[i]!] = bare[i]!;
  } else if (bare.length <= 1) {
    for (const p of POWERS) seats[p] = bare[0] ?? DEFAULTS.bot;
  } else {
    return `needs one bot or five (one per seat), got ${bare.length} in "${spec}"`;
  }
  const named = new Set<Power>();
  for (const pair of pairs) {
    const [power = '', id = '', ...rest] = pair.split('=').map((x) => x.trim());
    if (rest.length > 0 || id === '') return `entry "${pair}" is not power=bot`;
    if (!(POWERS as readonly string[]).includes(power)) return `unknown power "${power}"${suggest(power, POWERS)}`;
    if (named.has(power as Power)) return `names ${power} twice`;
    named.add(power as Power);
    seats[power as Power] = id;
  }
  for (const p of POWERS) {
    const bad = checkBot(seats[p]);
    if (bad) return bad;
  }
  return seats;
}

/** Parse the command line (without `node` and the script). */
export function parseArgs(argv: readonly string[], known: Known): ParsedArgs {
  const parsed = parseCommand(spec(known), argv);
  if (parsed.kind !== 'run') return parsed;
  const v = parsed.values;
  const timing = !v['no-timing'];
  const seats = { ...v.bots };
  if (!timing) for (const p of POWERS) seats[p] = known.onClock?.get(seats[p]) ?? seats[p];
  return {
    kind: 'run',
    options: {
      scenario: v.scenario,
      games: v.games,
      seed: v.seed,
      bots: seats,
      json: v.json,
      timing,
      workers: v.workers,
    },
  };
}
