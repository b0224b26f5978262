/**
 * A match on the pure engine, for hot-seat play on one device: the full state stays here and each seat
 * is shown `viewFor(state, seat)` (a spectator `viewFor(state, null)`), so no seat's view holds another
 * power's agenda. Every state is kept, so taking a move back pops one state and one record entry
 * (several moves: as many states, with one notification) — nothing is replayed and nothing outlives
 * the match.
 */
import {
  applyMove,
  initialState,
  loadRecord,
  newRecord,
  toMove,
  withMove,
  type GameRecord,
  type GameState,
  type Move,
  type Power,
  type Problem,
  type Reason,
  type Result,
  type Scenario,
} from '../../game/index.ts';
import { viewFor } from '../../game/view.ts';
import type { KeptMatch } from './match.ts';

export class HotSeatMatch implements KeptMatch {
  private kept: GameState[];
  private rec: GameRecord;
  private listeners = new Set<() => void>();
  /** Views of the current state, by seat ('' for the spectator), made once per state. */
  private views = new Map<Power | '', GameState>();
  private disposed = false;

  private constructor(record: GameRecord, states: GameState[]) {
    this.rec = record;
    this.kept = states;
  }

  /** A new match, started: the first move deals the agendas with the secret `deal` mixed in. */
  static start(scenario: Scenario, seed: number | string, deal?: number): HotSeatMatch {
    const match = new HotSeatMatch(newRecord(scenario, seed), [initialState(scenario, seed)]);
    const first = toMove(match.full)!;
    const refused = match.send(first, deal === undefined ? { kind: 'start' } : { kind: 'start', deal });
    if (refused) throw new Error(`a new match could not start: ${refused}`);
    return match;
  }

  /** A match from an untrusted record (a save): replayed and checked, or the problems with their paths. */
  static fromRecord(input: unknown): Result<HotSeatMatch, Problem[]> {
    const loaded = loadRecord(input);
    if (!loaded.ok) return loaded;
    return { ok: true, value: new HotSeatMatch(loaded.value.record, loaded.value.states) };
  }

  private get full(): GameState {
    return this.kept[this.kept.length - 1]!;
  }

  send(power: Power, move: Move): Reason | null {
    if (this.disposed) return 'GAME_OVER';
    const next = applyMove(this.full, power, move);
    if (!next.ok) return next.reason;
    this.kept.push(next.state);
    this.rec = withMove(this.rec, power, move);
    this.changed();
    return null;
  }

  takeBack(count = 1): boolean {
    const moves = this.rec.moves.length;
    if (this.disposed || !Number.isInteger(count) || count < 1 || count > moves) return false;
    this.kept.length -= count;
    this.rec = { ...this.rec, moves: this.rec.moves.slice(0, moves - count) };
    this.changed();
    return true;
  }

  viewOf(viewer: Power | null): GameState {
    const key = viewer ?? '';
    let view = this.views.get(key);
    if (!view) {
      view = viewFor(this.full, viewer);
      this.views.set(key, view);
    }
    return view;
  }

  waitingFor(): Power | null {
    return toMove(this.full);
  }

  record(): GameRecord {
    return this.rec;
  }

  states(): readonly GameState[] {
    return this.kept;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
  }

  private changed(): void {
    this.views.clear();
    for (const l of [...this.listeners]) l();
  }
}
