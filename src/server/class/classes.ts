/**
 * The class layer's work, apart from HTTP: class sessions and their matches, join codes, seats
 * (through `GameHost.seat` / `unseat`), pause and end (a gate on every client move), the computer
 * players, and the debrief data. Class documents live in the store; this process also keeps a copy
 * of each match's seat table (rebuilt from the store at start, so a restarted server carries on).
 *
 * Changes to one class session are made one at a time, holding the session's lock (`Coordination`:
 * across every process that shares the database). When other processes share it, the copy here may
 * be behind theirs: the move gate, the computer players and the status answer read the session from
 * the store, and the other processes' announcements refresh the copy for the rest.
 */
import { randomBytes } from 'node:crypto';
import { playerIdOf } from '../../../game/bgio.ts';
import { POWERS, toMove, type Power } from '../../../game/index.ts';
import type {
  ClassDebriefData,
  ClassInfo,
  JoinInfo,
  MatchInfo,
  MatchStatus,
  SeatInfo,
  Seated,
} from '../../../ui/net/types.ts';
import type { Store } from '../store/store.ts';
import { uniqueCodes } from './codes.ts';
import { ComputerPlayers } from './computers.ts';
import { LocalCoordination, type Coordination } from './coordination.ts';
import { DeciderPool, type DeciderOptions } from './decider.ts';
import type { GameHost } from './host-types.ts';
import { asBody, type ClassBody, type ClassMatch, type ClassSeat } from './model.ts';
import type { CreateClass } from './schema.ts';

/** A refusal the HTTP layer turns into a status and `{error, message}`. */
export class ClassError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The class API's answers are the shapes the network pages read (ui/net/types.ts): one definition. */
export type SeatSummary = SeatInfo;
export type MatchSummary = MatchInfo;
export type ClassSummary = ClassInfo;

export interface ServiceOptions {
  /** Milliseconds a computer player waits before each decision (default 800). */
  computerDelayMs?: number;
  /** The other processes sharing the store (default: none, one process). */
  coordination?: Coordination;
  /** The computer players' worker threads. */
  decider?: DeciderOptions;
}

/** How often, at most, a match ID this process does not know sends it to the store to look again. */
const RELOOK_MS = 1000;

function seatsOf(m: ClassMatch): SeatSummary[] {
  return POWERS.map((power) => {
    const s = m.seats[power];
    return { power, playerID: playerIdOf(power), ...s };
  });
}

export class ClassService {
  /** matchID → the class it belongs to and its seat table (this process's copy). */
  private readonly matches = new Map<string, { classId: string; match: ClassMatch }>();
  private readonly queues = new Map<string, Promise<unknown>>();
  readonly computers: ComputerPlayers;
  private readonly coordination: Coordination;
  private readonly stopListening: () => void;
  /** When this process last looked in the store for class matches it did not know. */
  private lookedAt = -Infinity;

  constructor(
    private readonly store: Store,
    private readonly host: GameHost,
    options: ServiceOptions = {},
  ) {
    this.coordination = options.coordination ?? new LocalCoordination();
    this.computers = new ComputerPlayers(
      host,
      (id) => this.current(id).then((known) => known?.match),
      options.computerDelayMs ?? 800,
      this.coordination,
      new DeciderPool(options.decider),
    );
    host.setGate((matchID) => this.gate(matchID));
    this.stopListening = host.onChange((matchID) => this.computers.kick(matchID, this.matches.get(matchID)?.match));
    this.coordination.onAnnounce((classId) => void this.reload(classId));
  }

  /** Load every class session from the store and wake the computer players of live matches. */
  async init(): Promise<void> {
    for (const doc of await this.store.listClasses()) this.index(doc.id, asBody(doc.body));
    for (const [id, known] of this.matches) this.computers.kick(id, known.match);
  }

  /** Stop the computer players (and their threads) and stop hearing the host. */
  stop(): Promise<void> {
    this.stopListening();
    return this.computers.stop();
  }

  /**
   * Why a client's move is refused now (the teacher paused or ended its match), or null. With other
   * processes on the store it asks the store (a pause made on another process holds at once).
   */
  gate(matchID: string): string | null | Promise<string | null> {
    const reason = (m: ClassMatch | undefined) => (m?.ended ? 'ENDED' : m?.paused ? 'PAUSED' : null);
    if (!this.coordination.shared) return reason(this.matches.get(matchID)?.match);
    return this.current(matchID).then((known) => reason(known?.match));
  }

  private index(classId: string, body: ClassBody): void {
    for (const match of body.matches) this.matches.set(match.matchID, { classId, match });
  }

  /** Another process changed a class session: take its copy from the store. */
  private async reload(classId: string): Promise<void> {
    try {
      const doc = await this.store.loadClass(classId);
      if (doc) this.index(classId, asBody(doc.body));
    } catch (e) {
      console.warn(`class ${classId}: could not reload it after another process changed it: ${String(e)}`);
    }
  }

