/**
 * The map's geography: Natural Earth country borders (world-atlas, 1:50m) projected with a conic
 * conformal projection centred on the Pamirs. The projection is fixed for the whole region catalogue,
 * so every scenario's regions land on the same spots. The topology is fetched as a static asset when
 * the board first needs it (it is not part of the first screen's JavaScript) and projected once.
 */
import { geoConicConformal, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topologyUrl from 'world-atlas/countries-50m.json?url';
import { REGION_CATALOGUE } from '../../game/index.ts';

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

export interface CountryShape {
  /** ISO 3166 numeric code, as world-atlas gives it. */
  id: string;
  name: string;
  d: string;
}

/** ISO numeric codes of the countries the game's powers are. */
export const POWER_COUNTRIES: Record<string, string> = {
  '762': 'tajikistan',
  '004': 'afghanistan',
  '586': 'pakistan',
  '156': 'china',
  '643': 'russia',
};

let shapes: Promise<CountryShape[]> | null = null;

/** The projected country shapes (loaded once; an empty list if the asset cannot be fetched). */
export function loadCountries(): Promise<CountryShape[]> {
  shapes ??= fetch(topologyUrl)
    .then((r) => (r.ok ? (r.json() as Promise<Topology>) : Promise.reject(new Error(`map: ${r.status}`))))
    .then((topology) => {
      const path = geoPath(projection);
      const countries = feature(topology, topology.objects.countries as GeometryCollection<{ name: string }>);
      const out: CountryShape[] = [];
      for (const f of countries.features) {
        const d = path(f);
        if (d) out.push({ id: String(f.id ?? f.properties.name), name: f.properties.name, d });
      }
      return out;
    })
    .catch((e: unknown) => {
      console.warn('The map could not load its country borders:', e);
      return [];
    });
  return shapes;
}
