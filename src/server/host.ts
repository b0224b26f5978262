/**
 * The game host: the one place that creates matches, seats players and applies moves, whoever asks
 * (a group's socket, a computer player of the class layer). It runs boardgame.io's own reducer for
 * each scenario's game, on the state in the store, and keeps what boardgame.io's master leaves open:
 *
 * - matches exist only when `createMatch` issued them (a socket naming any other id is refused);
 * - the agendas are dealt by the host right after setup, from node:crypto entropy that is kept in
 *   the match's metadata (never sent) so that the record still replays;
 * - a seat's credentials are ≥128 random bits, stored only as a SHA-256 digest and compared in
 *   constant time; freeing a seat makes them fail at once;
 * - a move is checked (shape, credentials, gate, turn, `_stateID`, the engine's own `checkMove`)
 *   before the reducer runs, written before it is announced, and announced only when the write was
 *   not stale — so a client never sees a move the store did not keep;
 * - every change of one match (moves, seats, connections) runs in that match's queue, in order.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Game, LogEntry, Server, State } from 'boardgame.io';
import { CreateGameReducer, ProcessGameConfig, createMatch as bgioCreateMatch } from 'boardgame.io/internal';
import { PLAYER_IDS, powerOf } from '../../game/bgio.ts';
import {
  MOVE_KINDS,
  SCENARIO_IDS,
  checkMove,
  getScenario,
  recordFromBgio,
  type GameRecord,
  type GameState,
  type Move,
} from '../../game/index.ts';
import { REFUSALS, gameNameOf, networkGame, scenarioOfGameName } from './protocol.ts';
import type { Store } from './store/store.ts';

export interface GameHost {
  /** Issue a new match for a shipped scenario id (listed; agendas dealt from server entropy after setup). */
  createMatch(scenarioId: string): Promise<{ matchID: string }>;
  /** Seat a player: fresh random credentials (≥128 bits) and a display name; refuses a seat already taken. */
  seat(matchID: string, playerID: string, name: string): Promise<{ credentials: string } | { refused: string }>;
  /** Free a seat: its credentials stop working at once (an absent group; the teacher hands it to a computer). */
  unseat(matchID: string, playerID: string): Promise<void>;
  /** Play a move server-side for a seat (computer players), through the same checks as a client's move. */
  playAs(matchID: string, playerID: string, move: Move): Promise<string | null>;
  /** The full state (for the class layer's computer players and for the debrief once ended) — never sent to a client as-is. */
  fullState(matchID: string): Promise<GameState | undefined>;
  /** Record of a match (scenario, seed, moves) for the debrief/export once it has ended. */
  record(matchID: string): Promise<GameRecord | undefined>;
  /** A gate consulted before every client move: return a reason to refuse (e.g. 'PAUSED'), or null. */
  setGate(gate: (matchID: string, playerID: string) => Promise<string | null> | string | null): void;
  /** Called after every accepted state change of a match (class layer wakes computer players, updates progress). */
  onChange(listener: (matchID: string) => void): () => void;
}

/** What the host asks of the transport: announce to a match's sockets, drop a freed seat's sockets. */
export interface HostOutlet {
  /**
   * boardgame.io's `sendAll` payload (`update` with the unfiltered state — its scenario as its id,
   * see protocol.ts — or `matchData`); filtered per socket.
   */
  publish(matchID: string, payload: { type: string; args: unknown[] }): void;
  /** Disconnect the sockets synced as this seat. */
  kick(matchID: string, playerID: string): void;
}

type Gate = (matchID: string, playerID: string) => Promise<string | null> | string | null;
/** A game as boardgame.io processes it (flow, processMove, …). */
type ProcessedGame = ReturnType<typeof ProcessGameConfig>;

/** What the host keeps in boardgame.io's `setupData` (metadata only: never sent to a client). */
interface HostSetup {
  scenario: string;
  seed: number;
  deal: number;
}

/** A boardgame.io sync, before it is filtered for the socket that asked (states with the scenario as its id). */
export interface SyncInfo {
  state: State;
  log: LogEntry[];
  initialState: State;
  filteredMetadata: Server.PlayerMetadata[];
}

const MATCH_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Longest credentials a client may send (ours are 32 characters). */
const MAX_CREDENTIALS = 256;
/** Longest move payload (as JSON) a client may send; the longest real move is under 200 bytes. */
const MAX_MOVE_JSON = 2048;
const CLIENT_MOVES = new Set<string>(MOVE_KINDS.filter((k) => k !== 'start'));

