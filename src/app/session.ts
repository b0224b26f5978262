/**
 * A hot-seat game on one device, built from small parts over one match (`match.ts`, run here on the
 * pure engine by `hotseat.ts`): the seats, the privacy hand-over (`handover.ts`), the computer
 * players on a timer (`computer.ts`), undo as taking back a kept state (`undo.ts`) and saving. The
 * session follows the match — every change, whoever made it, is saved, shown and may wake a computer
 * player — and offers React one immutable snapshot per change. A new game's deal comes from the
 * cryptographic source (`deal.ts`) and the record's start move keeps it.
 */
import type { Bot, BotNote, Explanation } from '../../game/ai/index.ts';
import {
  type GameRecord,
  type GameState,
  type Move,
  type Power,
  type Problem,
  type Reason,
  type Result,
  type Scenario,
} from '../../game/index.ts';
import type { Seat, Seats, Speed } from '../../game/seats.ts';
import { ComputerTimer, decideFor, type BotFailure } from './computer.ts';
import { freshDeal } from './deal.ts';
import { deviceView, humanToMove } from './handover.ts';
import { HotSeatMatch } from './hotseat.ts';
import type { KeptMatch } from './match.ts';
import { SPEED_DELAY, botFor } from './seats.ts';
import { canTakeBack } from './undo.ts';

export type { BotNote } from '../../game/ai/index.ts';
export type { BotFailure } from './computer.ts';

/** What the device shows right now. A new object after every change (for React's external store). */
export interface Snapshot {
  version: number;
  /** The state as the device's viewer sees it; the spectator view while the privacy screen is up. */
  view: GameState;
  /** The human whose eyes the board is for, or null (privacy screen up, spectating, or ended). */
  viewer: Power | null;
  /** Hand the device to this human before showing anything more. */
  passTo: Power | null;
  /** The power the game waits for, or null when it has ended. */
  waitingFor: Power | null;
  seats: Seats;
  speed: Speed;
  notes: readonly BotNote[];
  canUndo: boolean;
  /** Number of moves in the record (for tests and the debrief). */
  moves: number;
  /** The last computer player that failed (and what was played instead), until dismissed. */
  botFailure: BotFailure | null;
  /** True while the game could not be saved: a reload would lose it. */
  saveFailed: boolean;
}

/** The saved form of a game in progress. */
export interface SessionData {
  seats: Seats;
  speed: Speed;
  record: GameRecord;
  notes: BotNote[];
}

/** Where a session's saves go: false when the browser refused to keep one (nothing else is failure). */
export type SaveGame = (data: SessionData) => boolean | void;

export interface SessionOptions {
  /** The new game's secret deal (default: fresh from the cryptographic source). */
  deal?: number;
  /** The bot behind a computer seat (default: the registry's, `botFor`). */
  botOf?: (seat: Seat) => Bot | undefined;
}

