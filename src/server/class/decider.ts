/**
 * The server's computer players decide off the event loop: a small, bounded pool of worker threads
 * (`decider.worker.ts`, started through `decider-boot.mjs`) runs the pure engine's bots (`game/ai`),
 * so a strategist's search — seconds of CPU — never holds up the moves, syncs and pages of every other
 * match on the process. Each worker takes one decision at a time; decisions wait in a bounded queue.
 * A worker that dies takes only its decision with it (that decision fails; the next starts a new
 * worker). `threads: 0` decides on the calling thread (tests, or a host without worker threads).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { getBot } from '../../../game/ai/index.ts';
import type { GameState, Move, Power } from '../../../game/index.ts';
import { decideFor } from '../../app/computer.ts';

/** One decision asked of a worker. */
export interface DecideAsk {
  id: number;
  bot: string;
  view: GameState;
  power: Power;
  rng: number;
}

/** A worker's answer: the move (null when the seat has none), or why it could not decide. */
export type DecideAnswer = { id: number; threadId: number } & ({ move: Move | null } | { error: string });

export interface DeciderOptions {
  /** Worker threads (default: one less than the cores, at least 1, at most 4); 0 decides inline. */
  threads?: number;
  /** Decisions that may wait for a worker (default 256); more are refused at once. */
  maxQueue?: number;
}

interface Task {
  ask: DecideAsk;
  resolve: (move: Move | null) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

export class DeciderPool {
  readonly threads: number;
  private readonly maxQueue: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  /** Decisions answered so far, and the thread ids that answered them (tests read these). */
  readonly stats = { decided: 0, threadIds: new Set<number>() };

  constructor(options: DeciderOptions = {}) {
    this.threads = options.threads ?? Math.max(1, Math.min(4, availableParallelism() - 1));
    this.maxQueue = options.maxQueue ?? 256;
  }

  /** Decisions being thought about now or waiting for a worker. */
  get pending(): number {
    return this.queue.length + this.slots.filter((s) => s.task !== null).length;
  }

  /** The move `bot` plays for `power` on the seat's own `view` (with the hot-seat game's fallback). */
  decide(bot: string, view: GameState, power: Power, rng: number): Promise<Move | null> {
    if (this.closed) return Promise.reject(new Error('the computer players have stopped'));
    if (this.threads === 0) {
      const found = getBot(bot);
      if (!found) return Promise.reject(new Error(`no bot "${bot}"`));
      this.stats.decided += 1;
      return Promise.resolve(decideFor(found, view, power, { rng, now: () => performance.now() }).move);
    }
    if (this.queue.length >= this.maxQueue) {
      return Promise.reject(new Error(`${this.queue.length} computer decisions are already waiting`));
    }
    return new Promise<Move | null>((resolve, reject) => {
      this.queue.push({ ask: { id: this.nextId++, bot, view, power, rng }, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.task === null);
      if (!slot && this.slots.length < this.threads) slot = this.start();
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.task = task;
      try {
        slot.worker.postMessage(task.ask);
      } catch (e) {
        slot.task = null;
        task.reject(e as Error);
      }
    }
  }

  private start(): Slot {
    const worker = new Worker(new URL('./decider-boot.mjs', import.meta.url), {
      workerData: { entry: new URL('./decider.worker.ts', import.meta.url).href },
      name: 'computer-players',
    });
    worker.unref();
    const slot: Slot = { worker, task: null };
    worker.on('message', (answer: DecideAnswer) => {
      const task = slot.task;
      if (!task || task.ask.id !== answer.id) return;
      slot.task = null;
      this.stats.decided += 1;
      this.stats.threadIds.add(answer.threadId);
      if ('error' in answer) task.reject(new Error(answer.error));
      else task.resolve(answer.move);
      this.pump();
    });
    const lost = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      slot.task?.reject(new Error(`the computer players' worker ${why}`));
      slot.task = null;
      if (!this.closed) this.pump();
    };
    worker.on('error', (e) => lost(`failed: ${e.message}`));
    worker.on('exit', (code) => lost(`exited (${code})`));
    this.slots.push(slot);
    return slot;
  }

  /** Stop every worker; waiting decisions fail. */
  async close(): Promise<void> {
    this.closed = true;
    const stopped = new Error('the computer players have stopped');
    for (const task of this.queue.splice(0)) task.reject(stopped);
    for (const slot of this.slots) {
      slot.task?.reject(stopped);
      slot.task = null;
    }
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }
}
