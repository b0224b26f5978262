/**
 * Doors: a host decides, on its own turn and free of its operation, whom it lets in and at what price.
 * Up to rules.doors.changesPerTurn changes a turn, each to a new setting.
 */
import type { Move } from '../move.ts';
import type { GameState } from '../state.ts';
import { POWERS, type Power, type Reason } from '../vocabulary.ts';
import { hostsInPlay } from './common.ts';

/** A well-formed door setting: null (closed) or a whole price ≥ 0. */
export function isPrice(value: unknown): value is number | null {
  return value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 0);
}

export function checkDoor(s: GameState, host: Power, guest: Power, price: number | null): Reason | null {
  if (!hostsInPlay(s).includes(host)) return 'NOT_A_HOST';
  if (guest === host) return 'UNKNOWN_POWER';
  if (price !== null && price > s.scenario.rules.doors.maxPrice) return 'BAD_PRICE';
  if (s.doors[host][guest] === price) return 'DOOR_UNCHANGED';
  return s.doorChanges >= s.scenario.rules.doors.changesPerTurn ? 'DOOR_LIMIT' : null;
}

export function performDoor(s: GameState, host: Power, guest: Power, price: number | null): void {
  s.doors[host][guest] = price;
  s.doorChanges += 1;
  s.log.push({ t: 'door', round: s.round, power: host, guest, price });
}

export function doorMoves(s: GameState, host: Power): Move[] {
  if (s.doorChanges >= s.scenario.rules.doors.changesPerTurn || !hostsInPlay(s).includes(host)) return [];
  const out: Move[] = [];
  const max = s.scenario.rules.doors.maxPrice;
  for (const guest of POWERS) {
    if (guest === host) continue;
    const now = s.doors[host][guest];
    if (now !== null) out.push({ kind: 'door', guest, price: null });
    for (let price = 0; price <= max; price++) if (price !== now) out.push({ kind: 'door', guest, price });
  }
  return out;
}
