/**
 * The class layer's work, apart from HTTP: class sessions and their matches, join codes, seats
 * (through `GameHost.seat` / `unseat`), pause and end (a gate on every client move), the computer
 * players, and the debrief data. Class documents live in the store; this process also keeps each
 * match's seat table in memory for the gate and the computer players (rebuilt from the store at
 * start, so a restarted server carries on). Changes to one class session are made one at a time.
 */
import { randomBytes } from 'node:crypto';
import { playerIdOf } from '../../../game/bgio.ts';
import { POWERS, toMove, type GameRecord, type Power } from '../../../game/index.ts';
import type { Store } from '../store/store.ts';
import { uniqueCodes } from './codes.ts';
import { ComputerPlayers } from './computers.ts';
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

export interface SeatSummary {
  power: Power;
  playerID: string;
  mode: 'group' | 'computer';
  bot: string | null;
  assigned: string | null;
  name: string | null;
  taken: boolean;
}

export interface MatchSummary {
  matchID: string;
  code: string;
  scenario: string;
  paused: boolean;
  ended: boolean;
  round: number | null;
  waitingFor: Power | null;
  seats: SeatSummary[];
}

export interface ClassSummary {
  id: string;
  name: string;
  created: string;
  ended: boolean;
  matches: MatchSummary[];
}

export interface ServiceOptions {
  /** Milliseconds a computer player waits before each decision (default 800). */
  computerDelayMs?: number;
}

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
  private readonly stopListening: () => void;

  constructor(
    private readonly store: Store,
    private readonly host: GameHost,
    options: ServiceOptions = {},
  ) {
    this.computers = new ComputerPlayers(host, (id) => this.matches.get(id)?.match, options.computerDelayMs ?? 800);
    host.setGate((matchID) => this.gate(matchID));
    this.stopListening = host.onChange((matchID) => this.computers.kick(matchID));
  }

  /** Load every class session from the store and wake the computer players of live matches. */
  async init(): Promise<void> {
    for (const doc of await this.store.listClasses()) this.index(doc.id, asBody(doc.body));
    for (const id of this.matches.keys()) this.computers.kick(id);
  }

  stop(): void {
    this.computers.stop();
    this.stopListening();
  }

  /** Why a client's move is refused now (the teacher paused or ended its match), or null. */
  gate(matchID: string): string | null {
    const m = this.matches.get(matchID)?.match;
    if (m?.ended) return 'ENDED';
    if (m?.paused) return 'PAUSED';
    return null;
  }

  private index(classId: string, body: ClassBody): void {
    for (const match of body.matches) this.matches.set(match.matchID, { classId, match });
  }

  /** Run `work` after every earlier change to the same class session has finished. */
  private serial<T>(classId: string, work: () => Promise<T>): Promise<T> {
    const before = this.queues.get(classId) ?? Promise.resolve();
    const run = before.then(work, work);
    this.queues.set(
      classId,
      run.catch(() => undefined),
    );
    return run;
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
    const known = this.matches.get(matchID);
    if (!known) throw new ClassError(404, 'NO_SUCH_MATCH', `There is no class match "${matchID}".`);
    const result = await this.serial(known.classId, async () => {
      const body = await this.load(known.classId);
      const m = body.matches.find((x) => x.matchID === matchID)!;
      const out = await change(m, body);
      await this.save(known.classId, body);
      return out;
    });
    this.computers.kick(matchID);
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
    await this.save(id, body);
    for (const m of matches) this.computers.kick(m.matchID);
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
  async debrief(classId: string): Promise<{
    classId: string;
    name: string;
    matches: { matchID: string; code: string; scenario: string; record: GameRecord; seats: SeatSummary[] }[];
  }> {
    const body = await this.load(classId);
    const out = [];
    for (const m of body.matches) {
      const full = await this.host.fullState(m.matchID);
      if (!m.ended && full?.step !== 'ended') continue;
      const record = await this.host.record(m.matchID);
      if (record) out.push({ matchID: m.matchID, code: m.code, scenario: m.scenario, record, seats: seatsOf(m) });
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
    return body.matches.find((m) => m.code === code);
  }

  /** What a group sees before it joins: the scenario and each seat, free or not. */
  async joinInfo(code: string) {
    const m = await this.byCode(code);
    if (!m) return undefined;
    return {
      code,
      matchID: m.matchID,
      scenario: m.scenario,
      paused: m.paused,
      ended: m.ended,
      seats: POWERS.map((power) => {
        const s = m.seats[power];
        return {
          power,
          playerID: playerIdOf(power),
          free: s.mode === 'group' && !s.taken && !m.ended,
          assigned: s.assigned,
          computer: s.mode === 'computer',
          name: s.name,
        };
      }),
    };
  }

  /** Seat a group at a free group seat: its credentials, or a refusal. */
  async join(code: string, power: Power, name: string) {
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
  status(matchID: string) {
    const m = this.matches.get(matchID)?.match;
    if (!m) return undefined;
    return {
      matchID,
      scenario: m.scenario,
      paused: m.paused,
      ended: m.ended,
      seats: POWERS.map((power) => {
        const s = m.seats[power];
        return { power, computer: s.mode === 'computer', taken: s.taken, name: s.name, generation: s.generation };
      }),
    };
  }
}