export function isMatchID(value: unknown): value is string {
  return typeof value === 'string' && MATCH_ID.test(value);
}

export function isPlayerID(value: unknown): value is string {
  return typeof value === 'string' && PLAYER_IDS.includes(value);
}

function digest(credentials: string): Buffer {
  return createHash('sha256').update(credentials, 'utf8').digest();
}

/** Constant-time check of credentials against the stored digest (hex). */
export function credentialsMatch(given: unknown, stored: unknown): boolean {
  if (typeof given !== 'string' || given.length === 0 || given.length > MAX_CREDENTIALS) return false;
  if (typeof stored !== 'string' || stored.length !== 64) return false;
  const expected = Buffer.from(stored, 'hex');
  return expected.length === 32 && timingSafeEqual(digest(given), expected);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * What the store keeps of a state, and what clients are sent: the same, but with the shipped
 * scenario (45 of a state's 54 kB, the same in every state of a match) replaced by its id
 * (`{ shipped: id }`, protocol.ts). Only the very object `getScenario` returns
 * is replaced, so a state that carries anything else keeps it whole. Read states back with `unpack`.
 */
function pack(state: State): State {
  const G = state.G as GameState;
  if (!G || typeof G !== 'object' || !G.scenario || getScenario(G.scenario.id) !== G.scenario) return state;
  return { ...state, G: { ...G, scenario: { shipped: G.scenario.id } as unknown as GameState['scenario'] } };
}

function unpack(state: State): State;
function unpack(state: State | undefined): State | undefined;
function unpack(state: State | undefined): State | undefined {
  const ref = (state?.G as { scenario?: { shipped?: unknown } } | undefined)?.scenario;
  if (!state || !ref || typeof ref.shipped !== 'string' || Object.keys(ref).length !== 1) return state;
  const scenario = getScenario(ref.shipped);
  if (!scenario) throw new Error(`a stored state names the scenario "${ref.shipped}", which is not shipped`);
  return { ...state, G: { ...(state.G as GameState), scenario } };
}

/** A match's current boardgame.io state as the host sees it (full, unfiltered), from any store. */
export async function loadState(store: Store, matchID: string): Promise<State | undefined> {
  return unpack((await store.fetch(matchID, { state: true })).state);
}

function uint32(): number {
  return randomBytes(4).readUInt32BE(0);
}

/** A display name: 1–40 characters once trimmed, no control characters. */
function cleanName(name: unknown): string | null {
  if (typeof name !== 'string') return null;
  const trimmed = name.normalize('NFC').trim();
  // eslint-disable-next-line no-control-regex
  if (trimmed.length === 0 || trimmed.length > 40 || /[\u0000-\u001f\u007f-\u009f]/.test(trimmed)) return null;
  return trimmed;
}

/**
 * The move a client's boardgame.io action stands for, or why it is malformed: a `MAKE_MOVE` of one
 * of the game's move names (never `start`, which the host plays), with at most one plain-object
 * payload, for the seat that sends it. Framework events, undo/redo and plugin actions are refused.
 */
export function moveOfAction(action: unknown, playerID: string): { move: Move; credentials: unknown } | null {
  if (!isPlainObject(action) || action.type !== 'MAKE_MOVE' || !isPlainObject(action.payload)) return null;
  const { type, args, playerID: actor, credentials } = action.payload;
  if (typeof type !== 'string' || !CLIENT_MOVES.has(type) || actor !== playerID) return null;
  if (args !== undefined && args !== null && (!Array.isArray(args) || args.length > 1)) return null;
  const payload = Array.isArray(args) ? args[0] : undefined;
  if (payload !== undefined && payload !== null && !isPlainObject(payload)) return null;
  let json: string;
  try {
    json = JSON.stringify(payload ?? {});
  } catch {
    return null;
  }
  if (json.length > MAX_MOVE_JSON) return null;
  const move = { ...(JSON.parse(json) as Record<string, unknown>), kind: type } as Move;
  return { move, credentials };
}

export class MatchHost implements GameHost {
  private readonly games = new Map<string, ProcessedGame>();
  private readonly reducers = new Map<string, ReturnType<typeof CreateGameReducer>>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly listeners = new Set<(matchID: string) => void>();
  private gate: Gate = () => null;
  /** The deal of the start move being played (set only around one synchronous reducer call). */
  private pendingDeal: number | null = null;
  outlet: HostOutlet = { publish: () => {}, kick: () => {} };

  constructor(readonly store: Store) {
    for (const id of SCENARIO_IDS) {
      const game = networkGame(getScenario(id)!, { dealEntropy: () => this.takeDeal() });
      const processed = ProcessGameConfig(game as Game);
      this.games.set(processed.name!, processed);
      this.reducers.set(processed.name!, CreateGameReducer({ game: processed }));
    }
  }

  /** Every game the host serves (one per shipped scenario), for the transport's namespaces. */
  allGames(): ProcessedGame[] {
    return [...this.games.values()];
  }

  gameOf(name: string): ProcessedGame | undefined {
    return this.games.get(name);
  }

  private takeDeal(): number {
    if (this.pendingDeal === null) throw new Error('a start move outside createMatch: the host deals');
    return this.pendingDeal;
  }

  /** Run `task` after every earlier task of the same match. */
  private inQueue<T>(matchID: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(matchID) ?? Promise.resolve();
    const run = previous.then(task);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(matchID, settled);
    void settled.then(() => {
      if (this.queues.get(matchID) === settled) this.queues.delete(matchID);
    });
    return run;
  }

  private changed(matchID: string): void {
    for (const listener of this.listeners) {
      try {
        listener(matchID);
      } catch (e) {
        console.error(`onChange listener failed for match ${matchID}:`, e);
      }
    }
  }

  async createMatch(scenarioId: string): Promise<{ matchID: string }> {
    const scenario = typeof scenarioId === 'string' ? getScenario(scenarioId) : undefined;
    if (!scenario) {
      throw new Error(`unknown scenario ${JSON.stringify(scenarioId)}; shipped: ${SCENARIO_IDS.join(', ')}`);
    }
    const name = gameNameOf(scenario.id);
    const game = this.games.get(name)!;
    const setup: HostSetup = { scenario: scenario.id, seed: uint32(), deal: uint32() };
    const created = bgioCreateMatch({
      game,
      numPlayers: PLAYER_IDS.length,
      setupData: { seed: setup.seed },
      unlisted: false,
    });
    if ('setupDataError' in created) throw new Error(`cannot set up ${scenario.id}: ${created.setupDataError}`);
    const { initialState, metadata } = created;
    metadata.setupData = setup;
    const G = initialState.G as GameState;
    const first = powerOf(initialState.ctx.currentPlayer);
    if (!first || checkMove(G, first, { kind: 'start' }) !== null) {
      throw new Error(`${scenario.id}: the match does not start with a start move by its first player`);
    }
    // The deal: the one reducer call during which `dealEntropy` answers, synchronously.
    this.pendingDeal = setup.deal;
    let started: State & { transients?: unknown };
    try {
      started = this.reducers.get(name)!(initialState, {
        type: 'MAKE_MOVE',
        payload: { type: 'start', args: [{}], playerID: initialState.ctx.currentPlayer },
      });
    } finally {
      this.pendingDeal = null;
    }
    if (started.transients) throw new Error(`${scenario.id}: the start move was refused`);
    const matchID = randomBytes(12).toString('base64url');
    const { deltalog, ...state } = started;
    await this.store.createMatch(matchID, { initialState: pack(initialState), metadata });
    if (!(await this.store.writeState(matchID, pack(state as State), deltalog))) {
      throw new Error(`match ${matchID}: the dealt state was refused by the store`);
    }
    this.changed(matchID);
    return { matchID };
  }

  seat(matchID: string, playerID: string, name: string): Promise<{ credentials: string } | { refused: string }> {
    return this.inQueue(matchID, async () => {
      if (!isMatchID(matchID)) return { refused: REFUSALS.UNKNOWN_MATCH };
      if (!isPlayerID(playerID)) return { refused: 'UNKNOWN_SEAT' };
      const display = cleanName(name);
      if (display === null) return { refused: 'BAD_NAME' };
      const { metadata } = await this.store.fetch(matchID, { metadata: true });
      if (!metadata) return { refused: REFUSALS.UNKNOWN_MATCH };
      const current = metadata.players[Number(playerID)];
      if (current?.credentials) return { refused: 'SEAT_TAKEN' };
      const credentials = randomBytes(24).toString('base64url');
      const seat = { id: Number(playerID), name: display, credentials: digest(credentials).toString('hex') };
      // Only if still free in the database: another process sharing it may have seated someone meanwhile.
      if (!(await this.store.writeSeat(matchID, playerID, seat, Date.now(), null))) return { refused: 'SEAT_TAKEN' };
      metadata.players[Number(playerID)] = seat;
      this.announceSeats(matchID, metadata);
      return { credentials };
    });
  }

  unseat(matchID: string, playerID: string): Promise<void> {
    return this.inQueue(matchID, async () => {
      if (!isMatchID(matchID) || !isPlayerID(playerID)) return;
      const { metadata } = await this.store.fetch(matchID, { metadata: true });
      if (!metadata) return;
      metadata.players[Number(playerID)] = { id: Number(playerID) };
      await this.store.writeSeat(matchID, playerID, { id: Number(playerID) }, Date.now());
      this.outlet.kick(matchID, playerID);
      this.announceSeats(matchID, metadata);
    });
  }

  private announceSeats(matchID: string, metadata: Server.MatchData): void {
    this.outlet.publish(matchID, { type: 'matchData', args: [matchID, publicSeats(metadata)] });
  }

  playAs(matchID: string, playerID: string, move: Move): Promise<string | null> {
    if (!isPlainObject(move) || typeof move.kind !== 'string' || !CLIENT_MOVES.has(move.kind)) {
      return Promise.resolve(REFUSALS.BAD_REQUEST);
    }
    const { kind, ...payload } = move;
    return this.apply(matchID, playerID, kind, payload, null);
  }

  /**
   * A move from a client's socket (boardgame.io's `update`): null once played, else why not. Its
   * credentials are checked against the seat's, and its `_stateID` must be the current one.
   */
  clientMove(action: unknown, stateID: unknown, matchID: unknown, playerID: unknown): Promise<string | null> {
    if (!isMatchID(matchID) || !isPlayerID(playerID) || !Number.isSafeInteger(stateID) || (stateID as number) < 0) {
      return Promise.resolve(REFUSALS.BAD_REQUEST);
    }
    const parsed = moveOfAction(action, playerID);
    if (!parsed) return Promise.resolve(REFUSALS.BAD_REQUEST);
    const { kind, ...payload } = parsed.move;
    return this.apply(matchID, playerID, kind, payload, {
      credentials: parsed.credentials,
      stateID: stateID as number,
    });
  }

  /**
   * Apply one move: the gate is asked first, outside the match's queue (so that it may itself use
   * the host), then the move is checked and played in the queue. `client` is absent for the host's
   * own (computer) moves.
   */
  private async apply(
    matchID: string,
    playerID: string,
    kind: string,
    payload: Record<string, unknown>,
    client: { credentials: unknown; stateID: number } | null,
  ): Promise<string | null> {
    if (!isMatchID(matchID)) return REFUSALS.UNKNOWN_MATCH;
    if (!isPlayerID(playerID)) return REFUSALS.BAD_REQUEST;
    const gated = await this.consultGate(matchID, playerID);
    if (gated) return gated;
    return this.inQueue(matchID, async () => {
      const fetched = await this.store.fetch(matchID, { metadata: true, state: true });
      const { metadata } = fetched;
      const state = unpack(fetched.state);
      if (!metadata || !state) return REFUSALS.UNKNOWN_MATCH;
      if (client && !credentialsMatch(client.credentials, metadata.players[Number(playerID)]?.credentials)) {
        return REFUSALS.UNAUTHORIZED;
      }
      const game = this.games.get(metadata.gameName);
      const reducer = this.reducers.get(metadata.gameName);
      if (!game || !reducer) return REFUSALS.UNKNOWN_MATCH;
      if (state.ctx.gameover !== undefined) return REFUSALS.GAME_OVER;
      if (client && client.stateID !== state._stateID) return REFUSALS.STALE;
      if (!game.flow.isPlayerActive(state.G, state.ctx, playerID)) return REFUSALS.NOT_YOUR_TURN;
      const reason = checkMove(state.G as GameState, powerOf(playerID), { ...payload, kind });
      if (reason) return reason;
      const next = reducer(state, {
        type: 'MAKE_MOVE',
        payload: { type: kind, args: [payload], playerID },
      }) as State & { transients?: { error?: { type?: string } } };
      if (next.transients) return next.transients.error?.type ?? REFUSALS.BAD_REQUEST;
      if (next._stateID <= state._stateID) return REFUSALS.BAD_REQUEST;
      const { deltalog, ...kept } = next;
      const gameover = next.ctx.gameover;
      const packed = pack(kept as State);
      // The state, its log and what the move changes in the metadata (updatedAt, gameover), in one transaction.
      const written = await this.store.writeState(matchID, packed, deltalog, {
        updatedAt: Date.now(),
        ...(gameover !== undefined ? { gameover } : {}),
      });
      if (!written) return REFUSALS.STALE;
      // Sent as stored: the scenario as its id (clients hold it; see protocol.ts).
      this.outlet.publish(matchID, { type: 'update', args: [matchID, { ...packed, deltalog }] });
      this.changed(matchID);
      return null;
    });
  }

  private async consultGate(matchID: string, playerID: string): Promise<string | null> {
    try {
      return (await this.gate(matchID, playerID)) || null;
    } catch (e) {
      console.error(`the move gate failed for match ${matchID}:`, e);
      return 'GATE_FAILED';
    }
  }

  /**
   * What a socket's `sync` gets, before the transport filters it for the asker; a refusal code when
   * the match was not issued here, was issued for another game, or the seat's credentials fail.
   * A spectator (playerID null) needs none.
   */
  async sync(
    gameName: string,
    matchID: unknown,
    playerID: unknown,
    credentials: unknown,
  ): Promise<{ info: SyncInfo; playerID: string | null } | { refused: string }> {
    if (!isMatchID(matchID)) return { refused: REFUSALS.UNKNOWN_MATCH };
    const seat = playerID === null || playerID === undefined ? null : playerID;
    if (seat !== null && !isPlayerID(seat)) return { refused: REFUSALS.BAD_REQUEST };
    const fetched = await this.store.fetch(matchID, { state: true, metadata: true, log: true, initialState: true });
    // The states as stored, which is as clients are sent them: the scenario as its id (protocol.ts).
    const { metadata, log, state, initialState } = fetched;
    if (!state || !metadata || !initialState || metadata.gameName !== gameName)
      return { refused: REFUSALS.UNKNOWN_MATCH };
    if (seat !== null && !credentialsMatch(credentials, metadata.players[Number(seat)]?.credentials)) {
      return { refused: REFUSALS.UNAUTHORIZED };
    }
    return { info: { state, log: log ?? [], initialState, filteredMetadata: publicSeats(metadata) }, playerID: seat };
  }

  /** A seat's socket came or went: boardgame.io's `isConnected`, announced to the match. */
  connection(matchID: string, playerID: string, credentials: unknown, connected: boolean): Promise<void> {
    return this.inQueue(matchID, async () => {
      const { metadata } = await this.store.fetch(matchID, { metadata: true });
      const player = metadata?.players[Number(playerID)];
      if (!metadata || !player || !credentialsMatch(credentials, player.credentials)) return;
      if (player.isConnected === connected) return;
      player.isConnected = connected;
      // Only while the seat is still this one's (it may have been freed on another process meanwhile).
      if (!(await this.store.writeSeat(matchID, playerID, player, Date.now(), player.credentials ?? null))) return;
      this.announceSeats(matchID, metadata);
    });
  }

  async fullState(matchID: string): Promise<GameState | undefined> {
    if (!isMatchID(matchID)) return undefined;
    return (await loadState(this.store, matchID))?.G as GameState | undefined;
  }

  async record(matchID: string): Promise<GameRecord | undefined> {
    if (!isMatchID(matchID)) return undefined;
    const { metadata, log } = await this.store.fetch(matchID, { metadata: true, log: true });
    const setup = metadata?.setupData as HostSetup | undefined;
    const scenario = setup ? getScenario(setup.scenario) : undefined;
    if (!metadata || !setup || !scenario || scenarioOfGameName(metadata.gameName) !== setup.scenario) return undefined;
    const actions = (log ?? []).filter((e) => e.action.type === 'MAKE_MOVE').map((e) => e.action.payload);
    const record = recordFromBgio(scenario, setup.seed, actions);
    const start = record.moves[0];
    if (start?.move.kind === 'start') start.move = { kind: 'start', deal: setup.deal };
    return record;
  }

  setGate(gate: Gate): void {
    this.gate = gate;
  }

  onChange(listener: (matchID: string) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}

/** The seats as clients may see them: id, name, connected — never credentials. */
export function publicSeats(metadata: Server.MatchData): Server.PlayerMetadata[] {
  return Object.values(metadata.players).map(({ id, name, isConnected }) => ({
    id,
    ...(name !== undefined ? { name } : {}),
    ...(isConnected !== undefined ? { isConnected } : {}),
  }));
}
