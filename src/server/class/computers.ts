/**
 * Computer players on the server: when a class match waits for a seat the teacher gave to a computer
 * (or handed to one for an absent group), that seat's bot decides on the seat's own view — never the
 * full state — and the move goes through `GameHost.playAs`, the same checks as a group's move. The
 * bots and their fallback are the hot-seat game's (`game/ai`, `src/app/computer.ts`), run in the
 * worker threads of `decider.ts`, off the event loop. One decision per match at a time, and — when
 * several processes share the database — on one process only: the one that holds the match's
 * computer lock (the others skip). A paused or ended match waits.
 */
import { playerIdOf } from '../../../game/bgio.ts';
import { toMove } from '../../../game/index.ts';
import { viewFor } from '../../../game/view.ts';
import type { Coordination } from './coordination.ts';
import { DeciderPool } from './decider.ts';
import type { GameHost } from './host-types.ts';
import type { ClassMatch } from './model.ts';

/** A 32-bit hash, for each decision's own random seed. */
function hash(text: string): number {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export class ComputerPlayers {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly busy = new Set<string>();
  private stopped = false;
  /** Moves played by this process's computer players (tests read it). */
  played = 0;

  constructor(
    private readonly host: GameHost,
    /** The class match as it is now (from the store when processes share it), or undefined for none. */
    private readonly matchOf: (matchID: string) => Promise<ClassMatch | undefined>,
    /** Milliseconds before each decision (a class can follow the computer's moves). */
    private readonly delayMs: number,
    private readonly coordination: Coordination,
    readonly decider: DeciderPool = new DeciderPool(),
  ) {}

  /**
   * Look at a match again soon: play for a computer seat if the match waits for one. `known` is the
   * match as the caller knows it (a paused or ended one is not looked at); without it, look anyway.
   */
  kick(matchID: string, known?: ClassMatch): void {
    if (this.stopped || this.timers.has(matchID) || this.busy.has(matchID)) return;
    if (known && (known.paused || known.ended)) return;
    this.timers.set(
      matchID,
      setTimeout(() => {
        this.timers.delete(matchID);
        void this.play(matchID);
      }, this.delayMs),
    );
  }

  private async play(matchID: string): Promise<void> {
    this.busy.add(matchID);
    let played = false;
    try {
      const turn = await this.coordination.tryLock(`computer:${matchID}`, () => this.playOnce(matchID));
      played = !turn.skipped && turn.value;
    } catch (e) {
      if (!this.stopped) console.error(`computer player in ${matchID} failed:`, e);
    } finally {
      this.busy.delete(matchID);
      // The host's change notice may have come while this decision was running: look again.
      if (played) this.kick(matchID);
    }
  }

  /** One decision for the seat the match waits for, if it is a computer's: whether a move was played. */
  private async playOnce(matchID: string): Promise<boolean> {
    const m = await this.matchOf(matchID);
    const full = await this.host.fullState(matchID);
    if (this.stopped || !m || m.paused || m.ended || !full || full.step === 'ended') return false;
    const power = toMove(full);
    if (!power) return false;
    if (full.step === 'setup') {
      // The deal: the host replaces whatever deal is sent with its own entropy.
      return this.count((await this.host.playAs(matchID, playerIdOf(power), { kind: 'start' })) === null);
    }
    const seat = m.seats[power];
    if (seat.mode !== 'computer' || !seat.bot) return false;
    const rng = hash(`${matchID}:${full.log.length}:${power}`);
    const move = await this.decider.decide(seat.bot, viewFor(full, power), power, rng);
    if (!move || this.stopped) return false;
    // While it thought, the teacher may have paused the match or given the seat back to a group.
    const now = await this.matchOf(matchID);
    const seatNow = now?.seats[power];
    if (!now || now.paused || now.ended || seatNow?.mode !== 'computer' || seatNow.bot !== seat.bot) return false;
    const refused = await this.host.playAs(matchID, playerIdOf(power), move);
    if (refused && refused !== 'PAUSED' && refused !== 'ENDED') {
      console.error(`computer player for ${power} in ${matchID} was refused: ${refused}`);
    }
    return this.count(refused === null);
  }

  private count(played: boolean): boolean {
    if (played) this.played += 1;
    return played;
  }

  /** Stop every pending decision and the worker threads. */
  stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    return this.decider.close();
  }
}
