/**
 * Benchmark (`npm run bench`): the same seeded games of Autumn 2016 — same seeds, the random-legal
 * bot with the same seeded rng, `legalMoves` at every decision on every side — played three ways side
 * by side in one process: through boardgame.io's headless Client, through `applyMove` (immer, the
 * path the app's engine state takes), and through the fast path for search and simulation
 * (`cloneState` + `applyInPlace`). Prints games/s and moves/s for each, checks that all three played
 * the very same games, and ends with the ratios (games/s): fast path ÷ Client (`ratio: N`),
 * applyMove ÷ Client, and fast path ÷ applyMove.
 *
 *   npm run bench -- [--games 40] [--passes 0] [--seed 1]
 *
 * --games: games played through the Client (the engine paths play the same seeds); --passes: how many
 * times each engine path replays each of them (0 = enough for each to spend about half the Client's
 * time); --seed: the first seed. Rates are per CPU second of this process (user + system, so a busy
 * machine does not skew them), measured with the sides interleaved game by game; the wall-clock rates
 * follow. Memory is reported for the process only (its peak RSS): a heap sample taken in one process
 * cannot be split between sides that run interleaved in it.
 */
import { Client } from 'boardgame.io/client';
import { randomBot } from '../../game/ai/random.ts';
import { makeGame, playerIdOf } from '../../game/bgio.ts';
import { applyInPlace, applyMove, cloneState, getScenario, initialState, toMove } from '../../game/index.ts';
import type { GameState, Power, Scenario } from '../../game/index.ts';
import { seedState } from '../../game/rng.ts';
import { viewFor } from '../../game/view.ts';

type Moves = Record<string, (payload: unknown) => void>;

interface Options {
  games: number;
  passes: number;
  seed: number;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { games: 40, passes: 0, seed: 1 };
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    const value = Number(argv[i + 1]);
    const name = flag?.replace(/^--/, '') as keyof Options;
    if (!flag?.startsWith('--') || !(name in opts) || !Number.isInteger(value) || value < 0) {
      throw new Error(
        `usage: engine-vs-client.bench.ts [--games N] [--passes N] [--seed N] (bad: ${flag} ${argv[i + 1]})`,
      );
    }
    opts[name] = value;
  }
  if (opts.games < 1) throw new Error('--games must be at least 1');
  return opts;
}

/** What one game leaves behind, to check both sides played the same game. */
interface Played {
  moves: number;
  scores: string;
}

const botRng = (seed: number) => ({ rng: seedState(`bench/${seed}`) });

/** One game on the pure engine's fast path. */
function fastGame(scenario: Scenario, seed: number): Played {
  const s = cloneState(initialState(scenario, seed));
  const rng = botRng(seed);
  let moves = 0;
  for (let power = toMove(s); power !== null; power = toMove(s)) {
    const { move } = randomBot.decide(viewFor(s, power), power, rng);
    const reason = applyInPlace(s, power, move);
    if (reason) throw new Error(`engine refused ${JSON.stringify(move)}: ${reason}`);
    moves++;
  }
  return { moves, scores: JSON.stringify(s.result) };
}

/** One game through `applyMove`: each move a new immutable state (immer), as the app keeps its record. */
function immerGame(scenario: Scenario, seed: number): Played {
  let s = initialState(scenario, seed);
  const rng = botRng(seed);
  let moves = 0;
  for (let power = toMove(s); power !== null; power = toMove(s)) {
    const { move } = randomBot.decide(viewFor(s, power), power, rng);
    const out = applyMove(s, power, move);
    if (!out.ok) throw new Error(`applyMove refused ${JSON.stringify(move)}: ${out.reason}`);
    s = out.state;
    moves++;
  }
  return { moves, scores: JSON.stringify(s.result) };
}

