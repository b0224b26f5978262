/**
 * Cutting the world to the board: every country of a world-atlas topology, projected with the map's
 * projection and clipped to its frame, written as an SVG path with coordinates to a tenth of a unit and
 * points closer than `MIN_STEP` to the last one dropped (invisible at any screen size). Countries outside
 * the frame are left out. src/cli/map-region.ts runs this at build time on world-atlas 1:50m and commits
 * the result (region.json, a few kilobytes); a test checks the committed file is what this gives now.
 */
import { geoPath, type GeoContext, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface CountryShape {
  /** ISO 3166 numeric code, as world-atlas gives it. */
  id: string;
  name: string;
  d: string;
}

/** Smallest step kept between two points of a border, in map units (the viewBox is 960 wide). */
export const MIN_STEP = 0.8;

const r1 = (x: number) => Math.round(x * 10) / 10;

/** An SVG path recorder for d3-geo that rounds and thins the points. */
class ThinPath {
  private parts: string[] = [];
  private last: [number, number] | null = null;
  private ring: string[] = [];
  private pending: [number, number] | null = null;
  moveTo(x: number, y: number) {
    this.flushRing();
    this.last = [x, y];
    this.ring = [`M${r1(x)},${r1(y)}`];
  }
  lineTo(x: number, y: number) {
    const last = this.last!;
    if (Math.hypot(x - last[0], y - last[1]) < MIN_STEP) {
      this.pending = [x, y];
      return;
    }
    this.pending = null;
    this.last = [x, y];
    this.ring.push(`L${r1(x)},${r1(y)}`);
  }
  closePath() {
    if (this.pending) this.ring.push(`L${r1(this.pending[0])},${r1(this.pending[1])}`);
    this.pending = null;
    if (this.ring.length > 2) this.parts.push(this.ring.join('') + 'Z');
    this.ring = [];
  }
  arc() {}
  beginPath() {}
  private flushRing() {
    if (this.ring.length > 1) this.parts.push(this.ring.join(''));
    this.ring = [];
    this.pending = null;
  }
  result(): string {
    this.flushRing();
    const d = this.parts.join('');
    this.parts = [];
    return d;
  }
}

/** The countries of `topology` (world-atlas shape: objects.countries) that show on the map, as paths. */
export function cutCountries(topology: Topology, projection: GeoProjection): CountryShape[] {
  const countries = feature(topology, topology.objects.countries as GeometryCollection<{ name: string }>);
  const out: CountryShape[] = [];
  for (const f of countries.features) {
    const sink = new ThinPath();
    geoPath(projection, sink as unknown as GeoContext)(f);
    const d = sink.result();
    if (d) out.push({ id: String(f.id ?? f.properties.name), name: f.properties.name, d });
  }
  return out;
}
