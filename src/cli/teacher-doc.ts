/**
 * `npm run teacher:doc`: write docs/teacher.md from the teacher's guide data (ui/teacher/guide.ts), so
 * the file and the app's printable guide never differ (formatted by the project's Prettier, which the
 * format check also applies). `--check` only compares, and exits 1 on a difference.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { guideMarkdown } from '../../ui/teacher/guideMarkdown.ts';

export const TEACHER_DOC = resolve(import.meta.dirname, '../../docs/teacher.md');

/** The file's text as it should be: the guide, formatted as the repository formats markdown. */
export async function teacherDoc(): Promise<string> {
  const options = (await resolveConfig(TEACHER_DOC)) ?? {};
  return format(guideMarkdown(), { ...options, filepath: TEACHER_DOC });
}

async function main(): Promise<void> {
  const text = await teacherDoc();
  if (process.argv.includes('--check')) {
    const same = readFileSync(TEACHER_DOC, 'utf8') === text;
    console.log(same ? 'docs/teacher.md is up to date' : 'docs/teacher.md differs: run npm run teacher:doc');
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(TEACHER_DOC, text);
    console.log(`wrote ${TEACHER_DOC}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
