/**
 * The hot-seat session without a browser: computer seats play on their own, the privacy screen goes
 * up between two humans, a seat's view never holds another power's agenda, undo takes back only the
 * acting human's own action, and a saved record resumes to the same position.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { POWERS, actingPower, getScenario, legalMoves, replay, type Power } from '../../game/index.ts';
import type { Seats } from './seats.ts';
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

let saved: SessionData | null = null;
const onSave = (d: SessionData) => void (saved = d);

beforeEach(() => {
  vi.useFakeTimers();
  saved = null;
});
afterEach(() => vi.useRealTimers());

/** Play on (humans answer no and take the first event option) until a human is the acting power. */
function untilHumanActs(session: Session): Power {
  for (let i = 0; i < 100; i++) {
    settle(session);
    session.takeDevice();
    const s = session.snapshot();
    const me = s.viewer!;
    if (s.view.step === 'event') session.send(me, legalMoves(s.view, me)[0]!);
    else if (s.view.requests.length) session.send(me, { kind: 'answer', accept: false });
    else return me;
  }
  throw new Error('no human turn');
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
    const session = Session.start(scenario, 11, allComputers, 'fast', onSave);
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
    const session = Session.start(scenario, 3, twoHumans, 'fast', onSave);
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
      const move = legalMoves(mine.view, mine.viewer!).find((m) => m.kind === 'pass' || m.kind === 'answer')!;
      expect(session.send(mine.viewer!, move)).toBeNull();
    }
    expect([...seen].sort()).toEqual(['pakistan', 'tajikistan']);
    session.dispose();
  });

  it('undo takes back the acting human’s action in its own turn only', () => {
    const session = Session.start(scenario, 5, twoHumans, 'fast', onSave);
    const me = untilHumanActs(session);
    expect(actingPower(session.snapshot().view)).toBe(me);
    expect(session.snapshot().canUndo).toBe(false);
    const ip = session.snapshot().view.ip[me];
    const aid = legalMoves(session.snapshot().view, me).find((m) => m.kind === 'aid')!;
    expect(session.send(me, aid)).toBeNull();
    expect(session.snapshot().canUndo).toBe(true);
    expect(session.undo()).toBe(true);
    expect(session.snapshot().view.ip[me]).toBe(ip);
    expect(saved!.record.moves.at(-1)!.move.kind).not.toBe('aid');
    expect(session.snapshot().canUndo).toBe(false);
    expect(session.send(me, { kind: 'pass' })).toBeNull();
    expect(session.undo()).toBe(false);
    session.dispose();
  });

  it('refuses an illegal move with its reason and changes nothing', () => {
    const session = Session.start(scenario, 5, twoHumans, 'fast', onSave);
    settle(session);
    const before = session.snapshot().moves;
    const waiting = session.snapshot().waitingFor!;
    const other = POWERS.find((p) => p !== waiting)!;
    expect(session.send(other, { kind: 'pass' })).toMatch(/NOT_YOUR_TURN|AWAITING_RESPONSE/);
    expect(session.snapshot().moves).toBe(before);
    session.dispose();
  });

  it('resumes a save at the same point, through the save’s text form', () => {
    const session = Session.start(scenario, 9, twoHumans, 'fast', onSave);
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
    const session = Session.start(scenario, 13, allComputers, 'fast', onSave);
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
    const session = Session.start(scenario, 9, allComputers, 'fast', onSave);
    session.dispose();
    const data = JSON.parse(serialiseSave(saved!));
    data.record.moves.push({ power: 'russia', move: { kind: 'base', region: 'nowhere' } });
    const broken = parseSave(JSON.stringify(data));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error[0]!.path).toMatch(/^record\.moves\.\d+/);
  });
});
