/**
 * The hot-seat session without a browser: computer seats play on their own, the privacy screen goes
 * up between two humans, a seat's view never holds another power's agenda and nothing secret is shown
 * while computer seats play, undo takes back any move of the human who holds the device (with the
 * computer moves after it) until another human takes it, and a saved record resumes to the same position. A computer player
 * that throws or chooses an illegal move is replaced by a legal move and reported; a save that could
 * not be written is reported; a new game's start move carries a fresh secret deal.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Decision } from '../../game/ai/index.ts';
import { plannerBot } from '../../game/ai/planner.ts';
import { POWERS, actingPower, getScenario, legalMoves, replay, type GameState, type Power } from '../../game/index.ts';
import type { Seats } from '../../game/seats.ts';
import { viewFor } from '../../game/view.ts';
import { Session, type SessionData } from './session.ts';
import { parseSave, serialiseSave } from './storage.ts';

const scenario = getScenario('autumn-2016')!;
const computer = { kind: 'computer', bot: 'random' } as const;
const human = { kind: 'human' } as const;
const allComputers: Seats = {
  russia: computer,
  china: computer,
  tajikistan: computer,
  pakistan: computer,
  afghanistan: computer,
};
const twoHumans: Seats = { ...allComputers, tajikistan: human, pakistan: human };

/** A deal of 0 leaves the seed's random state as it is: these games play as before deals existed. */
const fixed = { deal: 0 };

let saved: SessionData | null = null;
const onSave = (d: SessionData) => void (saved = d);

