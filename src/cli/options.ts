/**
 * The one command-line layer every tool in `src/cli/` parses with. A command is a spec (its options
 * as typed values: whole numbers with bounds, names from a list, booleans, or a parser of its own),
 * and the same spec both parses the arguments and writes the `--help` text, so the two cannot drift.
 *
 * Words are split by Node's `util.parseArgs` (which knows `--flag=value`, `-h` and `--`); the rules are
 * applied here on its tokens rather than by its `strict` mode, because that mode's errors run to three
 * lines, suggest nothing, and read `--games -5` as a missing value instead of a number out of range.
 * Every refusal is one line naming the option and what is wrong; the caller prints it and exits 2.
 */
import { parseArgs } from 'node:util';

/** An option's value could not be used, and why (one line). */
export interface Invalid {
  invalid: string;
}

/** One option: how its text becomes a value, and what `--help` says about it. */
export interface Option<T> {
  /** Takes a value (`--games 5`) or is a switch (`--json`). */
  takesValue: boolean;
  /** The value when the option is not given. */
  initial: T;
  /** Text to value, or why the text cannot be used: a whole message, which names `flag` where it helps. */
  read: (text: string, flag: string) => T | Invalid;
  /** The placeholder in `--help`, such as `<n>`. */
  placeholder: string;
  help: string;
}

type Options = Record<string, Option<unknown>>;

/** The values a spec's options parse to, by option name. */
export type Values<O extends Options> = { [K in keyof O]: O[K] extends Option<infer T> ? T : never };

export interface CommandSpec<O extends Options> {
  /** The tool's name, the prefix of its error lines (`simulate: ...`). */
  name: string;
  /** The usage line after `Usage: `, e.g. `npm run simulate -- [options]`. */
  usage: string;
  /** What the command does, a few lines for the top of `--help`. */
  about: readonly string[];
  options: O;
  /** Arguments that are not options (files), if the command takes any. */
  positionals?: { name: string; min: number; missing: string };
  /** Cross-option rules, checked after every option parsed: a message, or null when all is well. */
  check?: (values: Values<O>, positionals: readonly string[]) => string | null;
  /** Lines after the option list (exit status, notes). */
  notes?: readonly string[];
}

export type Parsed<O extends Options> =
  { kind: 'run'; values: Values<O>; positionals: string[] } | { kind: 'help' } | { kind: 'error'; message: string };

const invalid = (why: string): Invalid => ({ invalid: why });
const isInvalid = (v: unknown): v is Invalid => typeof v === 'object' && v !== null && 'invalid' in v;

/** A switch such as `--json`: false unless given. */
export function flag(help: string): Option<boolean> {
  return { takesValue: false, initial: false, read: () => true, placeholder: '', help };
}

/** A whole number in [min, max], written in decimal digits (no fractions, exponents or signs but a minus). */
export function integer<D extends number | null>(o: {
  min: number;
  max: number;
  initial: D;
  help: string;
  placeholder?: string;
}): Option<number | D> {
  return {
    takesValue: true,
    initial: o.initial,
    placeholder: o.placeholder ?? '<n>',
    help: o.help,
    read(text, flag) {
      if (!/^-?\d+$/.test(text)) return invalid(`${flag} must be a whole number, got "${text}"`);
      const n = Number(text);
      if (n < o.min || n > o.max) return invalid(`${flag} must be between ${o.min} and ${o.max}, got ${text}`);
      return n;
    },
  };
}

/** One name from a list (a scenario id, say); a near miss gets a "did you mean". */
export function choice(o: {
  choices: readonly string[];
  /** What a choice is called in an error: `unknown scenario "x"`. */
  noun: string;
  initial: string;
  help: string;
  placeholder?: string;
}): Option<string> {
  return {
    takesValue: true,
    initial: o.initial,
    placeholder: o.placeholder ?? '<id>',
    help: o.help,
    read: (text) =>
      o.choices.includes(text) ? text : invalid(`unknown ${o.noun} "${text}"${suggest(text, o.choices)}`),
  };
}

/** A value with its own grammar (a bot list): `read` returns the value or a message naming what is wrong. */
export function custom<T>(o: {
  initial: T;
  read: (text: string) => T | string;
  help: string;
  placeholder: string;
}): Option<T> {
  return {
    takesValue: true,
    initial: o.initial,
    placeholder: o.placeholder,
    help: o.help,
    read(text, flag) {
      const v = o.read(text);
      return typeof v === 'string' ? invalid(`${flag}: ${v}`) : v;
    },
  };
}

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

