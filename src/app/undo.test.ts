/**
 * How much one undo takes back: the holder's last move (whatever it is) and the computer moves after
 * it, back to the point where the holder took the device; nothing of another human's, nothing once the
 * game has ended, never the deal.
 */
import { describe, expect, it } from 'vitest';
import { getScenario, newRecord, type GameRecord, type Move, type Power } from '../../game/index.ts';
import type { Seats } from '../../game/seats.ts';
import { movesToTakeBack } from './undo.ts';

const computer = { kind: 'computer', bot: 'random' } as const;
const human = { kind: 'human' } as const;
const seats: Seats = { russia: computer, china: computer, tajikistan: human, pakistan: human, afghanistan: computer };

const base = newRecord(getScenario('autumn-2016')!, 1);
function record(...moves: [Power, Move][]): GameRecord {
  return { ...base, moves: moves.map(([power, move]) => ({ power, move })) };
}
const start: [Power, Move] = ['russia', { kind: 'start' }];
const pass = (p: Power): [Power, Move] => [p, { kind: 'pass' }];
const choose = (p: Power): [Power, Move] => [p, { kind: 'choose', option: 'a' }];
const door = (p: Power): [Power, Move] => [p, { kind: 'door', guest: 'russia', price: null }];
const join = (p: Power): [Power, Move] => [p, { kind: 'join', coalition: 'sco' }];

describe('movesToTakeBack', () => {
  it('takes back the holder’s last move, whatever its kind', () => {
    for (const move of [pass, choose, door, join]) {
      const r = record(start, pass('russia'), move('tajikistan'));
      expect(movesToTakeBack(r, seats, { holder: 'tajikistan', since: 2 }, false), move('russia')[1].kind).toBe(1);
    }
  });

  it('takes the computer seats’ moves after it back with it', () => {
    const r = record(start, pass('tajikistan'), pass('russia'), choose('china'), pass('afghanistan'));
    expect(movesToTakeBack(r, seats, { holder: 'tajikistan', since: 1 }, false)).toBe(4);
  });

  it('goes back move by move to where the holder took the device, and no further', () => {
    const r = record(start, pass('russia'), door('tajikistan'), pass('tajikistan'), pass('china'));
    const holding = { holder: 'tajikistan' as const, since: 2 };
    expect(movesToTakeBack(r, seats, holding, false)).toBe(2);
    const once = { ...r, moves: r.moves.slice(0, 3) };
    expect(movesToTakeBack(once, seats, holding, false)).toBe(1);
    const twice = { ...r, moves: r.moves.slice(0, 2) };
    expect(movesToTakeBack(twice, seats, holding, false)).toBe(0);
    // Taken at move 3, the door change before it is not the holder's to take back any more.
    expect(movesToTakeBack(once, seats, { holder: 'tajikistan', since: 3 }, false)).toBe(0);
  });

  it('never takes back another human’s move, nor anything once the game has ended, nor the deal', () => {
    const r = record(start, pass('tajikistan'), pass('pakistan'), pass('russia'));
    expect(movesToTakeBack(r, seats, { holder: 'tajikistan', since: 1 }, false)).toBe(0);
    expect(movesToTakeBack(r, seats, { holder: 'pakistan', since: 1 }, false)).toBe(2);
    expect(movesToTakeBack(r, seats, { holder: 'pakistan', since: 1 }, true)).toBe(0);
    const first = record(['tajikistan', { kind: 'start' }]);
    expect(movesToTakeBack(first, seats, { holder: 'tajikistan', since: 0 }, false)).toBe(0);
    expect(movesToTakeBack(r, seats, { holder: null, since: 0 }, false)).toBe(0);
    expect(movesToTakeBack(r, { ...seats, pakistan: computer }, { holder: 'pakistan', since: 1 }, false)).toBe(0);
  });
});
