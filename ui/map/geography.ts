/**
 * The map's geography: Natural Earth country borders (world-atlas, 1:50m) projected with a conic
 * conformal projection centred on the Pamirs. The projection is fixed for the whole region catalogue,
 * so every scenario's regions land on the same spots. The countries were cut to the map's frame and
 * projected at build time (region.json, written by src/cli/map-region.ts from this projection), so they
 * are part of the board's own code and drawn with its first frame: no fetch, no world map.
 */
import { geoConicConformal, type GeoPermissibleObjects } from 'd3-geo';
import { REGION_CATALOGUE } from '../../game/vocabulary.ts';
import type { CountryShape } from './cut.ts';
import region from './region.json' with { type: 'json' };

export type { CountryShape } from './cut.ts';
/** The map's coordinate space (SVG viewBox). */
export const MAP_W = 960;
export const MAP_H = 660;

const catalogue: GeoPermissibleObjects = {
  type: 'MultiPoint',
  coordinates: Object.values(REGION_CATALOGUE).map((r) => [r.lon, r.lat]),
};

export const projection = geoConicConformal()
  .parallels([34, 40])
  .rotate([-71, 0])
  .fitExtent(
    [
      [150, 95],
      [MAP_W - 175, MAP_H - 40],
    ],
    catalogue,
  )
  .clipExtent([
    [0, 0],
    [MAP_W, MAP_H],
  ]);

/** A point on the map for a longitude and latitude. */
export function project(lon: number, lat: number): [number, number] {
  const p = projection([lon, lat]);
  return p ? [p[0], p[1]] : [0, 0];
}

/** ISO numeric codes of the countries the game's powers are. */
export const POWER_COUNTRIES: Record<string, string> = {
  '762': 'tajikistan',
  '004': 'afghanistan',
  '586': 'pakistan',
  '156': 'china',
  '643': 'russia',
};

/** The projected country shapes in the map's frame. */
export const COUNTRIES: readonly CountryShape[] = region as CountryShape[];
