/** The replay cursor: every state of a recorded game, and moving through them by step and by round. */
import { describe, expect, it } from 'vitest';
import { randomBot } from './ai/random.ts';
import { getScenario } from './scenarios/index.ts';
import { withMove } from './record.ts';
import {
  cursorAt,
  lastIndex,
  nextRound,
  openReplay,
  previousRound,
  roundSpans,
  stepBack,
  stepForward,
  toRound,
  type Replay,
} from './replay.ts';
import { playRecorded } from '../tests/scenarios/play.ts';

const scenario = getScenario('moscow-2009')!;
const { record, final } = playRecorded(scenario, 'replay', randomBot);
const opened = openReplay(record);
if (!opened.ok) throw new Error('the record does not replay');
const r: Replay = opened.value;

describe('replay cursor', () => {
  it('holds one state per move plus the initial one, ending in the game’s final state', () => {
    expect(r.states).toHaveLength(record.moves.length + 1);
    expect(lastIndex(r)).toBe(record.moves.length);
    expect(cursorAt(r, lastIndex(r)).state).toEqual(final);
  });

  it('starts before the first move and clamps at both ends', () => {
    const start = cursorAt(r, 0);
    expect(start).toMatchObject({ index: 0, round: 0, move: null, log: [], atStart: true, atEnd: false });
    expect(stepBack(r, start).index).toBe(0);
    const end = cursorAt(r, 1e9);
    expect(end.atEnd).toBe(true);
    expect(stepForward(r, end).index).toBe(end.index);
    expect(cursorAt(r, -5).index).toBe(0);
  });

  it('steps forward and back through the same states, naming the move and its log lines', () => {
    let c = cursorAt(r, 0);
    for (let i = 1; i <= 30; i++) {
      c = stepForward(r, c);
      expect(c.index).toBe(i);
      expect(c.move).toEqual(record.moves[i - 1]);
      expect(c.state).toBe(r.states[i]);
      expect(c.log).toEqual(r.states[i]!.log.slice(r.states[i - 1]!.log.length));
    }
    expect(stepBack(r, c).state).toBe(r.states[29]);
    expect(cursorAt(r, 1).log[0]).toEqual({ t: 'round', round: 1 });
  });

  it('jumps to the start of each round, and on to the next and previous round', () => {
    const spans = roundSpans(r);
    const rounds = Array.from({ length: final.round + 1 }, (_, i) => i);
    expect(final.round).toBeGreaterThanOrEqual(4);
    expect(spans.map((s) => s.round)).toEqual(rounds);
    for (const span of spans.slice(1)) {
      const c = toRound(r, span.round);
      expect(c.round).toBe(span.round);
      expect(r.states[c.index - 1]!.round).toBe(span.round - 1);
    }
    expect(toRound(r, 99).index).toBe(spans[spans.length - 1]!.first);
    const third = toRound(r, 3);
    expect(nextRound(r, third).round).toBe(4);
    expect(previousRound(r, third).round).toBe(2);
    expect(previousRound(r, stepForward(r, third)).index).toBe(third.index);
    expect(nextRound(r, toRound(r, final.round)).atEnd).toBe(true);
  });

  it('refuses a record whose moves do not replay, naming the move', () => {
    const bad = openReplay(withMove(record, 'russia', { kind: 'start' }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error[0]!.path).toBe(`moves.${record.moves.length}`);
  });
});
