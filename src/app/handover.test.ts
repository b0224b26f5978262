/**
 * What the device shows: the holder's own board only while the game waits for the holder; the
 * spectator view (nothing secret) while computer seats play, while a hand-over is pending and once the
 * game has ended.
 */
import { describe, expect, it } from 'vitest';
import type { Seats } from '../../game/seats.ts';
import { deviceView } from './handover.ts';

const computer = { kind: 'computer', bot: 'random' } as const;
const human = { kind: 'human' } as const;
const seats: Seats = { russia: computer, china: computer, tajikistan: human, pakistan: human, afghanistan: computer };

describe('deviceView', () => {
  it('shows the holder’s board while the game waits for the holder', () => {
    expect(deviceView('tajikistan', 'tajikistan', seats, false)).toEqual({ viewer: 'tajikistan', passTo: null });
  });
  it('shows nobody’s while a computer seat plays, though the holder still holds the device', () => {
    expect(deviceView('tajikistan', 'russia', seats, false)).toEqual({ viewer: null, passTo: null });
  });
  it('asks for a hand-over to the next human, showing nobody’s board meanwhile', () => {
    expect(deviceView('tajikistan', 'pakistan', seats, false)).toEqual({ viewer: null, passTo: 'pakistan' });
    expect(deviceView(null, 'tajikistan', seats, false)).toEqual({ viewer: null, passTo: 'tajikistan' });
  });
  it('shows nobody’s once the game has ended', () => {
    expect(deviceView('tajikistan', null, seats, true)).toEqual({ viewer: null, passTo: null });
  });
});
