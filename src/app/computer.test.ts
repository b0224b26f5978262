/**
 * Who decides for a computer seat, and what the session does with the answer: the decision is asked on
 * the seat's own view (never the full state), a stale answer is never played, cancelling ends a
 * worker's search, and a worker that fails falls back (the legal fallback move, or decisions on the
 * page's thread when the worker never ran). The worker's own entry is run here on a stand-in `self`.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { POWERS, getScenario, legalMoves } from '../../game/index.ts';
import type { Seats } from '../../game/seats.ts';
import { viewFor } from '../../game/view.ts';
import { InlineDecider, type ComputerMove, type DecisionRequest, type Decider } from './computer.ts';
import { botFor } from './seats.ts';
import { Session } from './session.ts';
import { WorkerDecider } from './worker/decider.ts';
import type { Answer, Ask } from './worker/protocol.ts';

const scenario = getScenario('autumn-2016')!;
const planner = { kind: 'computer', bot: 'planner' } as const;
const human = { kind: 'human' } as const;
const seats: Seats = { russia: planner, china: planner, tajikistan: human, pakistan: planner, afghanistan: planner };

beforeEach(() => void vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A decider that keeps each request and answers only when the test says so. */
class ManualDecider implements Decider {
  asked: { request: DecisionRequest; done: (played: ComputerMove) => void }[] = [];
  cancels = 0;
  disposed = false;
  decide(request: DecisionRequest, done: (played: ComputerMove) => void): void {
    this.asked.push({ request, done });
  }
  cancel(): void {
    this.cancels++;
  }
  dispose(): void {
    this.disposed = true;
  }
  /** Answer the latest request with the real bot's decision. */
  answer(index = this.asked.length - 1): void {
    const { request, done } = this.asked[index]!;
    const bot = botFor(request.seat)!;
    const d = bot.decide(request.view, request.power, { rng: request.rng });
    done({ move: d.move, why: d.why, failure: null });
  }
}

/** Let the computer seats play (answering each request) until the human's turn; it takes the device and passes. */
function humanPasses(session: Session, decider: ManualDecider): void {
  for (let i = 0; i < 200; i++) {
    const s = session.snapshot();
    if (s.waitingFor === 'tajikistan') {
      session.takeDevice();
      const legal = legalMoves(session.snapshot().view, 'tajikistan');
      expect(session.send('tajikistan', legal.find((m) => m.kind === 'pass') ?? legal[0]!)).toBeNull();
      if (session.snapshot().waitingFor !== 'tajikistan') return;
    } else {
      decider.answer();
      vi.advanceTimersByTime(3000);
    }
  }
  throw new Error('the human never played');
}

describe('the session and its decider', () => {
  it('asks on the seat’s own view, and plays the answer once the pace’s delay has passed', () => {
    const decider = new ManualDecider();
    const session = Session.start(scenario, 2, seats, 'normal', () => undefined, { deal: 1, decider });
    humanPasses(session, decider);
    const { request } = decider.asked.at(-1)!;
    const full = session.statesNow().at(-1)!;
    expect(request.view).toEqual(viewFor(full, request.power));
    for (const p of POWERS) expect(request.view.agendas![p] !== '').toBe(p === request.power);
    const moves = session.snapshot().moves;
    decider.answer();
    expect(session.snapshot().moves).toBe(moves); // the pace: not yet
    vi.advanceTimersByTime(1200);
    expect(session.snapshot().moves).toBe(moves + 1);
    session.dispose();
    expect(decider.disposed).toBe(true);
  });

  it('drops a decision when the position changes or the players are held, and never plays a stale answer', () => {
    const decider = new ManualDecider();
    const session = Session.start(scenario, 2, seats, 'fast', () => undefined, { deal: 1, decider });
    humanPasses(session, decider);
    const asked = decider.asked.length;
    const cancels = decider.cancels;
    session.hold(true);
    expect(decider.cancels).toBeGreaterThan(cancels);
    const moves = session.snapshot().moves;
    decider.answer(asked - 1);
    vi.advanceTimersByTime(1000);
    expect(session.snapshot().moves).toBe(moves);
    session.hold(false);
    expect(decider.asked.length).toBe(asked + 1);
    // Taken back while the computer thinks: its answer is for a position that is gone.
    expect(session.snapshot().canUndo).toBe(true);
    expect(session.undo()).toBe(true);
    const after = session.snapshot().moves;
    decider.answer(asked);
    vi.advanceTimersByTime(1000);
    expect(session.snapshot().moves).toBe(after);
    expect(session.snapshot().waitingFor).toBe('tajikistan');
    // A change of pace or a dismissed notice does not restart a decision under way.
    humanPasses(session, decider);
    const played = session.snapshot().moves;
    const n = decider.asked.length;
    session.setSpeed('slow');
    session.dismissBotFailure();
    expect(decider.asked.length).toBe(n);
    decider.answer();
    vi.advanceTimersByTime(2500);
    expect(session.snapshot().moves).toBe(played + 1);
    session.dispose();
  });
});

