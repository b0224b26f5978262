/**
 * Computer decisions in a Web Worker (`bot.worker.ts`), so that the page's thread only sends a view and
 * plays the answer. One decision is in flight at a time; cancelling one that is still being thought
 * about ends the worker (a search cannot be interrupted otherwise) and the next decision starts a fresh
 * one. When the worker fails, the decision falls back as `computer.ts` says: a worker that has worked
 * before and errors on one decision gives that seat the legal fallback move (reported as a failure);
 * a worker that cannot be started or loaded at all (it never answered) hands that decision and every
 * later one to `InlineDecider` on the page's thread (slower, but the game goes on as before).
 */
import type { Bot } from '../../../game/ai/index.ts';
import type { Seat } from '../../../game/seats.ts';
import {
  ComputerTimer,
  FAILED,
  InlineDecider,
  fallbackMove,
  type ComputerMove,
  type DecisionRequest,
  type Decider,
} from '../computer.ts';
import type { Answer, Ask } from './protocol.ts';

/** The worker the app ships (Vite bundles it from this URL). */
export function spawnBotWorker(): Worker {
  return new Worker(new URL('./bot.worker.ts', import.meta.url), { type: 'module', name: 'computer-players' });
}

interface InFlight {
  id: number;
  request: DecisionRequest;
  done: (played: ComputerMove) => void;
}

export class WorkerDecider implements Decider {
  private worker: Worker | null = null;
  private inFlight: InFlight | null = null;
  private nextId = 1;
  /** Set once a worker could not be started: every decision is made on this thread from then on. */
  private inline: InlineDecider | null = null;
  /** True once any worker has answered (a worker that fails before that is taken not to load at all). */
  private answeredOnce = false;
  /** The fallback move of a failed decision, handed over on a timer. */
  private readonly fallback = new ComputerTimer();

  constructor(
    private readonly botOf: (seat: Seat) => Bot | undefined,
    private readonly spawn: () => Worker = spawnBotWorker,
  ) {}

  decide(request: DecisionRequest, done: (played: ComputerMove) => void): void {
    this.cancel();
    if (this.inline) return this.inline.decide(request, done);
    const worker = this.started();
    if (!worker) return this.decide(request, done);
    const id = this.nextId++;
    this.inFlight = { id, request, done };
    const ask: Ask = { id, ...request };
    try {
      worker.postMessage(ask);
    } catch (e) {
      this.failed(id, e instanceof Error ? e.message : String(e));
    }
  }

  cancel(): void {
    this.inline?.cancel();
    this.fallback.cancel();
    if (!this.inFlight) return;
    this.inFlight = null;
    this.stopWorker();
  }

  dispose(): void {
    this.cancel();
    this.inline?.dispose();
    this.stopWorker();
  }

  private started(): Worker | null {
    if (this.worker) return this.worker;
    try {
      const worker = this.spawn();
      worker.onmessage = (event: MessageEvent<Answer>) => this.answered(event.data);
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        this.workerFailed(event.message || 'the worker failed');
      };
      worker.onmessageerror = () => this.workerFailed('an answer could not be read');
      this.worker = worker;
      return worker;
    } catch (e) {
      this.runInline(e);
      return null;
    }
  }

  private runInline(why: unknown): void {
    console.warn('computer players run on the page: their worker could not start', why);
    this.inline = new InlineDecider(this.botOf);
  }

  private answered(answer: Answer): void {
    const current = this.inFlight;
    if (!current || current.id !== answer.id) return;
    this.answeredOnce = true;
    if ('error' in answer) return this.failed(answer.id, answer.error);
    this.inFlight = null;
    current.done(answer.played);
  }

  /**
   * The worker itself failed: drop it. One that never answered may not load at all: this decision and
   * every later one run on this thread; otherwise this decision gets the fallback.
   */
  private workerFailed(message: string): void {
    const current = this.inFlight;
    this.stopWorker();
    if (!this.answeredOnce) {
      this.inFlight = null;
      this.runInline(message);
      if (current) this.inline!.decide(current.request, current.done);
    } else if (current) {
      this.failed(current.id, message);
    }
  }

  /** A decision the worker could not make: the seat plays the legal fallback, reported as a failure. */
  private failed(id: number, message: string): void {
    const current = this.inFlight;
    if (!current || current.id !== id) return;
    this.inFlight = null;
    const { request } = current;
    console.warn(`the computer player for ${request.power} could not decide in its worker: ${message}`);
    const fallback = fallbackMove(request.view, request.power);
    const bot = this.botOf(request.seat)?.id ?? (request.seat.kind === 'computer' ? request.seat.bot : 'none');
    // Never from inside decide(): the answer comes later, as the Decider contract says.
    this.fallback.schedule(0, () =>
      current.done({
        move: fallback,
        why: FAILED.threw,
        failure: { power: request.power, bot, problem: 'threw', fallback },
      }),
    );
  }

  private stopWorker(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
