/**
 * Benchmark (`npm run bench:undo`): does undo leak? A hot-seat game of Autumn 2016 with every seat
 * human is played into its first rounds (each human takes the first legal operation and the first
 * event option); then, on a host's turn, one door change is played and taken back 500 times (door
 * changes are what a turn can take back: the operation ends it). The heap is measured after a full garbage collection before and after the cycles, so a
 * flat figure means an undo frees what it made. Needs `--expose-gc`:
 *
 *   node --import tsx --expose-gc tests/bench/undo-memory.bench.ts [--cycles 500] [--moves 15]
 *
 * It uses only `Session.start`, `snapshot`, `takeDevice`, `send` and `undo`, so it runs unchanged on
 * older versions of the session for comparison.
 */
import { getScenario, legalMoves, type Move, type Power } from '../../game/index.ts';
import { Session } from '../../src/app/session.ts';

interface Options {
  cycles: number;
  moves: number;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { cycles: 500, moves: 15 };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]?.replace(/^--/, '') as keyof Options;
    const value = Number(argv[i + 1]);
    if (!(name in opts) || !Number.isInteger(value) || value < 0)
      throw new Error(`usage: undo-memory.bench.ts [--cycles N] [--moves N] (bad: ${argv[i]} ${argv[i + 1]})`);
    opts[name] = value;
  }
  return opts;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc: node --import tsx --expose-gc tests/bench/undo-memory.bench.ts');

function heapMB(): number {
  for (let i = 0; i < 3; i++) gc!();
  return process.memoryUsage().heapUsed / 1e6;
}

/**
 * The move a human at the device makes: an event's first option, else (when `door`) a door change, else
 * aid or the first operation.
 */
function humanMove(session: Session, door = false): { power: Power; move: Move; action: boolean } | null {
  session.takeDevice();
  const s = session.snapshot();
  const me = s.viewer;
  if (!me) return null;
  const legal = legalMoves(s.view, me);
  if (s.view.step === 'event') return { power: me, move: legal[0]!, action: false };
  const change = door ? legal.find((m) => m.kind === 'door') : undefined;
  if (change) return { power: me, move: change, action: true };
  const op =
    legal.find((m) => m.kind === 'aid') ?? legal.find((m) => m.kind !== 'pass' && m.kind !== 'door') ?? legal[0]!;
  return { power: me, move: op, action: false };
}

const opts = parseArgs(process.argv.slice(2));
const scenario = getScenario('autumn-2016')!;
const human = { kind: 'human' } as const;
const seats = { russia: human, china: human, tajikistan: human, pakistan: human, afghanistan: human };
const session = Session.start(scenario, 7, seats, 'fast', () => undefined, { deal: 7 });

for (let i = 0; i < opts.moves; i++) {
  const next = humanMove(session);
  if (!next) break;
  session.send(next.power, next.move);
}
/** A human move that can be taken back: a host's door change. */
function undoableAction(): { power: Power; move: Move } {
  for (let i = 0; i < 200; i++) {
    const next = humanMove(session, true);
    if (!next) break;
    session.send(next.power, next.move);
    if (next.action && session.undo()) return next;
    if (next.action) session.send(next.power, { kind: 'pass' });
  }
  throw new Error('the game ended before a human could take an action back');
}
const turn = undoableAction();
const played = session.snapshot().moves;
const before = heapMB();
const t0 = performance.now();
for (let i = 0; i < opts.cycles; i++) {
  if (session.send(turn.power, turn.move) !== null) throw new Error(`cycle ${i}: the action was refused`);
  if (!session.undo()) throw new Error(`cycle ${i}: undo was refused`);
}
const ms = performance.now() - t0;
const after = heapMB();
if (session.snapshot().moves !== played) throw new Error('the record did not return to where it was');
session.dispose();
console.log(`undo memory: ${opts.cycles} action/undo cycles after ${played} moves of Autumn 2016`);
console.log(`heap before ${before.toFixed(1)} MB, after ${after.toFixed(1)} MB (${(after - before).toFixed(1)} MB)`);
console.log(`${(ms / opts.cycles).toFixed(2)} ms a cycle`);