/** ` (did you mean x?)` when one of `options` is close to `word`, else nothing. */
export function suggest(word: string, options: readonly string[]): string {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const o of options) {
    const d = distance(word, o);
    if (d < bestDistance) [best, bestDistance] = [o, d];
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? ` (did you mean ${best}?)` : '';
}

const HELP = ['-h', '--help'];

/** Parse a command line (without `node` and the script) against a spec. */
export function parseCommand<O extends Options>(spec: CommandSpec<O>, argv: readonly string[]): Parsed<O> {
  const terminator = argv.indexOf('--');
  const before = terminator < 0 ? argv : argv.slice(0, terminator);
  // Help wins wherever it stands, so that `check a.json -h` or `--gmaes 3 --help` still shows it.
  if (before.some((a) => HELP.includes(a))) return { kind: 'help' };

  const names = Object.keys(spec.options);
  const types = names.map((n) => [n, { type: spec.options[n]!.takesValue ? 'string' : 'boolean' }] as const);
  const { tokens } = parseArgs({
    args: [...argv],
    options: Object.fromEntries(types),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const flags = names.map((n) => `--${n}`);
  const raw = new Map<string, string | null>();
  const positionals: string[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      if (!spec.positionals) return { kind: 'error', message: `unexpected argument "${token.value}"` };
      positionals.push(token.value);
      continue;
    }
    if (token.rawName === '-h' || token.rawName === '--help') return { kind: 'help' };
    const option = Object.hasOwn(spec.options, token.name) ? spec.options[token.name] : undefined;
    if (!option || token.rawName !== `--${token.name}`)
      return { kind: 'error', message: `unknown option ${token.rawName}${suggest(token.rawName, flags)}` };
    if (raw.has(token.name)) return { kind: 'error', message: `${token.rawName} is given twice` };
    if (!option.takesValue) {
      if (token.inlineValue) return { kind: 'error', message: `${token.rawName} takes no value` };
      raw.set(token.name, null);
      continue;
    }
    // parseArgs (not strict) takes the next word as the value whatever it is; a word that is itself an
    // option means the value was left out. A negative number is a value, to be refused by its range.
    const value = token.value;
    const missing =
      value === undefined || value === '' || (!token.inlineValue && value.startsWith('-') && !/^-\d/.test(value));
    if (missing) return { kind: 'error', message: `${token.rawName} needs a value` };
    raw.set(token.name, value);
  }

  const values = {} as Record<string, unknown>;
  for (const name of names) {
    const option = spec.options[name]!;
    if (!raw.has(name)) {
      values[name] = option.initial;
      continue;
    }
    const v = option.read(raw.get(name) ?? '', `--${name}`);
    if (isInvalid(v)) return { kind: 'error', message: v.invalid };
    values[name] = v;
  }
  if (spec.positionals && positionals.length < spec.positionals.min)
    return { kind: 'error', message: spec.positionals.missing };
  const problem = spec.check?.(values as Values<O>, positionals) ?? null;
  if (problem !== null) return { kind: 'error', message: problem };
  return { kind: 'run', values: values as Values<O>, positionals };
}

/** The `--help` text, written from the spec. */
export function usageOf<O extends Options>(spec: CommandSpec<O>): string {
  const rows = Object.entries(spec.options).map(([name, o]) => [
    `--${name}${o.placeholder ? ` ${o.placeholder}` : ''}`,
    o.help,
  ]);
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map(([left]) => left!.length)) + 2;
  const indent = ' '.repeat(2 + width);
  const lines = [`Usage: ${spec.usage}`, '', ...spec.about, '', 'Options:'];
  for (const [left, help] of rows) {
    const [first = '', ...rest] = help!.split('\n');
    lines.push(`  ${left!.padEnd(width)}${first}`, ...rest.map((l) => `${indent}${l}`));
  }
  if (spec.notes?.length) lines.push('', ...spec.notes);
  return lines.join('\n');
}

/**
 * Run a command: parse its arguments, print `--help` (exit 0) or a one-line error (exit 2), or call
 * `main` with the values and set the process's exit status to what it returns.
 */
export async function runCommand<O extends Options>(
  spec: CommandSpec<O>,
  argv: readonly string[],
  main: (values: Values<O>, positionals: string[]) => number | Promise<number>,
): Promise<void> {
  const parsed = parseCommand(spec, argv);
  if (parsed.kind === 'help') {
    process.stdout.write(`${usageOf(spec)}\n`);
    process.exitCode = 0;
  } else if (parsed.kind === 'error') {
    process.stderr.write(`${spec.name}: ${parsed.message} (see --help)\n`);
    process.exitCode = 2;
  } else {
    process.exitCode = await main(parsed.values, parsed.positionals);
  }
}
