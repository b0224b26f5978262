/**
 * `npm run scenario:check -- path/to/file.json [more.json] [--strict]`: the teacher's check of a scenario
 * file. It runs the engine's own loader (schema and cross-field checks) and prints every problem with
 * the path of its field, or `ok` and a one-line summary. Fields the format does not know are warned
 * about (the game ignores them; `--strict` makes them errors). Exit status: 0 when every file is valid,
 * 1 when one is not, 2 for a usage error.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { formatProblem, loadScenario, textIn, type Problem, type Scenario } from '../../game/index.ts';
import { unknownFields } from './scenario-schema.ts';

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

/** Check one file's text. */
export function checkText(file: string, text: string, strict = false): CheckReport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { file, ok: false, lines: [formatProblem(jsonProblem(text, e as Error))] };
  }
  const loaded = loadScenario(json);
  const warnings = unknownFields(json);
  const warningLines = warnings.map((w) => `${strict ? 'error' : 'warning'}: ${formatProblem(w)}`);
  if (!loaded.ok) {
    const n = loaded.error.length;
    return {
      file,
      ok: false,
      lines: [...loaded.error.map(plain), ...warningLines, `${n} problem${n === 1 ? '' : 's'}`],
    };
  }
  if (strict && warnings.length) return { file, ok: false, lines: warningLines };
  return { file, ok: true, lines: [`ok ${summaryOf(loaded.value)}`, ...warningLines] };
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

async function main(argv: string[]): Promise<number> {
  const strict = argv.includes('--strict');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length === 0 || argv.includes('--help')) {
    console.error('usage: npm run scenario:check -- path/to/scenario.json [more.json ...] [--strict]');
    return 2;
  }
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
  process.exitCode = await main(process.argv.slice(2));
}
