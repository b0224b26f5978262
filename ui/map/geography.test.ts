import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { cutCountries } from './cut.ts';
import { COUNTRIES, POWER_COUNTRIES, projection } from './geography.ts';

describe('the map cut to the region', () => {
  it('region.json is world-atlas 1:50m cut with the map’s projection now (run src/cli/map-region.ts after a change)', () => {
    const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
    const world = JSON.parse(readFileSync(file, 'utf8')) as Topology;
    expect(COUNTRIES).toEqual(cutCountries(world, projection));
  });

  it('holds the host powers’ and China’s countries, their neighbours, and stays small', () => {
    const ids = new Set(COUNTRIES.map((c) => c.id));
    // Russia lies north of the frame: the map shows its bases by region, not its territory.
    for (const id of Object.keys(POWER_COUNTRIES).filter((id) => POWER_COUNTRIES[id] !== 'russia'))
      expect(ids, id).toContain(id);
    for (const name of ['Kyrgyzstan', 'Uzbekistan', 'India']) expect(COUNTRIES.map((c) => c.name)).toContain(name);
    expect(COUNTRIES.length).toBeLessThan(40);
    expect(JSON.stringify(COUNTRIES).length).toBeLessThan(40_000);
    for (const c of COUNTRIES) expect(c.d).toMatch(/^M[-\d.]+,[-\d.]+/);
  });
});