/** One game through boardgame.io's headless Client. */
function clientGame(scenario: Scenario, seed: number): Played {
  const client = Client({ game: makeGame(scenario, seed), numPlayers: 5, debug: false });
  client.start();
  const rng = botRng(seed);
  let moves = 0;
  let G = client.store.getState().G as GameState;
  for (let power: Power | null = toMove(G); power !== null; power = toMove(G)) {
    const { move } = randomBot.decide(viewFor(G, power), power, rng);
    const { kind, ...payload } = move;
    client.updatePlayerID(playerIdOf(power));
    (client.moves as Moves)[kind]!(payload);
    const next = client.store.getState().G as GameState;
    if (next === G) throw new Error(`the Client refused ${JSON.stringify(move)}`);
    G = next;
    moves++;
  }
  client.stop();
  return { moves, scores: JSON.stringify(G.result) };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Time spent on one side. */
interface Side {
  games: number;
  moves: number;
  wallMs: number;
  cpuMs: number;
  played: Played[];
}

const newSide = (): Side => ({ games: 0, moves: 0, wallMs: 0, cpuMs: 0, played: [] });

/** Play one game on one side, adding its wall-clock and CPU time to the side's totals. */
function timed(side: Side, play: () => Played, keep: boolean): void {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const p = play();
  side.wallMs += performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  side.cpuMs += (cpu.user + cpu.system) / 1000;
  side.games += 1;
  side.moves += p.moves;
  if (keep) side.played.push(p);
}

/** One line per side; returns games per CPU second. */
function report(name: string, m: Side): number {
  const rate = (n: number, ms: number) => (n / ms) * 1000;
  console.log(
    `${name.padEnd(20)} ${String(m.games).padStart(5)} games ${String(m.moves).padStart(7)} moves  ` +
      `${rate(m.games, m.cpuMs).toFixed(1).padStart(8)} games/s ${rate(m.moves, m.cpuMs).toFixed(0).padStart(7)} moves/s  ` +
      `(wall clock: ${rate(m.games, m.wallMs).toFixed(1)} games/s, ${rate(m.moves, m.wallMs).toFixed(0)} moves/s)`,
  );
  return rate(m.games, m.cpuMs);
}

/** How many passes of an engine path spend about half the Client's time on a game. */
function passesFor(scenario: Scenario, play: (sc: Scenario, seed: number) => Played, clientMsPerGame: number): number {
  const probe = newSide();
  for (let i = 0; i < 20; i++) timed(probe, () => play(scenario, -1 - i), false);
  return Math.max(1, Math.round((clientMsPerGame * 0.5) / (probe.cpuMs / probe.games)));
}

const sameGames = (a: Side, b: Side) =>
  a.played.length === b.played.length &&
  a.played.every((p, i) => p.moves === b.played[i]!.moves && p.scores === b.played[i]!.scores);

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const scenario = getScenario('autumn-2016')!;
  const seeds = Array.from({ length: opts.games }, (_, i) => opts.seed + i);
  console.log(
    `scenario autumn-2016, ${seeds.length} seeds from ${opts.seed}, random-legal bot, Node ${process.version}; ` +
      `rates per CPU second of this process, sides interleaved game by game`,
  );

  // Warm every path up on games outside the measured seeds, then size the engine paths' passes.
  const warm = newSide();
  for (let i = 0; i < 3; i++) timed(warm, () => clientGame(scenario, -1 - i), false);
  const clientMs = warm.cpuMs / warm.games;
  const fastPasses = opts.passes || passesFor(scenario, fastGame, clientMs);
  const immerPasses = opts.passes || passesFor(scenario, immerGame, clientMs);
  const rssBefore = process.resourceUsage().maxRSS;

  // Each seed: one game through the Client, then the same game on each engine path, `passes` times.
  const fast = newSide();
  const immer = newSide();
  const client = newSide();
  for (const seed of seeds) {
    timed(client, () => clientGame(scenario, seed), true);
    for (let pass = 0; pass < immerPasses; pass++) timed(immer, () => immerGame(scenario, seed), pass === 0);
    for (let pass = 0; pass < fastPasses; pass++) timed(fast, () => fastGame(scenario, seed), pass === 0);
  }
  if (!sameGames(fast, client) || !sameGames(immer, client)) {
    throw new Error('the three paths did not play the same games: the benchmark is not fair');
  }

  const fastRate = report('engine (fast path)', fast);
  const immerRate = report('engine (applyMove)', immer);
  const clientRate = report('boardgame.io Client', client);
  console.log(
    `moves per game ${(client.moves / client.games).toFixed(1)}, the same games on all three sides; ` +
      `passes per seed: fast path ${fastPasses}, applyMove ${immerPasses}`,
  );
  console.log(
    `peak RSS of the process: ${mb(rssBefore * 1024)} MB after warm-up, ${mb(process.resourceUsage().maxRSS * 1024)} MB at the end`,
  );
  const wall = (m: Side) => m.games / m.wallMs;
  console.log(
    `wall-clock ratios: fast path ÷ Client ${(wall(fast) / wall(client)).toFixed(1)}, ` +
      `applyMove ÷ Client ${(wall(immer) / wall(client)).toFixed(1)}`,
  );
  console.log(`applyMove ÷ Client: ${(immerRate / clientRate).toFixed(1)}`);
  console.log(`fast path ÷ applyMove: ${(fastRate / immerRate).toFixed(1)}`);
  console.log(`ratio: ${(fastRate / clientRate).toFixed(1)}`);
}

main();
