/**
 * Where each region's card sits on the map (map units, top-left corner). The regions cluster tightly
 * around the Pamirs, so the cards are placed by hand in the open space around them, each joined to
 * its real location by a leader line. Display data only; a region without an entry is centred below
 * its point.
 */
import type { RegionId } from '../../game/index.ts';

export const CARD_W = 160;
export const CARD_H = 116;

export const CARD_AT: Partial<Record<RegionId, [number, number]>> = {
  sughd: [330, 4],
  dushanbe: [30, 150],
  khatlon: [30, 276],
  kunduz: [30, 402],
  kabul: [30, 528],
  rasht: [380, 130],
  gbao: [470, 262],
  badakhshan: [250, 400],
  gilgit: [650, 400],
  khyber: [230, 536],
  islamabad: [560, 536],
  xinjiang: [700, 168],
};

/** Country labels (map units), placed in open ground. */
export const COUNTRY_LABELS: { key: string; at: [number, number]; rotate?: number }[] = [
  { key: 'tajikistan', at: [330, 272] },
  { key: 'afghanistan', at: [216, 500], rotate: -90 },
  { key: 'pakistan', at: [470, 585] },
  { key: 'china', at: [860, 330] },
  { key: 'kyrgyzstan', at: [625, 52] },
  { key: 'uzbekistan', at: [110, 118] },
  { key: 'india', at: [850, 610] },
];

/** The top-left corner of a region's card. */
export function cardAt(id: RegionId, point: [number, number]): [number, number] {
  return CARD_AT[id] ?? [point[0] - CARD_W / 2, point[1] + 12];
}