/** A 32-bit hash, for the computer players' per-decision random seeds. */
function hash(text: string): number {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The computer players' clock (their time budgets are spent on it; the engine reads none). */
const clock = () => performance.now();

export class Session {
  private notes: BotNote[];
  private holder: Power | null = null;
  private readonly timer = new ComputerTimer();
  private listeners = new Set<() => void>();
  private snap: Snapshot;
  private version = 0;
  private disposed = false;
  /** While true, computer players wait (the teacher has the debrief or the replay open). */
  private held = false;
  /** The computer player's reason for the move being sent, noted when the match accepts it. */
  private explaining: BotNote | null = null;
  private botFailure: BotFailure | null = null;
  private saveFailed = false;
  private movesSeen: number;
  private readonly botOf: (seat: Seat) => Bot | undefined;
  private readonly unsubscribe: () => void;

  private constructor(
    readonly seats: Seats,
    private speed: Speed,
    private readonly match: KeptMatch,
    notes: BotNote[],
    private readonly onSave: SaveGame,
    options: SessionOptions,
  ) {
    this.notes = notes;
    this.botOf = options.botOf ?? botFor;
    this.movesSeen = match.record().moves.length;
    this.snap = this.snapshotNow();
    this.unsubscribe = match.subscribe(() => this.matchChanged());
  }

  /** A new game: the first (automatic) move deals the agendas, with a fresh secret deal mixed in. */
  static start(
    scenario: Scenario,
    seed: number | string,
    seats: Seats,
    speed: Speed,
    onSave: SaveGame,
    options: SessionOptions = {},
  ): Session {
    const match = HotSeatMatch.start(scenario, seed, options.deal ?? freshDeal());
    const session = new Session(seats, speed, match, [], onSave, options);
    session.changed(true);
    return session;
  }

  /** Resume a saved game: its record is checked and replayed on the engine. */
  static resume(data: SessionData, onSave: SaveGame, options: SessionOptions = {}): Result<Session, Problem[]> {
    const match = HotSeatMatch.fromRecord(data.record);
    if (!match.ok) return match;
    const log = match.value.viewOf(null).log.length;
    const session = new Session(
      data.seats,
      data.speed,
      match.value,
      data.notes.filter((n) => n.at <= log),
      onSave,
      options,
    );
    session.changed(false);
    return { ok: true, value: session };
  }

  /** Send one seat's move. Returns why it is illegal, or null once it is played. */
  send(power: Power, move: Move, why?: Explanation): Reason | null {
    if (this.disposed) return 'GAME_OVER';
    this.explaining = why ? { at: this.match.viewOf(null).log.length, power, move, why } : null;
    try {
      return this.match.send(power, move);
    } finally {
      this.explaining = null;
    }
  }

  /** The state as one seat sees it (its own agenda only). */
  viewOf(power: Power): GameState {
    return this.match.viewOf(power);
  }

  /** Take back the acting human's last action (one kept state popped); false when it may not. */
  undo(): boolean {
    if (!this.undoable()) return false;
    return this.match.takeBack();
  }

  private undoable(): boolean {
    return canTakeBack(this.match.states(), this.match.record(), this.seats, this.holder);
  }

  /** The human the device was passed to confirms it is them: show their board. */
  takeDevice(): void {
    const next = humanToMove(this.match.waitingFor(), this.seats);
    if (next) this.holder = next;
    this.changed(false);
  }

  setSpeed(speed: Speed): void {
    this.speed = speed;
    this.changed(true);
  }

  /** Hold the computer players (true) while the class looks at the debrief, or let them play on (false). */
  hold(on: boolean): void {
    this.held = on;
    this.schedule();
  }

  /** Put away the notice that a computer player failed. */
  dismissBotFailure(): void {
    this.botFailure = null;
    this.changed(false);
  }

  /** The game's record so far: scenario, seed and every move (for the debrief, the replay and exports). */
  recordNow(): GameRecord {
    return this.match.record();
  }

  /** Every full state of the game from the first (a copy): what `replay(recordNow())` would return. */
  statesNow(): readonly GameState[] {
    return this.match.states().slice();
  }

  /** A move was played or taken back: keep the notes in step, then save, show and schedule. */
  private matchChanged(): void {
    const moves = this.match.record().moves.length;
    if (moves < this.movesSeen) {
      const log = this.match.viewOf(null).log.length;
      this.notes = this.notes.filter((n) => n.at < log);
    } else if (this.explaining) {
      this.notes.push(this.explaining);
    }
    this.movesSeen = moves;
    this.changed(true);
  }

  /** Let a computer seat decide, after the pace's delay, when the game waits for one. */
  private schedule(): void {
    this.timer.cancel();
    const p = this.match.waitingFor();
    if (this.disposed || this.held || !p || this.seats[p].kind !== 'computer') return;
    const version = this.version;
    this.timer.schedule(SPEED_DELAY[this.speed], () => {
      if (this.version === version) this.playComputer(p);
    });
  }

  private playComputer(power: Power): void {
    const bot = this.botOf(this.seats[power]);
    if (!bot) return;
    const record = this.match.record();
    const context = { rng: hash(`${String(record.seed)}:${record.moves.length}:${power}`), now: clock };
    const played = decideFor(bot, this.match.viewOf(power), power, context);
    if (played.failure) this.botFailure = played.failure;
    const refused = played.move ? this.send(power, played.move, played.why) : 'UNKNOWN_MOVE';
    if (refused) {
      // Not even the fallback was accepted: say so, and let the teacher decide (the game waits).
      console.error(`no legal move could be played for ${power} (${refused})`);
      this.botFailure = { power, bot: bot.id, problem: 'illegal', fallback: null };
      this.changed(false);
    }
  }

  private changed(save: boolean): void {
    if (this.disposed) return;
    if (save) this.saveFailed = this.onSave(this.data()) === false;
    this.version += 1;
    this.snap = this.snapshotNow();
    for (const l of [...this.listeners]) l();
    this.schedule();
  }

  private snapshotNow(): Snapshot {
    const waitingFor = this.match.waitingFor();
    const ended = this.match.viewOf(null).step === 'ended';
    const { viewer, passTo } = deviceView(this.holder, waitingFor, this.seats, ended);
    return {
      version: this.version,
      view: this.match.viewOf(viewer),
      viewer,
      passTo,
      waitingFor,
      seats: this.seats,
      speed: this.speed,
      notes: this.notes.slice(),
      canUndo: this.undoable(),
      moves: this.match.record().moves.length,
      botFailure: this.botFailure,
      saveFailed: this.saveFailed,
    };
  }

  /** The game as saved: seats, pace, record and the computer players' reasons. */
  data(): SessionData {
    return { seats: this.seats, speed: this.speed, record: this.match.record(), notes: this.notes.slice() };
  }

  snapshot = (): Snapshot => this.snap;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Stop the computer players and the match. */
  dispose(): void {
    this.disposed = true;
    this.timer.cancel();
    this.unsubscribe();
    this.match.dispose();
    this.listeners.clear();
  }
}
