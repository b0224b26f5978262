/**
 * A hot-seat game on one device, built from small parts over one match (`match.ts`, run here on the
 * pure engine by `hotseat.ts`): the seats, the privacy hand-over (`handover.ts`), the computer
 * players (`computer.ts`: each decision made by a `Decider`, in the browser a Web Worker given the
 * seat's view, and played once the pace's delay has passed too), undo as taking back kept states
 * (`undo.ts`: the holder's moves, back to when they took the device) and saving. The session follows
 * the match — every change, whoever made it, is saved, shown and may wake a computer player — and
 * offers React one immutable snapshot per change. A new game's deal comes from the cryptographic
 * source (`deal.ts`) and the record's start move keeps it.
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
import { ComputerTimer, InlineDecider, type BotFailure, type ComputerMove, type Decider } from './computer.ts';
import { freshDeal } from './deal.ts';
import { deviceView, humanToMove } from './handover.ts';
import { HotSeatMatch } from './hotseat.ts';
import type { KeptMatch } from './match.ts';
import { SPEED_DELAY, botFor } from './seats.ts';
import { movesToTakeBack, type Holding } from './undo.ts';
import { WorkerDecider } from './worker/decider.ts';
import { afterNextFrame } from '../../ui/common/afterNextFrame.ts';

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
  /** The human who holds the device (whose moves undo takes back), or null before anyone has taken it. */
  holder: Power | null;
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
  /** The bot behind a computer seat (default: the registry's, `botFor`); given, decisions run on this thread. */
  botOf?: (seat: Seat) => Bot | undefined;
  /** Who makes the computer players' decisions (default: a Web Worker where there is one, else this thread). */
  decider?: Decider;
  /**
   * Computer players wait until `screenShown()`: the page calls it once its first screen of the game
   * has been painted, so that no search competes with drawing the board (on a two-core Chromebook, a
   * search in the worker beside the board's first layout made that layout a long task).
   */
  awaitScreen?: boolean;
  /**
   * Save after the page has drawn the change, not inside the move (the browser app): the write is a
   * task after the next frame, so the board shows a move without waiting for `localStorage`. A save
   * still due is written by `flushSave()` (the app calls it when the page is hidden) and by `dispose()`.
   */
  deferSave?: boolean;
}

/** The default decider: a Web Worker in the browser, this thread elsewhere (node) or for given bots. */
function deciderFor(options: SessionOptions): Decider {
  if (options.decider) return options.decider;
  if (options.botOf) return new InlineDecider(options.botOf);
  return typeof Worker === 'undefined' ? new InlineDecider(botFor) : new WorkerDecider(botFor);
}

