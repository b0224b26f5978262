/**
 * `npm run golden` compares the engine's perft counts with tests/fixtures/golden.json and prints each
 * row that differs; `npm run golden -- --write` rewrites the table after a deliberate rule change, so
 * that the change is reviewed as a diff of numbers (one row a line). The test (golden.test.ts) only compares.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { fromFile, goldenTable, toFile, type GoldenFile, type GoldenRow } from './perft.ts';

const FILE = fileURLToPath(new URL('../fixtures/golden.json', import.meta.url));

const key = (r: GoldenRow) => `${r.scenario} after ${r.after}`;

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--write');
  if (unknown.length > 0) {
    console.error(`usage: npm run golden [-- --write] (unknown: ${unknown.join(' ')})`);
    return 2;
  }
  const table = goldenTable();
  if (argv.includes('--write')) {
    writeFileSync(FILE, await format(JSON.stringify(toFile(table)), { parser: 'json', printWidth: 120 }));
    console.log(`wrote ${table.length} rows to ${FILE}`);
    return 0;
  }
  const stored = fromFile(JSON.parse(readFileSync(FILE, 'utf8')) as GoldenFile);
  const before = new Map(stored.map((r) => [key(r), JSON.stringify(r)]));
  const now = new Map(table.map((r) => [key(r), JSON.stringify(r)]));
  let changed = 0;
  for (const k of new Set([...before.keys(), ...now.keys()])) {
    if (before.get(k) === now.get(k)) continue;
    changed++;
    console.log(`${k}:\n  table  ${before.get(k) ?? '(none)'}\n  engine ${now.get(k) ?? '(none)'}`);
  }
  console.log(changed === 0 ? `all ${table.length} rows agree` : `${changed} rows differ; --write to accept them`);
  return changed === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
