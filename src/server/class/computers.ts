/**
 * Computer players on the server: when a class match waits for a seat the teacher gave to a computer
 * (or handed to one for an absent group), that seat's bot decides on the seat's own view — never the
 * full state — and the move goes through `GameHost.playAs`, the same checks as a group's move. The
 * bots and their fallback are the hot-seat game's (`game/ai`, `src/app/computer.ts`). One decision
 * per match at a time; a paused or ended match waits.
 */
import { getBot } from '../../../game/ai/index.ts';
import { playerIdOf } from '../../../game/bgio.ts';
import { toMove } from '../../../game/index.ts';
import { viewFor } from '../../../game/view.ts';
import { decideFor } from '../../app/computer.ts';
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

  constructor(
    private readonly host: GameHost,
    /** The class match (as this process knows it now), or undefined for a match of no class. */
    private readonly matchOf: (matchID: string) => ClassMatch | undefined,
    /** Milliseconds before each decision (a class can follow the computer's moves). */
    private readonly delayMs: number,
  ) {}

  /** Look at a match again soon: play for a computer seat if the match waits for one. */
  kick(matchID: string): void {
    if (this.stopped || this.timers.has(matchID) || this.busy.has(matchID)) return;
    const m = this.matchOf(matchID);
    if (!m || m.paused || m.ended) return;
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
      const m = this.matchOf(matchID);
      const full = await this.host.fullState(matchID);
      if (!m || m.paused || m.ended || !full || full.step === 'ended') return;
      const power = toMove(full);
      if (!power) return;
      if (full.step === 'setup') {
        // The deal: the host replaces whatever deal is sent with its own entropy.
        played = (await this.host.playAs(matchID, playerIdOf(power), { kind: 'start' })) === null;
        return;
      }
      const seat = m.seats[power];
      if (seat.mode !== 'computer') return;
      const bot = getBot(seat.bot ?? '');
      if (!bot) return;
      const context = { rng: hash(`${matchID}:${full.log.length}:${power}`), now: () => performance.now() };
      const decided = decideFor(bot, viewFor(full, power), power, context);
      if (!decided.move) return;
      const refused = await this.host.playAs(matchID, playerIdOf(power), decided.move);
      if (refused) console.error(`computer player for ${power} in ${matchID} was refused: ${refused}`);
      played = refused === null;
    } catch (e) {
      console.error(`computer player in ${matchID} failed:`, e);
    } finally {
      this.busy.delete(matchID);
      // The host's change notice may have come while this decision was running: look again.
      if (played) this.kick(matchID);
    }
  }

  /** Stop every pending decision. */
  stop(): void {
    this.stopped = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
