/**
 * The app's icons, drawn here without any network or image library: public/icon.svg and the PNGs the
 * web manifest names (192 and 512 px, and a 180 px apple-touch-icon), rasterised from the same shapes
 * (a mountain range with a snow cap on the game's green), 4×4 supersampled, written as PNG with zlib.
 *
 *   node --import tsx src/cli/icons.ts
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

type Point = [number, number];
type Rgb = [number, number, number];

/** The design on a 100 × 100 grid: background, then polygons painted in order. */
const BACKGROUND: Rgb = [0x3b, 0x5b, 0x4a];
const SHAPES: { fill: Rgb; points: Point[] }[] = [
  {
    fill: [0x8a, 0x9a, 0x8c],
    points: [
      [8, 78],
      [34, 38],
      [52, 62],
      [62, 50],
      [92, 78],
    ],
  },
  {
    fill: [0xe8, 0xe2, 0xd0],
    points: [
      [22, 78],
      [52, 24],
      [82, 78],
    ],
  },
  {
    fill: [0xff, 0xff, 0xff],
    points: [
      [43, 40],
      [52, 24],
      [61, 40],
      [56, 37],
      [52, 41],
      [48, 37],
    ],
  },
  {
    fill: [0xc9, 0x8a, 0x3c],
    points: [
      [8, 80],
      [92, 80],
      [92, 84],
      [8, 84],
    ],
  },
];

const hex = (c: Rgb) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

function svg(): string {
  const polys = SHAPES.map(
    (s) => `  <polygon fill="${hex(s.fill)}" points="${s.points.map((p) => p.join(',')).join(' ')}"/>`,
  );
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" role="img" aria-label="Roof of the World">',
    `  <rect width="100" height="100" rx="18" fill="${hex(BACKGROUND)}"/>`,
    ...polys,
    '</svg>',
    '',
  ].join('\n');
}

function inside([x, y]: Point, poly: Point[]): boolean {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]!;
    const [xj, yj] = poly[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function colourAt(p: Point): Rgb {
  let c = BACKGROUND;
  for (const s of SHAPES) if (inside(p, s.points)) c = s.fill;
  return c;
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A square PNG of the design, full bleed (the manifest's maskable icon keeps the mountains in its safe zone). */
export function png(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 3 + 1));
  const n = 4;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt([((x + (sx + 0.5) / n) * 100) / size, ((y + (sy + 0.5) / n) * 100) / size]);
          for (let k = 0; k < 3; k++) sum[k]! += c[k]!;
        }
      const at = y * (size * 3 + 1) + 1 + x * 3;
      for (let k = 0; k < 3; k++) raw[at + k] = Math.round(sum[k]! / (n * n));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = resolve(import.meta.dirname, '../../public');
writeFileSync(join(out, 'icon.svg'), svg());
for (const [name, size] of [
  ['icon-192.png', 192],
  ['icon-512.png', 512],
  ['apple-touch-icon.png', 180],
] as const) {
  writeFileSync(join(out, name), png(size));
}
console.log(`Icons written to ${out}`);