/** A 32-bit hash, for the computer players' per-decision random seeds. */
function hash(text: string): number {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export class Session {
  private notes: BotNote[];
  private holding: Holding;
  /** The pace: a computer move is played no sooner than its delay after the position arose. */
  private readonly timer = new ComputerTimer();
  private readonly decider: Decider;
  /** The position a computer decision is being made (or was made) for, while one is under way. */
  private computer: { key: string; speed: Speed; decided: ComputerMove | null; due: boolean } | null = null;
  /** Counts the match's changes: a computer decision belongs to one of them. */
  private matchVersion = 0;
  private listeners = new Set<() => void>();
  private snap: Snapshot;
  private version = 0;
  private disposed = false;
  /** While true, computer players wait (the teacher has the debrief or the replay open). */
  private held = false;
  /** True until the page has shown the game's first screen (with `awaitScreen`): computer players wait. */
  private awaitingScreen: boolean;
  /** The computer player's reason for the move being sent, noted when the match accepts it. */
  private explaining: BotNote | null = null;
  private botFailure: BotFailure | null = null;
  private saveFailed = false;
  private readonly deferSave: boolean;
  /** With `deferSave`: cancels the save that is due (null when none is). */
  private saveDue: (() => void) | null = null;
  private movesSeen: number;
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
    this.awaitingScreen = options.awaitScreen ?? false;
    this.deferSave = options.deferSave ?? false;
    this.decider = deciderFor(options);
    this.movesSeen = match.record().moves.length;
    this.holding = { holder: null, since: this.movesSeen };
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

  /**
   * Take back the last move of the human who holds the device, with the computer seats' moves after it
   * (one kept state popped a move); false when there is none since they took the device.
   */
  undo(): boolean {
    const count = this.toTakeBack();
    return count > 0 && this.match.takeBack(count);
  }

  private toTakeBack(): number {
    const ended = this.match.viewOf(null).step === 'ended';
    return movesToTakeBack(this.match.record(), this.seats, this.holding, ended);
  }

  /** The human the device was passed to confirms it is them: show their board. */
  takeDevice(): void {
    const next = humanToMove(this.match.waitingFor(), this.seats);
    if (next && next !== this.holding.holder) this.holding = { holder: next, since: this.match.record().moves.length };
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

  /** The page has painted the game's first screen: computer players may start (see `awaitScreen`). */
  screenShown(): void {
    if (!this.awaitingScreen) return;
    this.awaitingScreen = false;
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
    this.matchVersion += 1;
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

  /**
   * When the game waits for a computer seat: start its decision (on the seat's own view) and the pace's
   * delay, and play the move once both are done. A decision already under way for this position goes
   * on (a change of pace only restarts the delay); any other is dropped — a move played or taken back,
   * the computer players held, the session disposed.
   */
  private schedule(): void {
    const p = this.match.waitingFor();
    if (this.disposed || this.held || this.awaitingScreen || !p || this.seats[p].kind !== 'computer')
      return this.stopComputer();
    const key = `${this.matchVersion}:${p}`;
    if (this.computer?.key === key) {
      if (this.computer.speed !== this.speed && !this.computer.due) this.startPace(this.computer);
      return;
    }
    this.stopComputer();
    const record = this.match.record();
    const pending = { key, speed: this.speed, decided: null as ComputerMove | null, due: false };
    this.computer = pending;
    this.startPace(pending);
    this.decider.decide(
      {
        seat: this.seats[p],
        power: p,
        view: this.match.viewOf(p),
        rng: hash(`${String(record.seed)}:${record.moves.length}:${p}`),
      },
      (played) => {
        pending.decided = played;
        this.playWhenReady(pending, p);
      },
    );
  }

  private startPace(pending: NonNullable<Session['computer']>): void {
    pending.speed = this.speed;
    this.timer.schedule(SPEED_DELAY[this.speed], () => {
      pending.due = true;
      this.playWhenReady(pending, this.match.waitingFor());
    });
  }

  private stopComputer(): void {
    this.timer.cancel();
    this.decider.cancel();
    this.computer = null;
  }

  private playWhenReady(pending: NonNullable<Session['computer']>, power: Power | null): void {
    if (this.computer !== pending || !pending.due || !pending.decided || !power) return;
    this.computer = null;
    this.playComputer(power, pending.decided);
  }

  private playComputer(power: Power, played: ComputerMove): void {
    if (played.failure) this.botFailure = played.failure;
    const refused = played.move ? this.send(power, played.move, played.why) : 'UNKNOWN_MOVE';
    if (refused) {
      // Not even the fallback was accepted: say so, and let the teacher decide (the game waits).
      console.error(`no legal move could be played for ${power} (${refused})`);
      const seat = this.seats[power];
      const bot = played.failure?.bot ?? (seat.kind === 'computer' ? seat.bot : 'none');
      this.botFailure = { power, bot, problem: 'illegal', fallback: null };
      this.changed(false);
    }
  }

  /** Write the save that is due now (with `deferSave`); nothing when none is. */
  flushSave(): void {
    if (!this.saveDue) return;
    this.saveDue();
    this.saveDue = null;
    const failed = this.onSave(this.data()) === false;
    if (failed !== this.saveFailed && !this.disposed) {
      this.saveFailed = failed;
      this.changed(false);
    }
  }

  private changed(save: boolean): void {
    if (this.disposed) return;
    if (save && !this.deferSave) this.saveFailed = this.onSave(this.data()) === false;
    if (save && this.deferSave && !this.saveDue) this.saveDue = afterNextFrame(() => this.flushSave());
    this.version += 1;
    this.snap = this.snapshotNow();
    for (const l of [...this.listeners]) l();
    this.schedule();
  }

  private snapshotNow(): Snapshot {
    const waitingFor = this.match.waitingFor();
    const ended = this.match.viewOf(null).step === 'ended';
    const { viewer, passTo } = deviceView(this.holding.holder, waitingFor, this.seats, ended);
    return {
      version: this.version,
      view: this.match.viewOf(viewer),
      viewer,
      passTo,
      holder: this.holding.holder,
      waitingFor,
      seats: this.seats,
      speed: this.speed,
      notes: this.notes.slice(),
      canUndo: this.toTakeBack() > 0,
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
    this.flushSave();
    this.disposed = true;
    this.stopComputer();
    this.decider.dispose();
    this.unsubscribe();
    this.match.dispose();
    this.listeners.clear();
  }
}