  /** The class match as this process knows it, looking in the store (now and then) for one it does not. */
  private async locate(matchID: string): Promise<{ classId: string; match: ClassMatch } | undefined> {
    const known = this.matches.get(matchID);
    if (known || !this.coordination.shared) return known;
    const now = performance.now();
    if (now - this.lookedAt < RELOOK_MS) return undefined;
    this.lookedAt = now;
    for (const doc of await this.store.listClasses()) this.index(doc.id, asBody(doc.body));
    return this.matches.get(matchID);
  }

  /** The class match as it is now: from the store when other processes share it, else this process's copy. */
  private async current(matchID: string): Promise<{ classId: string; match: ClassMatch } | undefined> {
    const known = await this.locate(matchID);
    if (!known || !this.coordination.shared) return known;
    const doc = await this.store.loadClass(known.classId);
    if (!doc) return undefined;
    this.index(known.classId, asBody(doc.body));
    return this.matches.get(matchID);
  }

  /**
   * Run `work` after every earlier change to the same class session has finished, here and on every
   * other process; then tell the others.
   */
  private async serial<T>(classId: string, work: () => Promise<T>): Promise<T> {
    const before = this.queues.get(classId) ?? Promise.resolve();
    const locked = () => this.coordination.withLock(`class:${classId}`, work);
    const run = before.then(locked, locked);
    this.queues.set(
      classId,
      run.catch(() => undefined),
    );
    try {
      return await run;
    } finally {
      this.coordination.announce(classId);
    }
  }

  private async load(classId: string): Promise<ClassBody> {
    const doc = await this.store.loadClass(classId);
    if (!doc) throw new ClassError(404, 'NO_SUCH_CLASS', `There is no class session "${classId}".`);
    return asBody(doc.body);
  }

  private async save(classId: string, body: ClassBody): Promise<void> {
    await this.store.saveClass({ id: classId, codes: body.matches.map((m) => m.code), body });
    this.index(classId, body);
  }

  /** Change one match of a class (found by match ID), one change at a time; then wake its computers. */
  private async changeMatch<T>(matchID: string, change: (m: ClassMatch, body: ClassBody) => Promise<T>): Promise<T> {
    const known = await this.locate(matchID);
    if (!known) throw new ClassError(404, 'NO_SUCH_MATCH', `There is no class match "${matchID}".`);
    let changed: ClassMatch | undefined;
    const result = await this.serial(known.classId, async () => {
      const body = await this.load(known.classId);
      const m = body.matches.find((x) => x.matchID === matchID)!;
      const out = await change(m, body);
      await this.save(known.classId, body);
      changed = m;
      return out;
    });
    this.computers.kick(matchID, changed);
    return result;
  }

  async create(input: CreateClass): Promise<{ id: string; matches: { matchID: string; code: string }[] }> {
    const id = randomBytes(9).toString('base64url');
    const codes = await uniqueCodes(input.matches.length, async (c) => (await this.store.classOfCode(c)) !== undefined);
    const matches: ClassMatch[] = [];
    for (const [i, spec] of input.matches.entries()) {
      const { matchID } = await this.host.createMatch(spec.scenario);
      const seats = {} as Record<Power, ClassSeat>;
      for (const p of POWERS) {
        const s = spec.seats[p];
        seats[p] =
          s.mode === 'group'
            ? { mode: 'group', bot: null, assigned: s.assigned, name: null, taken: false, generation: 0 }
            : { mode: 'computer', bot: s.bot, assigned: null, name: null, taken: false, generation: 0 };
      }
      matches.push({ matchID, code: codes[i]!, scenario: spec.scenario, paused: false, ended: false, seats });
    }
    const body: ClassBody = { name: input.name, created: new Date().toISOString(), ended: false, matches };
    await this.serial(id, () => this.save(id, body));
    for (const m of matches) this.computers.kick(m.matchID, m);
    return { id, matches: matches.map((m) => ({ matchID: m.matchID, code: m.code })) };
  }

  private async summary(id: string, body: ClassBody): Promise<ClassSummary> {
    const matches = await Promise.all(
      body.matches.map(async (m): Promise<MatchSummary> => {
        const full = await this.host.fullState(m.matchID);
        return {
          matchID: m.matchID,
          code: m.code,
          scenario: m.scenario,
          paused: m.paused,
          ended: m.ended || full?.step === 'ended',
          round: full?.round ?? null,
          waitingFor: full && !m.ended ? toMove(full) : null,
          seats: seatsOf(m),
        };
      }),
    );
    return { id, name: body.name, created: body.created, ended: body.ended, matches };
  }

  async list(): Promise<ClassSummary[]> {
    const docs = await this.store.listClasses();
    return Promise.all(docs.map((d) => this.summary(d.id, asBody(d.body))));
  }

  async detail(id: string): Promise<ClassSummary> {
    return this.summary(id, await this.load(id));
  }

