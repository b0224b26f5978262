/**
 * `npm run scenario:check -- path/to/file.json [more.json] [--strict]`: the teacher's check of a scenario
 * file. It runs the engine's own loader (schema and cross-field checks) and prints the problems with
 * the path of each field (the first `MAX_PROBLEMS`, then a count of the rest), or `ok` and a one-line
 * summary. Fields the format does not know are warned about (the game ignores them; `--strict` makes
 * them errors). A saved game (an exported record) is named as such, and the scenario inside it is
 * checked. A byte-order mark, as Windows Notepad writes, is allowed. Exit status: 0 when every file
 * is a valid scenario, 1 when one is not, 2 for a usage error.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { formatProblem, loadScenario, textIn, type Problem, type Scenario } from '../../game/index.ts';
import { flag, runCommand, type CommandSpec } from './options.ts';
import { unknownFields } from './scenario-schema.ts';

/** How many problems a report lists before it counts the rest. */
export const MAX_PROBLEMS = 50;

/** What checking one file found. */
export interface CheckReport {
  file: string;
  ok: boolean;
  lines: string[];
}

/** A JSON.parse failure as a problem, with line and column when the message gives a position. */
function jsonProblem(text: string, error: Error): Problem {
  const position = /position (\d+)/.exec(error.message);
  if (!position) return { path: '', message: `not valid JSON: ${error.message}` };
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return { path: '', message: `not valid JSON (line ${line}, column ${column}): ${error.message}` };
}

/** A teacher's wording for zod's "expected X, received undefined": the field is missing. */
function plain(p: Problem): string {
  const missing = /^Invalid input: expected (.+), received undefined$/.exec(p.message);
  return formatProblem(missing ? { path: p.path, message: `missing (expected ${missing[1]})` } : p);
}

/** The one-line summary of a valid scenario. */
export function summaryOf(s: Scenario): string {
  const agendas = s.agendas.length;
  const tutorial = s.tutorial?.length ? `, ${s.tutorial.length} tutorial prompts` : '';
  return (
    `"${textIn(s.title, 'en')}" (${s.id}): ${s.rounds} rounds, ${s.regions.length} regions, ` +
    `${s.events.length} events, ${agendas} agendas${tutorial}`
  );
}

/** The first MAX_PROBLEMS lines, then one line counting the rest. */
function capped(lines: readonly string[]): string[] {
  if (lines.length <= MAX_PROBLEMS) return [...lines];
  const rest = lines.length - MAX_PROBLEMS;
  return [...lines.slice(0, MAX_PROBLEMS), `… and ${rest.toLocaleString('en')} more problem${rest === 1 ? '' : 's'}`];
}

const count = (n: number, what: string) => `${n.toLocaleString('en')} ${what}${n === 1 ? '' : 's'}`;

/** A saved game rather than a scenario: an exported record carries the scenario it was played on. */
function isGameRecord(json: unknown): json is { seed: unknown; moves: unknown[]; scenario: unknown } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  const o = json as Record<string, unknown>;
  return Array.isArray(o.moves) && Object.hasOwn(o, 'seed') && typeof o.scenario === 'object' && o.scenario !== null;
}

/** Check a scenario given as parsed JSON; `prefix` is prepended to every path (for one inside a game). */
function checkScenario(json: unknown, strict: boolean, prefix = ''): { ok: boolean; lines: string[] } {
  const at = (p: Problem): Problem => (prefix ? { ...p, path: p.path ? `${prefix}.${p.path}` : prefix } : p);
  const loaded = loadScenario(json);
  const warnings = unknownFields(json).map(at);
  const warningLines = warnings.map((w) => `${strict ? 'error' : 'warning'}: ${formatProblem(w)}`);
  if (!loaded.ok) {
    const n = loaded.error.length;
    return {
      ok: false,
      lines: [...capped([...loaded.error.map(at).map(plain), ...warningLines]), count(n, 'problem')],
    };
  }
  if (strict && warnings.length)
    return { ok: false, lines: [...capped(warningLines), count(warnings.length, 'problem')] };
  return { ok: true, lines: [`ok ${summaryOf(loaded.value)}`, ...capped(warningLines)] };
}

/** Check one file's text. */
export function checkText(file: string, text: string, strict = false): CheckReport {
  let json: unknown;
  // A UTF-8 byte-order mark (Windows Notepad writes one) is not part of the JSON.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return { file, ok: false, lines: [formatProblem(jsonProblem(body, e as Error))] };
  }
  if (isGameRecord(json)) {
    const inner = checkScenario(json.scenario, strict, 'scenario');
    const what = `an exported game record: seed ${JSON.stringify(json.seed)}, ${count(json.moves.length, 'move')}`;
    const [first = '', ...rest] = inner.lines;
    return {
      file,
      ok: false,
      lines: [
        `this is a saved game (${what}), not a scenario file: open it with "Open a game file" on the start screen`,
        ...(inner.ok ? [`its scenario: ${first}`, ...rest] : ['its scenario has problems:', ...inner.lines]),
      ],
    };
  }
  return { file, ...checkScenario(json, strict) };
}

/** Check one file on disk; a missing or unreadable file is a problem, not a crash. */
export async function checkFile(file: string, strict = false): Promise<CheckReport> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
    return { file, ok: false, lines: [`cannot read ${file}: ${why}`] };
  }
  return checkText(file, text, strict);
}

const COMMAND = {
  name: 'scenario:check',
  usage: 'npm run scenario:check -- path/to/scenario.json [more.json ...] [--strict]',
  about: [
    "Checks scenario files with the game's own loader: every problem with the path of its field, or ok",
    `and a one-line summary. Long lists stop after ${MAX_PROBLEMS} problems and count the rest.`,
  ],
  options: {
    strict: flag('treat fields the format does not know as errors, not warnings'),
  },
  positionals: { name: 'file', min: 1, missing: 'no scenario file given' },
  notes: [
    'A file name that starts with a dash goes after --: npm run scenario:check -- -- -odd.json',
    'Exit status: 0 every file is a valid scenario, 1 one is not, 2 bad arguments.',
  ],
} satisfies CommandSpec<{ strict: ReturnType<typeof flag> }>;

async function main(strict: boolean, files: readonly string[]): Promise<number> {
  let allOk = true;
  for (const file of files) {
    const report = await checkFile(file, strict);
    allOk &&= report.ok;
    const out = report.ok ? console.log : console.error;
    if (files.length > 1 || !report.ok) out(`${file}:`);
    for (const line of report.lines) out(files.length > 1 || !report.ok ? `  ${line}` : line);
  }
  return allOk ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runCommand(COMMAND, process.argv.slice(2), (values, files) => main(values.strict, files));
}
