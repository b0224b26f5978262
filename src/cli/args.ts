/**
 * The `simulate` command's arguments, parsed by a pure function so that every good and bad case is a
 * unit test. Errors come back as values: one line that names the bad argument, for the CLI to print.
 * The scenarios and bots that exist are passed in, so this module knows nothing of the engine.
 */
import { POWERS, type ByPower, type Power } from '../../game/vocabulary.ts';

export interface SimulateOptions {
  scenario: string;
  games: number;
  seed: number;
  /** The bot id in each seat. */
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
}

export const DEFAULTS = { scenario: 'autumn-2016', games: 100, seed: 1, bot: 'greedy' } as const;
export const MAX_GAMES = 1_000_000;
export const MAX_WORKERS = 64;

/** The --help text. */
export function usage(known: Known): string {
  return [
    'Usage: npm run simulate -- [options]',
    '',
    'Plays seeded games headless, bots in every seat, and reports per power: win rate, mean ± sd',
    'final score, actions used by kind; plus mean game length and games per second.',
    '',
    'Options:',
    `  --scenario <id>   scenario to play (${known.scenarios.join(', ')}; default ${DEFAULTS.scenario})`,
    `  --games <n>       number of games, 1..${MAX_GAMES} (default ${DEFAULTS.games})`,
    `  --seed <n>        run seed, a whole number ≥ 0 (default ${DEFAULTS.seed}); game i is seeded "<seed>:<i>"`,
    `  --bots <spec>     bots (${known.bots.join(', ')}; default ${DEFAULTS.bot} in every seat):`,
    '                      greedy                          one bot in every seat',
    `                      a,b,c,d,e                       one per seat, in the order ${POWERS.join(', ')}`,
    '                      random,china=greedy             a default, then power=bot overrides',
    '  --json            print one JSON object instead of the table',
    '  --no-timing       leave out games per second (output then depends only on the arguments)',
    '  --workers <n>     worker threads to play on (default: one per CPU core; results do not depend on it)',
    '  -h, --help        show this help',
    '',
    'Ties share the win: k powers tied for first each get 1/k of a win, so win rates add up to 100%.',
    'Exit status: 0 done, 1 a bot broke the rules or the run failed, 2 bad arguments.',
  ].join('\n');
}

const FLAGS = ['--scenario', '--games', '--seed', '--bots', '--json', '--no-timing', '--workers', '--help'] as const;
type Flag = (typeof FLAGS)[number];
const TAKES_VALUE: ReadonlySet<Flag> = new Set(['--scenario', '--games', '--seed', '--bots', '--workers']);

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function suggest(word: string, options: readonly string[]): string {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const o of options) {
    const d = distance(word, o);
    if (d < bestDistance) [best, bestDistance] = [o, d];
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? ` (did you mean ${best}?)` : '';
}

/** A whole number in [min, max], written in plain decimal digits. */
function wholeNumber(flag: string, text: string, min: number, max: number): number | string {
  if (!/^-?\d+$/.test(text)) return `${flag} must be a whole number, got "${text}"`;
  const n = Number(text);
  if (n < min || n > max) return `${flag} must be between ${min} and ${max}, got ${text}`;
  return n;
}

/** Parse a --bots spec into a bot id per seat, or say what is wrong with it. */
export function parseBots(spec: string, known: readonly string[]): ByPower<string> | string {
  const items = spec.split(',').map((x) => x.trim());
  if (items.some((x) => x === '')) return `--bots has an empty entry in "${spec}"`;
  const checkBot = (id: string) => (known.includes(id) ? null : `unknown bot "${id}"${suggest(id, known)}`);
  const bare = items.filter((x) => !x.includes('='));
  const pairs = items.filter((x) => x.includes('='));
  const seats = {} as ByPower<string>;
  if (bare.length === POWERS.length) {
    if (pairs.length > 0) return '--bots takes five bots in seat order or power=bot pairs, not both';
    for (let i = 0; i < POWERS.length; i++) seats[POWERS[i]!] = bare[i]!;
  } else if (bare.length <= 1) {
    for (const p of POWERS) seats[p] = bare[0] ?? DEFAULTS.bot;
  } else {
    return `--bots needs one bot or five (one per seat), got ${bare.length} in "${spec}"`;
  }
  const named = new Set<Power>();
  for (const pair of pairs) {
    const [power = '', id = '', ...rest] = pair.split('=').map((x) => x.trim());
    if (rest.length > 0 || id === '') return `--bots entry "${pair}" is not power=bot`;
    if (!(POWERS as readonly string[]).includes(power))
      return `--bots: unknown power "${power}"${suggest(power, POWERS)}`;
    if (named.has(power as Power)) return `--bots names ${power} twice`;
    named.add(power as Power);
    seats[power as Power] = id;
  }
  for (const p of POWERS) {
    const bad = checkBot(seats[p]);
    if (bad) return `--bots: ${bad}`;
  }
  return seats;
}

/** Parse the command line (without `node` and the script). */
export function parseArgs(argv: readonly string[], known: Known): ParsedArgs {
  const values = new Map<Flag, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (!arg.startsWith('--')) return { kind: 'error', message: `unexpected argument "${arg}"` };
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!(FLAGS as readonly string[]).includes(name))
      return { kind: 'error', message: `unknown option ${name}${suggest(name, FLAGS)}` };
    const flag = name as Flag;
    if (values.has(flag)) return { kind: 'error', message: `${flag} is given twice` };
    if (!TAKES_VALUE.has(flag)) {
      if (eq >= 0) return { kind: 'error', message: `${flag} takes no value` };
      values.set(flag, '');
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) value = argv[++i];
    if (value === undefined || value === '') return { kind: 'error', message: `${flag} needs a value` };
    values.set(flag, value);
  }

  const scenario = values.get('--scenario') ?? DEFAULTS.scenario;
  if (!known.scenarios.includes(scenario))
    return { kind: 'error', message: `unknown scenario "${scenario}"${suggest(scenario, known.scenarios)}` };

  const games = wholeNumber('--games', values.get('--games') ?? String(DEFAULTS.games), 1, MAX_GAMES);
  if (typeof games === 'string') return { kind: 'error', message: games };
  const seed = wholeNumber('--seed', values.get('--seed') ?? String(DEFAULTS.seed), 0, Number.MAX_SAFE_INTEGER);
  if (typeof seed === 'string') return { kind: 'error', message: seed };
  let workers: number | null = null;
  if (values.has('--workers')) {
    const w = wholeNumber('--workers', values.get('--workers')!, 1, MAX_WORKERS);
    if (typeof w === 'string') return { kind: 'error', message: w };
    workers = w;
  }
  const bots = parseBots(values.get('--bots') ?? DEFAULTS.bot, known.bots);
  if (typeof bots === 'string') return { kind: 'error', message: bots };

  return {
    kind: 'run',
    options: { scenario, games, seed, bots, json: values.has('--json'), timing: !values.has('--no-timing'), workers },
  };
}
