/**
 * Running a batch of simulated games, in this thread or spread over worker threads. Workers take
 * small chunks of game indices as they free up and send back one summary per game; the summaries are
 * put back in game order before anything is added up, so the figures never depend on the number of
 * workers or on which finished first. A batch plays for the `simulate` summaries or, with `facts`, for the
 * balance report's game facts; a `salt` re-rolls only the bots' own random choices.
 */
import { Worker } from 'node:worker_threads';
import { getBot, type Bot } from '../../game/ai/index.ts';
import { getScenario } from '../../game/scenarios/index.ts';
import { playFacts, type GameFacts } from '../../game/sim/facts.ts';
import { playGame, gameSeed, type GameSummary } from '../../game/sim/play.ts';
import { byPower, type ByPower } from '../../game/vocabulary.ts';

export interface RunPlan {
  scenario: string;
  seed: number;
  games: number;
  bots: ByPower<string>;
  workers: number;
  /** Salt for the bots' rngs (the same games, only the bots' tie-breaks re-rolled). */
  salt?: string;
}

/** What a worker is told when it starts. */
export interface WorkerSetup {
  scenario: string;
  seed: number;
  bots: ByPower<string>;
  salt?: string;
  /** Collect the balance report's facts instead of the simulate summaries. */
  facts?: boolean;
}

/** One played game: its simulate summary, or its balance facts. */
export type Played = { kind: 'summary'; summary: GameSummary } | { kind: 'facts'; facts: GameFacts };

/** Messages between the runner and a worker. */
export type ToWorker = { from: number; to: number } | { stop: true };
export type FromWorker =
  { type: 'game'; index: number; played: Played } | { type: 'chunk' } | { type: 'error'; message: string };

/** The bots for each seat, by id (the ids were checked when the arguments were parsed). */
export function seatsOf(bots: ByPower<string>): ByPower<Bot> {
  return byPower((p) => {
    const bot = getBot(bots[p]);
    if (!bot) throw new Error(`unknown bot "${bots[p]}"`);
    return bot;
  });
}

/** Play games `from`..`to - 1` in this thread. */
export function playChunk(setup: WorkerSetup, from: number, to: number, each: (i: number, g: Played) => void) {
  const scenario = getScenario(setup.scenario);
  if (!scenario) throw new Error(`unknown scenario "${setup.scenario}"`);
  const seats = seatsOf(setup.bots);
  for (let i = from; i < to; i++) {
    const seed = gameSeed(setup.seed, i);
    each(
      i,
      setup.facts
        ? { kind: 'facts', facts: playFacts(scenario, seed, seats, setup.salt) }
        : { kind: 'summary', summary: playGame(scenario, seed, seats) },
    );
  }
}

/** Start a worker thread running `simulate-worker.ts` through tsx, as the CLI itself runs. */
function startWorker(setup: WorkerSetup): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./simulate-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData: setup });
}

/** Play a run's games and return their summaries in game order. */
export async function runGames(plan: RunPlan, onProgress?: (done: number) => void): Promise<GameSummary[]> {
  const played = await runPool({ scenario: plan.scenario, seed: plan.seed, bots: plan.bots }, plan, onProgress);
  return played.map((g) => {
    if (g.kind !== 'summary') throw new Error('a worker sent facts for a summary run');
    return g.summary;
  });
}

/** Play a run's games and return the balance report's facts, in game order. */
export async function runFacts(plan: RunPlan, onProgress?: (done: number) => void): Promise<GameFacts[]> {
  const setup: WorkerSetup = { scenario: plan.scenario, seed: plan.seed, bots: plan.bots, facts: true };
  if (plan.salt !== undefined) setup.salt = plan.salt;
  const played = await runPool(setup, plan, onProgress);
  return played.map((g) => {
    if (g.kind !== 'facts') throw new Error('a worker sent a summary for a facts run');
    return g.facts;
  });
}

async function runPool(setup: WorkerSetup, plan: RunPlan, onProgress?: (done: number) => void): Promise<Played[]> {
  const results: Played[] = new Array<Played>(plan.games);
  let done = 0;
  const record = (i: number, g: Played) => {
    results[i] = g;
    done += 1;
    onProgress?.(done);
  };
  const workers = Math.max(1, Math.min(plan.workers, Math.ceil(plan.games / 4)));
  if (workers === 1) {
    playChunk(setup, 0, plan.games, record);
    return results;
  }
  const chunk = Math.max(1, Math.min(25, Math.ceil(plan.games / (workers * 8))));
  let next = 0;
  await new Promise<void>((resolve, reject) => {
    const pool = Array.from({ length: workers }, () => startWorker(setup));
    let failed = false;
    const fail = (e: Error) => {
      if (failed) return;
      failed = true;
      for (const w of pool) void w.terminate();
      reject(e);
    };
    const feed = (w: Worker) => {
      if (next >= plan.games) {
        w.postMessage({ stop: true } satisfies ToWorker);
        return;
      }
      const from = next;
      next = Math.min(plan.games, next + chunk);
      w.postMessage({ from, to: next } satisfies ToWorker);
    };
    let running = pool.length;
    for (const w of pool) {
      w.on('message', (m: FromWorker) => {
        if (m.type === 'game') record(m.index, m.played);
        else if (m.type === 'chunk') feed(w);
        else fail(new Error(m.message));
      });
      w.on('error', fail);
      w.on('exit', (code) => {
        if (code !== 0 && !failed) fail(new Error(`a worker stopped with exit code ${code}`));
        running -= 1;
        if (running === 0 && !failed) {
          if (done === plan.games) resolve();
          else fail(new Error(`workers finished ${done} of ${plan.games} games`));
        }
      });
      feed(w);
    }
  });
  return results;
}