beforeEach(() => {
  vi.useFakeTimers();
  saved = null;
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Play on (humans take the first event option) until a human is the acting power. */
function untilHumanActs(session: Session): Power {
  for (let i = 0; i < 100; i++) {
    settle(session);
    session.takeDevice();
    const s = session.snapshot();
    const me = s.viewer!;
    if (s.view.step === 'event') session.send(me, legalMoves(s.view, me)[0]!);
    else return me;
  }
  throw new Error('no human turn');
}

/**
 * A whole game with two humans who play seeded random moves (a door change now and then, a pass now and then); with
 * `undoing`, each human move is played, the computer seats play on (to the next human or a pending
 * hand-over), and the move is taken back — checked to restore the states kept before it — and played again.
 */
function playRandomHumans(seed: number, undoing: boolean, kinds: Set<string>) {
  let rng = seed;
  const pick = () => (rng = (Math.imul(rng, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const session = Session.start(scenario, seed, twoHumans, 'fast', onSave, fixed);
  for (let i = 0; i < 2000; i++) {
    settle(session);
    if (!session.snapshot().waitingFor) break;
    session.takeDevice();
    const s = session.snapshot();
    const me = s.viewer!;
    const legal = legalMoves(s.view, me);
    const doors = legal.filter((m) => m.kind === 'door');
    const passes = legal.filter((m) => m.kind === 'pass');
    const rest = legal.filter((m) => m.kind !== 'door' && m.kind !== 'pass');
    const r = pick();
    const list = r < 0.2 && doors.length ? doors : (r < 0.3 && passes.length) || !rest.length ? passes : rest;
    const move = list[Math.floor(pick() * list.length)]!;
    if (undoing) {
      const before = session.statesNow();
      expect(session.send(me, move)).toBeNull();
      settle(session);
      if (session.snapshot().view.step === 'ended') {
        expect(session.snapshot().canUndo).toBe(false);
        break;
      }
      expect(session.snapshot().canUndo).toBe(true);
      expect(session.undo()).toBe(true);
      expect(session.statesNow()).toHaveLength(before.length);
      expect(session.statesNow().at(-1)).toBe(before.at(-1));
      expect(session.snapshot().viewer).toBe(me);
      kinds.add(move.kind);
    }
    expect(session.send(me, move)).toBeNull();
  }
  settle(session);
  const record = session.recordNow();
  expect(session.snapshot().view.step).toBe('ended');
  session.dispose();
  return record;
}

/** Run computer turns until the game waits for a human or ends. */
function settle(session: Session): void {
  for (let i = 0; i < 2000; i++) {
    const s = session.snapshot();
    if (!s.waitingFor || session.seats[s.waitingFor].kind === 'human') return;
    vi.advanceTimersByTime(100);
  }
}

describe('Session', () => {
  it('computer seats play a whole game, and the saved record replays to the same end', () => {
    const session = Session.start(scenario, 11, allComputers, 'fast', onSave, fixed);
    settle(session);
    const end = session.snapshot();
    expect(end.waitingFor).toBeNull();
    expect(end.view.step).toBe('ended');
    expect(end.notes.length).toBeGreaterThan(10);
    const replayed = replay(saved!.record);
    expect(replayed.ok && replayed.value[replayed.value.length - 1]!.result).toEqual(end.view.result);
    session.dispose();
  });

  it('puts up the privacy screen before each human, and a view holds only its own agenda', () => {
    const session = Session.start(scenario, 3, twoHumans, 'fast', onSave, fixed);
    const seen = new Set<Power>();
    for (let turn = 0; turn < 12; turn++) {
      settle(session);
      const s = session.snapshot();
      if (!s.waitingFor) break;
      if (s.passTo) {
        expect(s.passTo).toBe(s.waitingFor);
        expect(s.viewer).toBeNull();
        expect(Object.values(s.view.agendas ?? {}).every((a) => a === '')).toBe(true);
        session.takeDevice();
      } else {
        expect(s.viewer).toBe(s.waitingFor);
      }
      const mine = session.snapshot();
      expect(mine.viewer).toBe(s.waitingFor);
      const agendas = mine.view.agendas!;
      for (const p of POWERS) expect(agendas[p] !== '').toBe(p === mine.viewer);
      seen.add(mine.viewer!);
      const move = legalMoves(mine.view, mine.viewer!).find((m) => m.kind === 'pass' || m.kind === 'choose')!;
      expect(session.send(mine.viewer!, move)).toBeNull();
    }
    expect([...seen].sort()).toEqual(['pakistan', 'tajikistan']);
    session.dispose();
  });

  it('undo takes back a door change and keeps the device; an operation that ends the turn too', () => {
    const session = Session.start(scenario, 5, twoHumans, 'fast', onSave, fixed);
    const me = untilHumanActs(session);
    expect(actingPower(session.snapshot().view)).toBe(me);
    const door = legalMoves(session.snapshot().view, me).find((m) => m.kind === 'door')!;
    expect(door.kind === 'door' && door.guest).toBeTruthy();
    const before = session.snapshot().view.doors[me];
    const moves = session.snapshot().moves;
    expect(session.send(me, door)).toBeNull();
    const after = session.snapshot();
    expect(after.passTo).toBeNull();
    expect(after.viewer).toBe(me);
    expect(after.canUndo).toBe(true);
    expect(session.undo()).toBe(true);
    expect(session.snapshot().view.doors[me]).toEqual(before);
    expect(saved!.record.moves).toHaveLength(moves);
    const aid = legalMoves(session.snapshot().view, me).find((m) => m.kind === 'aid')!;
    expect(session.send(me, aid)).toBeNull();
    expect(session.snapshot().canUndo).toBe(true);
    expect(session.undo()).toBe(true);
    expect(session.snapshot().moves).toBe(moves);
    expect(session.snapshot().viewer).toBe(me);
    session.dispose();
  });

  it('undo takes back the move that ended the turn with the computer moves after it, until another human takes the device', () => {
    const session = Session.start(scenario, 5, twoHumans, 'fast', onSave, fixed);
    const me = untilHumanActs(session);
    const before = session.statesNow();
    expect(session.send(me, { kind: 'pass' })).toBeNull();
    settle(session);
    const waiting = session.snapshot();
    expect(waiting.moves).toBeGreaterThan(before.length); // computer seats moved after the pass
    expect(waiting.passTo).not.toBeNull();
    expect(waiting.passTo).not.toBe(me);
    expect(waiting.holder).toBe(me);
    expect(waiting.canUndo).toBe(true);
    expect(session.undo()).toBe(true);
    const back = session.snapshot();
    expect(session.statesNow()).toHaveLength(before.length);
    expect(session.statesNow().at(-1)).toBe(before.at(-1));
    expect(saved!.record.moves).toHaveLength(before.length - 1);
    expect(back.viewer).toBe(me);
    expect(back.passTo).toBeNull();
    // Played again, the computer seats play as before; once the next human takes the device, it is final.
    expect(session.send(me, { kind: 'pass' })).toBeNull();
    settle(session);
    expect(session.snapshot().moves).toBe(waiting.moves);
    session.takeDevice();
    const next = session.snapshot();
    expect(next.holder).toBe(waiting.passTo);
    expect(next.canUndo).toBe(false);
    expect(session.undo()).toBe(false);
    expect(session.snapshot().moves).toBe(waiting.moves);
    session.dispose();
  });

  it('undo goes back move by move to where the holder took the device, and no further', () => {
    const oneHuman: Seats = { ...allComputers, tajikistan: human };
    const session = Session.start(scenario, 8, oneHuman, 'fast', onSave, fixed);
    settle(session);
    session.takeDevice();
    const taken = session.snapshot().moves;
    // Three of the holder's turns, with the computer seats' turns between them (no hand-over: one human).
    for (let turn = 0; turn < 3; turn++) {
      const me = untilHumanActs(session);
      expect(me).toBe('tajikistan');
      expect(session.send(me, { kind: 'pass' })).toBeNull();
    }
    settle(session);
    let undone = 0;
    while (session.undo()) undone++;
    expect(undone).toBeGreaterThanOrEqual(3);
    expect(session.snapshot().moves).toBe(taken);
    expect(session.snapshot().viewer).toBe('tajikistan');
    session.dispose();
  });

  it('whatever the humans play, each move taken back and played again gives the same game', () => {
    const kinds = new Set<string>();
    for (const seed of [21, 22, 23]) {
      const plain = playRandomHumans(seed, false, kinds);
      const undone = playRandomHumans(seed, true, kinds);
      expect(undone.moves).toEqual(plain.moves);
    }
    // The kinds of move the humans took back in these games.
    for (const kind of ['pass', 'aid', 'base', 'exercise', 'special', 'leave', 'door', 'choose'])
      expect(kinds.has(kind), kind).toBe(true);
  });

  it('shows nothing secret while computer seats play, and the holder’s board again on its turn', () => {
    const oneHuman: Seats = { ...allComputers, tajikistan: human };
    const session = Session.start(scenario, 8, oneHuman, 'fast', onSave, fixed);
    const me = untilHumanActs(session);
    expect(session.snapshot().view.agendas![me]).not.toBe('');
    expect(session.send(me, { kind: 'pass' })).toBeNull();
    let computerTurns = 0;
    for (let i = 0; i < 2000; i++) {
      const s = session.snapshot();
      if (s.waitingFor === me) break;
      expect(s.holder).toBe(me);
      expect(s.viewer).toBeNull();
      expect(s.passTo).toBeNull();
      expect(Object.values(s.view.agendas ?? {}).every((a) => a === '')).toBe(true);
      computerTurns++;
      vi.advanceTimersByTime(20);
    }
    expect(computerTurns).toBeGreaterThan(0);
    const mine = session.snapshot();
    expect(mine.waitingFor).toBe(me);
    expect(mine.viewer).toBe(me);
    expect(mine.passTo).toBeNull();
    expect(mine.view.agendas![me]).not.toBe('');
    session.dispose();
  });

  it('refuses an illegal move with its reason and changes nothing', () => {
    const session = Session.start(scenario, 5, twoHumans, 'fast', onSave, fixed);
    settle(session);
    const before = session.snapshot().moves;
    const waiting = session.snapshot().waitingFor!;
    const other = POWERS.find((p) => p !== waiting)!;
    expect(session.send(other, { kind: 'pass' })).toMatch(/NOT_YOUR_TURN|AWAITING_RESPONSE/);
    expect(session.snapshot().moves).toBe(before);
    session.dispose();
  });

  it('resumes a save at the same point, through the save’s text form', () => {
    const session = Session.start(scenario, 9, twoHumans, 'fast', onSave, fixed);
    settle(session);
    session.takeDevice();
    const me = session.snapshot().viewer!;
    session.send(me, { kind: 'pass' });
    settle(session);
    const before = session.snapshot();
    session.dispose();
    const parsed = parseSave(serialiseSave(saved!));
    expect(parsed.ok).toBe(true);
    const resumed = Session.resume(parsed.ok ? parsed.value.data : saved!, onSave);
    expect(resumed.ok).toBe(true);
    if (!resumed.ok) return;
    const after = resumed.value.snapshot();
    expect(after.moves).toBe(before.moves);
    expect(after.waitingFor).toBe(before.waitingFor);
    expect(after.view.log).toEqual(before.view.log);
    expect(after.notes).toEqual(before.notes);
    resumed.value.dispose();
  });

  it('holds the computer players while the debrief is open, and hands out the record and its states', () => {
    const session = Session.start(scenario, 13, allComputers, 'fast', onSave, fixed);
    vi.advanceTimersByTime(500);
    session.hold(true);
    const held = session.snapshot().moves;
    vi.advanceTimersByTime(5000);
    expect(session.snapshot().moves).toBe(held);
    const record = session.recordNow();
    expect(record.moves).toHaveLength(held);
    const states = session.statesNow();
    const replayed = replay(record);
    expect(replayed.ok && replayed.value).toEqual(states);
    session.hold(false);
    vi.advanceTimersByTime(500);
    expect(session.snapshot().moves).toBeGreaterThan(held);
    expect(states).toHaveLength(held + 1);
    session.dispose();
  });

  it('a corrupted save is a list of problems, not a crash', () => {
    expect(parseSave('{not json').ok).toBe(false);
    const bad = parseSave(JSON.stringify({ app: 'roof-of-the-world', version: 1 }));
    expect(bad.ok).toBe(false);
    const session = Session.start(scenario, 9, allComputers, 'fast', onSave, fixed);
    session.dispose();
    const data = JSON.parse(serialiseSave(saved!));
    data.record.moves.push({ power: 'russia', move: { kind: 'base', region: 'nowhere' } });
    const broken = parseSave(JSON.stringify(data));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error[0]!.path).toMatch(/^record\.moves\.\d+/);
  });
});

/** Where a planner is made to fail: choosing an event's option (where `pass` is illegal). */
type Situation = 'event';
const situationOf = (view: GameState): Situation | null => (view.step === 'event' ? 'event' : null);

/**
 * Planners in every seat whose decision fails (`how`) whenever they choose an event option (where
 * `pass` is illegal); elsewhere they decide as usual. Counts the failures.
 */
function failingPlanners(how: 'throw' | 'illegal'): Record<Situation, number> {
  const hits: Record<Situation, number> = { event: 0 };
  const decide = plannerBot.decide.bind(plannerBot);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(plannerBot, 'decide').mockImplementation((view, power, rng): Decision => {
    const where = situationOf(view);
    if (!where) return decide(view, power, rng);
    hits[where] += 1;
    if (how === 'throw') throw new Error('the planner broke');
    return { move: { kind: 'pass' }, why: { code: 'nothing', params: {}, text: 'because' } };
  });
  return hits;
}

const planners: Seats = {
  russia: { kind: 'computer', bot: 'planner' },
  china: { kind: 'computer', bot: 'planner' },
  tajikistan: { kind: 'computer', bot: 'planner' },
  pakistan: { kind: 'computer', bot: 'planner' },
  afghanistan: { kind: 'computer', bot: 'planner' },
};

describe('a computer player that fails', () => {
  it.each(['throw', 'illegal'] as const)(
    'whose decision is %s while choosing is replaced by a legal move, and reported',
    (how) => {
      const hits = failingPlanners(how);
      const session = Session.start(scenario, 4, planners, 'fast', onSave, { deal: 99 });
      settle(session);
      const end = session.snapshot();
      expect(end.view.step).toBe('ended');
      expect(end.waitingFor).toBeNull();
      expect(hits.event).toBeGreaterThan(0);
      expect(end.botFailure).toMatchObject({ bot: 'planner', problem: how === 'throw' ? 'threw' : 'illegal' });
      const fallbacks = end.notes.filter((n) => n.why.code === 'failed').map((n) => n.move.kind);
      expect(fallbacks).toContain('choose');
      expect(fallbacks).not.toContain('pass');
      session.dismissBotFailure();
      expect(session.snapshot().botFailure).toBeNull();
      session.dispose();
    },
  );
});

describe('the session on the pure engine', () => {
  it('shows each seat exactly its view, and the privacy screen the spectator view', () => {
    const session = Session.start(scenario, 3, twoHumans, 'fast', onSave, { deal: 5 });
    settle(session);
    const full = session.statesNow().at(-1)!;
    for (const p of POWERS) expect(session.viewOf(p)).toEqual(viewFor(full, p));
    const s = session.snapshot();
    expect(s.passTo).not.toBeNull();
    expect(s.view).toEqual(viewFor(full, null));
    session.dispose();
  });

  it('a new game’s start move carries a fresh secret deal, and the same deal gives the same game', () => {
    const a = Session.start(scenario, 3, twoHumans, 'fast', onSave);
    const b = Session.start(scenario, 3, twoHumans, 'fast', onSave);
    const deals = [a, b].map((x) => x.recordNow().moves[0]!.move);
    for (const m of deals) expect(m).toMatchObject({ kind: 'start', deal: expect.any(Number) });
    expect(deals[0]).not.toEqual(deals[1]);
    const c = Session.start(scenario, 3, twoHumans, 'fast', onSave, { deal: 42 });
    const d = Session.start(scenario, 3, twoHumans, 'fast', onSave, { deal: 42 });
    expect(c.recordNow().moves[0]!.move).toEqual({ kind: 'start', deal: 42 });
    expect(c.statesNow()).toEqual(d.statesNow());
    for (const x of [a, b, c, d]) x.dispose();
  });

  it('undo pops the kept state: a hundred door/undo cycles leave the same record and states', () => {
    const session = Session.start(scenario, 5, twoHumans, 'fast', onSave, { deal: 3 });
    const me = untilHumanActs(session);
    const before = session.statesNow();
    const door = legalMoves(session.snapshot().view, me).find((m) => m.kind === 'door')!;
    for (let i = 0; i < 100; i++) {
      expect(session.send(me, door)).toBeNull();
      expect(session.undo()).toBe(true);
    }
    expect(session.statesNow()).toEqual(before);
    expect(session.recordNow().moves).toHaveLength(before.length - 1);
    session.dispose();
  });

  it('with awaitScreen, computer players wait until the page says its first screen is shown', () => {
    const session = Session.start(scenario, 13, allComputers, 'fast', onSave, { ...fixed, awaitScreen: true });
    const first = session.snapshot().moves;
    vi.advanceTimersByTime(5000);
    expect(session.snapshot().moves).toBe(first);
    session.screenShown();
    vi.advanceTimersByTime(5000);
    expect(session.snapshot().moves).toBeGreaterThan(first);
    session.screenShown(); // a second call changes nothing
    session.dispose();
  });

  it('with deferSave, a move is saved a turn of the event loop later, or at once when flushed or disposed', () => {
    let failing = false;
    const saves: SessionData[] = [];
    const keep = (d: SessionData) => (saves.push(d), !failing);
    const session = Session.start(scenario, 5, twoHumans, 'fast', keep, { deal: 3, deferSave: true });
    expect(saves).toHaveLength(0);
    const me = untilHumanActs(session);
    const door = legalMoves(session.snapshot().view, me).find((m) => m.kind === 'door')!;
    const before = saves.length;
    expect(session.send(me, door)).toBeNull();
    session.takeDevice(); // a change that is not a move: still one write due, not two
    expect(saves).toHaveLength(before); // nothing written inside the move
    vi.advanceTimersByTime(0);
    expect(saves).toHaveLength(before + 1);
    expect(saves.at(-1)!.record.moves).toEqual(session.recordNow().moves);
    // A write that fails shows on the next snapshot, once it has been tried.
    failing = true;
    expect(session.undo()).toBe(true);
    expect(session.snapshot().saveFailed).toBe(false);
    session.flushSave();
    expect(session.snapshot().saveFailed).toBe(true);
    failing = false;
    expect(session.send(me, door)).toBeNull();
    session.dispose(); // the save still due is written before the session goes
    expect(saves.at(-1)!.record.moves).toEqual(session.recordNow().moves);
    expect(saves.length).toBe(before + 3);
  });

  it('says when a save could not be written, until one succeeds', () => {
    let writable = false;
    const session = Session.start(scenario, 5, twoHumans, 'fast', () => writable, { deal: 3 });
    expect(session.snapshot().saveFailed).toBe(true);
    writable = true;
    const me = untilHumanActs(session);
    expect(session.snapshot().saveFailed).toBe(false);
    writable = false;
    session.send(me, { kind: 'pass' });
    expect(session.snapshot().saveFailed).toBe(true);
    session.dispose();
  });
});