  async pause(matchID: string, paused: boolean): Promise<MatchSummary> {
    await this.changeMatch(matchID, async (m) => {
      if (m.ended) throw new ClassError(409, 'ENDED', 'This match has ended; it cannot be paused or resumed.');
      m.paused = paused;
    });
    return this.matchSummary(matchID);
  }

  /** Hand a seat to a computer player (the group's credentials stop at once), or back to a group (free to join again). */
  async handSeat(matchID: string, power: Power, to: string): Promise<MatchSummary> {
    await this.changeMatch(matchID, async (m) => {
      if (m.ended) throw new ClassError(409, 'ENDED', 'This match has ended; its seats cannot change.');
      const seat = m.seats[power];
      if (seat.taken) await this.host.unseat(matchID, playerIdOf(power));
      if (to === 'group') {
        m.seats[power] = { ...seat, mode: 'group', bot: null, name: null, taken: false };
      } else {
        m.seats[power] = { ...seat, mode: 'computer', bot: to.slice('computer:'.length), name: null, taken: false };
      }
    });
    return this.matchSummary(matchID);
  }

  /** End every match of the session: no more moves; the debrief may show the full records. */
  async end(classId: string): Promise<ClassSummary> {
    const body = await this.serial(classId, async () => {
      const b = await this.load(classId);
      b.ended = true;
      for (const m of b.matches) m.ended = true;
      await this.save(classId, b);
      return b;
    });
    return this.summary(classId, body);
  }

  /** The session's matches with their full records: only those that have ended (all, once the session has). */
  async debrief(classId: string): Promise<ClassDebriefData> {
    const body = await this.load(classId);
    const out = [];
    for (const m of body.matches) {
      const full = await this.host.fullState(m.matchID);
      if (!m.ended && full?.step !== 'ended') continue;
      const record = await this.host.record(m.matchID);
      const stopped = full?.step !== 'ended';
      if (record)
        out.push({ matchID: m.matchID, code: m.code, scenario: m.scenario, record, seats: seatsOf(m), stopped });
    }
    return { classId, name: body.name, matches: out };
  }

  private async matchSummary(matchID: string): Promise<MatchSummary> {
    const known = this.matches.get(matchID)!;
    const s = await this.summary(known.classId, { name: '', created: '', ended: false, matches: [known.match] });
    return s.matches[0]!;
  }

  /** The match behind a join code, or undefined (a wrong code). */
  async byCode(code: string): Promise<ClassMatch | undefined> {
    const classId = await this.store.classOfCode(code);
    if (!classId) return undefined;
    const body = await this.load(classId);
    // The store's copy is the newest: this process's copy follows (a class made on another process).
    this.index(classId, body);
    return body.matches.find((m) => m.code === code);
  }

  /** What a group sees before it joins: the scenario and each seat, free or not. */
  async joinInfo(code: string): Promise<JoinInfo | undefined> {
    const m = await this.byCode(code);
    if (!m) return undefined;
    return {
      code,
      ...publicView(m, (power, s) => ({
        power,
        playerID: playerIdOf(power),
        free: s.mode === 'group' && !s.taken && !m.ended,
        assigned: s.assigned,
        computer: s.mode === 'computer',
        name: s.name,
      })),
    };
  }

  /** Seat a group at a free group seat: its credentials, or a refusal. */
  async join(code: string, power: Power, name: string): Promise<Seated | undefined> {
    const m = await this.byCode(code);
    if (!m) return undefined;
    return this.changeMatch(m.matchID, async (match) => {
      const seat = match.seats[power];
      if (match.ended) throw new ClassError(409, 'ENDED', 'This match has ended.');
      if (seat.mode !== 'group')
        throw new ClassError(409, 'SEAT_IS_COMPUTER', `The teacher gave ${power} to a computer player.`);
      if (seat.taken) throw new ClassError(409, 'SEAT_TAKEN', `Another group already sits at ${power}.`);
      const playerID = playerIdOf(power);
      const seated = await this.host.seat(match.matchID, playerID, name);
      if ('refused' in seated) throw new ClassError(409, 'SEAT_TAKEN', seated.refused);
      const generation = seat.generation + 1;
      match.seats[power] = { ...seat, name, taken: true, generation };
      return { matchID: match.matchID, playerID, power, credentials: seated.credentials, generation };
    });
  }

  /** The public state of a class match: paused, ended, who sits where (names only). */
  async status(matchID: string): Promise<MatchStatus | undefined> {
    const m = (await this.current(matchID))?.match;
    if (!m) return undefined;
    return publicView(m, (power, s) => ({
      power,
      computer: s.mode === 'computer',
      taken: s.taken,
      name: s.name,
      generation: s.generation,
    }));
  }
}

/** What anyone may know of a class match — the join page's and the status answer's — with `seat` for each power. */
function publicView<S>(m: ClassMatch, seat: (power: Power, s: ClassSeat) => S) {
  return {
    matchID: m.matchID,
    scenario: m.scenario,
    paused: m.paused,
    ended: m.ended,
    seats: POWERS.map((power) => seat(power, m.seats[power])),
  };
}
