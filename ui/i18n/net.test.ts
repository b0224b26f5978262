/**
 * The network pages' strings (`net` namespace): Russian has every English key with the same
 * parameters, and every key the pages ask for (`tn('…')` in ui/net and src/app/net) exists — the
 * namespace is not typed, so this is where a misspelt key is caught.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, flatten } from './catalogue.ts';
import { enNet } from './en-net.ts';
import { ruNet } from './ru-net.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIRS = ['ui/net', 'src/app/net'];

function usedKeys(): { file: string; key: string }[] {
  const out: { file: string; key: string }[] = [];
  for (const dir of DIRS) {
    for (const name of readdirSync(join(ROOT, dir))) {
      if (!/\.tsx?$/.test(name)) continue;
      const text = readFileSync(join(ROOT, dir, name), 'utf8');
      for (const m of text.matchAll(/\btn\(\s*'([^'`]+)'/g)) out.push({ file: `${dir}/${name}`, key: m[1]! });
    }
  }
  return out;
}

describe('the network pages’ strings', () => {
  it('Russian has every English key and parameter', () => {
    expect(compare(enNet, ruNet, 'ru')).toEqual([]);
  });

  it('every key the pages use exists in English', () => {
    const keys = flatten(enNet);
    const used = usedKeys();
    expect(used.length).toBeGreaterThan(40);
    for (const { file, key } of used) expect(keys.has(key), `${file}: net.${key}`).toBe(true);
  });

  it('Russian leaves no English sentence behind', () => {
    const english = flatten(enNet);
    const same = [...flatten(ruNet)].filter(([k, v]) => english.get(k) === v && /[a-z]{3}/i.test(v));
    expect(same).toEqual([]);
  });
});
