/**
 * A hot-seat game on one device. Every power has its own boardgame.io client on one `Local` master,
 * so each seat sees exactly its `playerView`; the device shows one seat's view at a time and puts up
 * a privacy screen before handing over to another human. Computer seats decide on their own client's
 * view at the chosen pace. Every accepted move is appended to a `GameRecord`, which is what gets
 * saved: resuming replays the record through the same clients. Legality is checked with the engine's
 * `checkMove` on the seat's own view before a move is sent, so the master never has to refuse one.
 */
import { Client } from 'boardgame.io/client';
import { Local } from 'boardgame.io/multiplayer';
import type { Decision, Explanation } from '../../game/ai/index.ts';
import { makeGame, playerIdOf } from '../../game/bgio.ts';
import {
  POWERS,
  actingPower,
  actionKindOf,
  applyMove,
  byPower,
  checkMove,
  initialState,
  loadRecord,
  newRecord,
  toMove,
  withMove,
  type ByPower,
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
import { SPEED_DELAY, botFor, type Seats, type Speed } from './seats.ts';

/** Why a computer player made a move, kept beside the log line it produced. */
export interface BotNote {
  /** Length of the game log before the move: the note belongs just before the entries at this index. */
  at: number;
  power: Power;
  move: Move;
  why: Explanation;
}

/** What the device shows right now. A new object after every change (for React's external store). */
export interface Snapshot {
  version: number;
  /** The state as the device's viewer sees it; the public view while the privacy screen is up. */
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
}

type SeatClient = ReturnType<typeof Client<GameState>>;

/** The saved form of a game in progress. */
export interface SessionData {
  seats: Seats;
  speed: Speed;
  record: GameRecord;
  notes: BotNote[];
}

/** One boardgame.io client per seat, all on one new `Local` master for this record's game. */
function connect(record: GameRecord): ByPower<SeatClient> {
  const game = makeGame(record.scenario, record.seed);
  const multiplayer = Local();
  return byPower((p) => {
    const client = Client<GameState>({
      game,
      numPlayers: POWERS.length,
      multiplayer,
      playerID: playerIdOf(p),
      matchID: 'hot-seat',
      debug: false,
    });
    client.start();
    return client;
  });
}

/** A 32-bit hash, for the computer players' per-decision random seeds. */
function hash(text: string): number {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export class Session {
  private clients: ByPower<SeatClient>;
  private record: GameRecord;
  /** Every state from the first, so that undo can step back without replaying. */
  private states: GameState[];
  private notes: BotNote[];
  private holder: Power | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private listeners = new Set<() => void>();
  private snap: Snapshot;
  private version = 0;
  private disposed = false;
  /** While true, computer players wait (the teacher has the debrief or the replay open). */
  private held = false;

  private constructor(
    readonly seats: Seats,
    private speed: Speed,
    record: GameRecord,
    states: GameState[],
    notes: BotNote[],
    private readonly onSave: (data: SessionData) => void,
  ) {
    this.record = record;
    this.states = states;
    this.notes = notes;
    this.clients = connect(record);
    this.snap = this.snapshotNow();
  }

  /** A new game: the record starts empty and the first (automatic) move deals the agendas. */
  static start(scenario: Scenario, seed: number | string, seats: Seats, speed: Speed, onSave: Session['onSave']) {
    const record = newRecord(scenario, seed);
    const session = new Session(seats, speed, record, [initialState(scenario, seed)], [], onSave);
    const first = toMove(session.full)!;
    session.send(first, { kind: 'start' });
    return session;
  }

  /** Resume a saved game by replaying its record through the seats' clients. */
  static resume(data: SessionData, onSave: Session['onSave']): Result<Session, Problem[]> {
    const loaded = loadRecord(data.record);
    if (!loaded.ok) return loaded;
    const { record, states } = loaded.value;
    const session = new Session(data.seats, data.speed, record, states, [], onSave);
    const refused = session.replayClients();
    if (refused !== null) {
      session.dispose();
      return { ok: false, error: [{ path: `record.moves.${refused}`, message: 'the board refused this move' }] };
    }
    session.notes = data.notes.filter((n) => n.at <= session.full.log.length);
    session.changed(false);
    return { ok: true, value: session };
  }

  private get full(): GameState {
    return this.states[this.states.length - 1]!;
  }

  /** Send one seat's move through its client. Returns why it is illegal, or null once it is played. */
  send(power: Power, move: Move, why?: Explanation): Reason | null {
    if (this.disposed) return 'GAME_OVER';
    const reason = checkMove(this.viewOf(power), power, move);
    if (reason) return reason;
    const at = this.full.log.length;
    const next = applyMove(this.full, power, move);
    if (!next.ok) return next.reason;
    if (!this.dispatch(power, move)) return 'UNKNOWN_MOVE';
    if (this.viewOf(power).log.length !== next.state.log.length) console.error('the board and the record disagree');
    this.states.push(next.state);
    this.record = withMove(this.record, power, move);
    if (why) this.notes.push({ at, power, move, why });
    this.changed(true);
    return null;
  }

  /** Dispatch a move on a seat's client; true when the master accepted it (Local play is synchronous). */
  private dispatch(power: Power, move: Move): boolean {
    const client = this.clients[power];
    const before = client.getState()?._stateID ?? -1;
    const { kind, ...payload } = move;
    const fire = client.moves[kind];
    if (!fire) return false;
    fire(payload);
    return (client.getState()?._stateID ?? -1) > before;
  }

  /** The state as one seat sees it: that seat's boardgame.io client state (its playerView). */
  viewOf(power: Power): GameState {
    return this.clients[power].getState()?.G ?? viewFor(this.full, power);
  }

  /** Can the acting human take back its last action? Only its own, within its own turn, before anyone answered. */
  private undoable(): boolean {
    const last = this.record.moves[this.record.moves.length - 1];
    const prev = this.states[this.states.length - 2];
    const s = this.full;
    const acting = actingPower(s);
    if (!last || !prev || !acting || last.power !== acting || toMove(s) !== acting) return false;
    if (this.seats[acting].kind !== 'human' || this.holder !== acting) return false;
    if (actionKindOf(last.move) === null || last.move.kind === 'pass') return false;
    return prev.round === s.round && prev.turn === s.turn && actingPower(prev) === acting && prev.requests.length === 0;
  }

  /**
   * Take back the acting human's last action: drop it from the record and rebuild the seats' clients
   * by replaying the rest (boardgame.io's own undo logs an error on every Local client, whose copy of
   * the undo stack is always empty).
   */
  undo(): boolean {
    if (!this.undoable()) return false;
    this.states.pop();
    this.record = { ...this.record, moves: this.record.moves.slice(0, -1) };
    this.notes = this.notes.filter((n) => n.at < this.full.log.length);
    for (const p of POWERS) this.clients[p].stop();
    this.clients = connect(this.record);
    if (this.replayClients() !== null) console.error('the board refused its own record after undo');
    this.changed(true);
    return true;
  }

  /** Play the record through fresh clients; the index of the first refused move, or null. */
  private replayClients(): number | null {
    for (let i = 0; i < this.record.moves.length; i++) {
      const { power, move } = this.record.moves[i]!;
      if (!this.dispatch(power, move)) return i;
    }
    return null;
  }

  /** The human the device was passed to confirms it is them: show their board. */
  takeDevice(): void {
    const next = this.nextHuman();
    if (next) this.holder = next;
    this.changed(false);
  }

  setSpeed(speed: Speed): void {
    this.speed = speed;
    this.changed(true);
  }

  /** The human the game waits for, if the wait is for a human. */
  private nextHuman(): Power | null {
    const p = toMove(this.full);
    return p && this.seats[p].kind === 'human' ? p : null;
  }

  /** Hold the computer players (true) while the class looks at the debrief, or let them play on (false). */
  hold(on: boolean): void {
    this.held = on;
    this.schedule();
  }

  /** The game's record so far: scenario, seed and every move (for the debrief, the replay and exports). */
  recordNow(): GameRecord {
    return this.record;
  }

  /** Every full state of the game from the first (a copy): what `replay(recordNow())` would return. */
  statesNow(): readonly GameState[] {
    return this.states.slice();
  }

  /** Let a computer seat decide, after the pace's delay, when the game waits for one. */
  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const p = toMove(this.full);
    if (this.disposed || this.held || !p || this.seats[p].kind !== 'computer') return;
    const version = this.version;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.version === version) this.playComputer(p);
    }, SPEED_DELAY[this.speed]);
  }

  private playComputer(power: Power): void {
    const bot = botFor(this.seats[power]);
    if (!bot) return;
    const rng = { rng: hash(`${String(this.record.seed)}:${this.record.moves.length}:${power}`) };
    let decision: Decision;
    try {
      decision = bot.decide(this.viewOf(power), power, rng);
    } catch (e) {
      console.warn(`${bot.id} failed for ${power}:`, e);
      decision = { move: { kind: 'pass' }, why: { code: 'failed', params: {}, text: 'because it could not decide' } };
    }
    const reason = this.send(power, decision.move, decision.why);
    if (reason) {
      console.warn(`${bot.id} chose an illegal move for ${power} (${reason}); passing instead`);
      this.send(power, { kind: 'pass' }, { code: 'failed', params: {}, text: 'because its choice was not legal' });
    }
  }

  private changed(save: boolean): void {
    this.version += 1;
    this.snap = this.snapshotNow();
    if (save) this.onSave(this.data());
    for (const l of this.listeners) l();
    this.schedule();
  }

  private snapshotNow(): Snapshot {
    const s = this.full;
    const next = this.nextHuman();
    const passTo = next && next !== this.holder ? next : null;
    const viewer = s.step === 'ended' || passTo ? null : this.holder;
    return {
      version: this.version,
      view: viewer ? this.viewOf(viewer) : viewFor(s, null),
      viewer,
      passTo,
      waitingFor: toMove(s),
      seats: this.seats,
      speed: this.speed,
      notes: this.notes.slice(),
      canUndo: this.undoable(),
      moves: this.record.moves.length,
    };
  }

  /** The game as saved: seats, pace, record and the computer players' reasons. */
  data(): SessionData {
    return { seats: this.seats, speed: this.speed, record: this.record, notes: this.notes.slice() };
  }

  snapshot = (): Snapshot => this.snap;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Stop the computer players and the clients. */
  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const p of POWERS) this.clients[p].stop();
    this.listeners.clear();
  }
}
