/**
 * Cut world-atlas 1:50m to the board's frame (ui/map/cut.ts) and write ui/map/region.json, the small
 * file the map draws with its first frame. Run again after changing the map's projection:
 *
 *   node --import tsx src/cli/map-region.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { cutCountries } from '../../ui/map/cut.ts';
import { projection } from '../../ui/map/geography.ts';

const world = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8'),
) as Topology;
const text = `${JSON.stringify(cutCountries(world, projection), null, 0)}\n`;
const out = resolve(import.meta.dirname, '../../ui/map/region.json');
writeFileSync(out, text);
console.log(`${out}: ${(text.length / 1024).toFixed(1)} kB, ${(gzipSync(text).length / 1024).toFixed(1)} kB gzip`);