/** A stand-in for a Web Worker: what was posted, and the means to answer or fail. */
class FakeWorker {
  posted: Ask[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<Answer>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  postMessage(ask: Ask) {
    this.posted.push(structuredClone(ask));
  }
  terminate() {
    this.terminated = true;
  }
  /** Answer the last ask as the real worker would. */
  answerLast() {
    const ask = this.posted.at(-1)!;
    const bot = botFor(ask.seat)!;
    const d = bot.decide(ask.view, ask.power, { rng: ask.rng });
    this.onmessage!({
      data: { id: ask.id, played: { move: d.move, why: d.why, failure: null } },
    } as MessageEvent<Answer>);
  }
  fail() {
    this.onerror!({ message: 'boom', preventDefault() {} } as ErrorEvent);
  }
}

/** A real request: the first computer seat's, on its view, once the human has passed. */
function request(): DecisionRequest {
  const decider = new ManualDecider();
  const session = Session.start(scenario, 2, seats, 'fast', () => undefined, { deal: 1, decider });
  humanPasses(session, decider);
  session.dispose();
  return decider.asked.at(-1)!.request;
}

describe('WorkerDecider', () => {
  it('sends the request to its worker and hands back the answer', () => {
    const workers: FakeWorker[] = [];
    const decider = new WorkerDecider(botFor, () => (workers.push(new FakeWorker()), workers.at(-1)! as never));
    const got: ComputerMove[] = [];
    const r = request();
    decider.decide(r, (p) => got.push(p));
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted[0]!.view).toEqual(r.view);
    workers[0]!.answerLast();
    expect(got).toHaveLength(1);
    expect(legalMoves(r.view, r.power)).toContainEqual(got[0]!.move);
    // The next decision goes to the same worker.
    decider.decide(r, (p) => got.push(p));
    expect(workers).toHaveLength(1);
    decider.dispose();
    expect(workers[0]!.terminated).toBe(true);
  });

  it('ends the worker when a decision in flight is cancelled, and ignores its late answer', () => {
    const workers: FakeWorker[] = [];
    const decider = new WorkerDecider(botFor, () => (workers.push(new FakeWorker()), workers.at(-1)! as never));
    const got: ComputerMove[] = [];
    decider.decide(request(), (p) => got.push(p));
    decider.cancel();
    expect(workers[0]!.terminated).toBe(true);
    workers[0]!.answerLast();
    expect(got).toHaveLength(0);
    decider.decide(request(), (p) => got.push(p));
    expect(workers).toHaveLength(2);
    workers[1]!.answerLast();
    expect(got).toHaveLength(1);
    // Cancelling with nothing in flight keeps the worker.
    decider.cancel();
    expect(workers[1]!.terminated).toBe(false);
  });

  it('a worker that fails after it has worked gives the seat the legal fallback, reported', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const workers: FakeWorker[] = [];
    const decider = new WorkerDecider(botFor, () => (workers.push(new FakeWorker()), workers.at(-1)! as never));
    const got: ComputerMove[] = [];
    decider.decide(request(), (p) => got.push(p));
    workers[0]!.answerLast();
    const r = request();
    decider.decide(r, (p) => got.push(p));
    workers[0]!.fail();
    expect(got).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(got[1]).toMatchObject({
      move: { kind: 'pass' },
      failure: { power: r.power, bot: 'planner', problem: 'threw' },
    });
  });

  it('a worker that never ran (or cannot start) leaves the decisions to this thread', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const workers: FakeWorker[] = [];
    const failing = new WorkerDecider(botFor, () => (workers.push(new FakeWorker()), workers.at(-1)! as never));
    const got: ComputerMove[] = [];
    failing.decide(request(), (p) => got.push(p));
    workers[0]!.fail();
    vi.advanceTimersByTime(1);
    expect(got).toHaveLength(1);
    expect(got[0]!.failure).toBeNull();
    failing.decide(request(), (p) => got.push(p));
    expect(workers).toHaveLength(1); // no new worker
    vi.advanceTimersByTime(1);
    expect(got).toHaveLength(2);
    const unstartable = new WorkerDecider(botFor, () => {
      throw new Error('no workers here');
    });
    unstartable.decide(request(), (p) => got.push(p));
    vi.advanceTimersByTime(1);
    expect(got).toHaveLength(3);
    expect(got[2]!.failure).toBeNull();
  });
});

describe('InlineDecider and the worker’s entry', () => {
  it('decides later on this thread, and not at all once cancelled', () => {
    const decider = new InlineDecider(botFor);
    const got: ComputerMove[] = [];
    decider.decide(request(), (p) => got.push(p));
    expect(got).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(got).toHaveLength(1);
    decider.decide(request(), (p) => got.push(p));
    decider.cancel();
    vi.advanceTimersByTime(1);
    expect(got).toHaveLength(1);
  });

  it('the worker answers each ask with the same bot’s decision, by id', async () => {
    const answers: Answer[] = [];
    const scope = {
      onmessage: null as ((e: { data: Ask }) => void) | null,
      postMessage: (a: Answer) => answers.push(a),
    };
    vi.stubGlobal('self', scope);
    await import('./worker/bot.worker.ts');
    const r = request();
    scope.onmessage!({ data: { id: 41, ...r } });
    expect(answers).toHaveLength(1);
    const answer = answers[0]!;
    expect(answer.id).toBe(41);
    const d = botFor(planner)!.decide(r.view, r.power, { rng: r.rng });
    expect('played' in answer && answer.played.move).toEqual(d.move);
    vi.unstubAllGlobals();
  });
});
