/**
 * What a power can send: the moves of Rules 2.0. A turn is one operation (aid, base, exercise, found,
 * join, leave, special or pass); a host may first change its doors, free. `start` and `choose` are the
 * decisions outside a turn.
 */
import type { Power, RegionId } from './vocabulary.ts';

export type Move =
  /**
   * Deal the agendas and begin round 1. `deal` is secret entropy (an unsigned 32-bit integer) mixed into
   * the random state just before the agendas are dealt, so that nothing a client held before the deal
   * (the seed, the initial state) predicts them. The record keeps it; no view shows it.
   */
  | { kind: 'start'; deal?: number }
  | { kind: 'choose'; option: string }
  /** Set this host's door to `guest`: open at `price` IP an operation, or closed (null). Free; not an operation. */
  | { kind: 'door'; guest: Power; price: number | null }
  | { kind: 'aid'; region: RegionId; size: number }
  | { kind: 'base'; region: RegionId }
  | { kind: 'exercise'; region: RegionId; size: number }
  | { kind: 'found'; invitees: Power[] }
  | { kind: 'join'; coalition: string }
  | { kind: 'leave'; coalition: string }
  /** The power's own special ability; `region` where the ability has a target. */
  | { kind: 'special'; region?: RegionId }
  | { kind: 'pass' };

export type MoveKind = Move['kind'];
export type MoveOf<K extends MoveKind> = Extract<Move, { kind: K }>;

export const MOVE_KINDS = [
  'start',
  'choose',
  'door',
  'aid',
  'base',
  'exercise',
  'found',
  'join',
  'leave',
  'special',
  'pass',
] as const satisfies readonly MoveKind[];
