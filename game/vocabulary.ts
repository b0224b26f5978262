/**
 * The game's closed vocabularies: powers, regions, action kinds, reason codes.
 * Each is an `as const` array with a union type derived from it, so that a typo is a compile error
 * and a loop over "every power" cannot forget one. Per-power tables are `ByPower<T>`.
 */

/** The five powers, in the order the board lists them. */
export const POWERS = ['russia', 'china', 'tajikistan', 'pakistan', 'afghanistan'] as const;
export type Power = (typeof POWERS)[number];
export type ByPower<T> = { [P in Power]: T };

/** Build a per-power table from a function of the power. */
export function byPower<T>(f: (power: Power) => T): ByPower<T> {
  return {
    russia: f('russia'),
    china: f('china'),
    tajikistan: f('tajikistan'),
    pakistan: f('pakistan'),
    afghanistan: f('afghanistan'),
  };
}

export function isPower(value: unknown): value is Power {
  return typeof value === 'string' && (POWERS as readonly string[]).includes(value);
}

/** Display names (English); the UI translates through its own tables keyed by the ids. */
export const POWER_NAMES: ByPower<string> = {
  russia: 'Russia',
  china: 'China',
  tajikistan: 'Tajikistan',
  pakistan: 'Pakistan',
  afghanistan: 'Afghanistan',
};

/**
 * Every region a scenario may place on the board, with the country it lies in and its marker's place.
 * Coordinates are general geography (GAME.md), not facts from the source article.
 */
export const REGION_CATALOGUE = {
  dushanbe: { name: 'Dushanbe', host: 'tajikistan', lat: 38.56, lon: 68.78 },
  sughd: { name: 'Sughd', host: 'tajikistan', lat: 40.28, lon: 69.62 },
  khatlon: { name: 'Khatlon', host: 'tajikistan', lat: 37.84, lon: 68.78 },
  rasht: { name: 'Rasht Valley', host: 'tajikistan', lat: 39.02, lon: 70.37 },
  gbao: { name: 'Gorno-Badakhshan', host: 'tajikistan', lat: 37.49, lon: 71.55 },
  badakhshan: { name: 'Badakhshan', host: 'afghanistan', lat: 37.12, lon: 70.58 },
  kunduz: { name: 'Kunduz', host: 'afghanistan', lat: 36.73, lon: 68.86 },
  kabul: { name: 'Kabul', host: 'afghanistan', lat: 34.53, lon: 69.17 },
  gilgit: { name: 'Gilgit-Baltistan', host: 'pakistan', lat: 35.92, lon: 74.31 },
  khyber: { name: 'Khyber Pakhtunkhwa', host: 'pakistan', lat: 34.01, lon: 71.58 },
  islamabad: { name: 'Islamabad', host: 'pakistan', lat: 33.68, lon: 73.05 },
  xinjiang: { name: 'Xinjiang', host: 'china', lat: 39.47, lon: 75.99 },
} as const satisfies Record<string, { name: string; host: Power; lat: number; lon: number }>;

export const REGIONS = Object.keys(REGION_CATALOGUE) as (keyof typeof REGION_CATALOGUE)[];
export type RegionId = keyof typeof REGION_CATALOGUE;

export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(REGION_CATALOGUE, value);
}

/** The host power of a region: the country it lies in. */
export function hostOf(region: RegionId): Power {
  return REGION_CATALOGUE[region].host;
}

/** The two great powers, the patrons of the region; every other power on the board is a host. */
export const GREAT_POWERS = ['russia', 'china'] as const satisfies readonly Power[];

/** What a power may do with its turn: exactly one operation (door changes come free before it). */
export const ACTION_KINDS = ['aid', 'base', 'exercise', 'coalition', 'special', 'pass'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** Why a move was refused. The UI turns each code into a sentence. */
export const REASONS = [
  'GAME_OVER',
  'NOT_STARTED',
  'ALREADY_STARTED',
  'NOT_YOUR_TURN',
  'UNKNOWN_MOVE',
  'UNKNOWN_POWER',
  'UNKNOWN_REGION',
  'REGION_NOT_IN_PLAY',
  'NOT_ENOUGH_IP',
  'BAD_SIZE',
  'DOOR_CLOSED',
  'NOT_A_HOST',
  'DOOR_UNCHANGED',
  'DOOR_LIMIT',
  'BAD_PRICE',
  'BASE_AT_MAX_LEVEL',
  'TENSION_TOO_HIGH',
  'UNKNOWN_COALITION',
  'ALREADY_MEMBER',
  'RIVAL_BLOC',
  'NOT_A_MEMBER',
  'INVALID_INVITEES',
  'COALITION_EXISTS',
  'NOT_ALLOWED_HERE',
  'UNKNOWN_OPTION',
  'EVENT_CHOICE_PENDING',
] as const;
export type Reason = (typeof REASONS)[number];
