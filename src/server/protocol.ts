/**
 * What the game server and its browser client agree on, with nothing of Node in it (the app may
 * import this module): the boardgame.io game name of each scenario (its socket.io namespace), the
 * event the server emits when it refuses a socket request, and the reasons it gives.
 */
import { makeGame, type GameOptions } from '../../game/bgio.ts';
import type { Scenario } from '../../game/index.ts';

/** boardgame.io's game name for a shipped scenario: the socket namespace is `/<name>`. */
export function gameNameOf(scenarioId: string): string {
  return `rotw-${scenarioId}`;
}

/** The scenario id of a game name made by `gameNameOf`, or null. */
export function scenarioOfGameName(name: string): string | null {
  return name.startsWith('rotw-') ? name.slice('rotw-'.length) : null;
}

/** The boardgame.io game a networked client (and, with `dealEntropy`, the server) runs for a scenario. */
export function networkGame(scenario: Scenario, options: GameOptions = {}) {
  return { ...makeGame(scenario, 0, options), name: gameNameOf(scenario.id) };
}

/**
 * On the wire, a state's shipped scenario (45 of its 54 kB, the same in every state of a match and
 * already in every client's bundle) travels as its id: `G.scenario` is `{ shipped: "<id>" }`.
 * The server sends every state so (the store keeps them so too); a client puts its own copy of the
 * scenario back with `withScenario` — boardgame.io's client through `scenarioEnhancer`, which does
 * it on every state its store takes in (sync, update), so `client.getState().G` is whole.
 */
export interface ShippedScenario {
  shipped: string;
}

/** The scenario id a state's `G.scenario` stands for on the wire, or null when it is whole (or absent). */
export function shippedScenarioOf(state: unknown): string | null {
  const ref = (state as { G?: { scenario?: { shipped?: unknown } } } | null | undefined)?.G?.scenario;
  if (!ref || typeof ref !== 'object' || typeof ref.shipped !== 'string' || Object.keys(ref).length !== 1) return null;
  return ref.shipped;
}

/**
 * The state with `scenario` in place of its `{ shipped: id }` (the same object when it is whole);
 * a state that names another scenario is an error (the socket namespace is per scenario).
 */
export function withScenario<S>(state: S, scenario: Scenario): S {
  const id = shippedScenarioOf(state);
  if (id === null) return state;
  if (id !== scenario.id) throw new Error(`the server sent a state of scenario "${id}" to a "${scenario.id}" client`);
  const s = state as S & { G: object };
  return { ...s, G: { ...s.G, scenario } };
}

/** A redux store enhancer for boardgame.io's `Client({ enhancer })`: every state it holds has its scenario whole. */
export function scenarioEnhancer(scenario: Scenario) {
  type Reducer = (state: unknown, action: unknown) => unknown;
  type CreateStore = (reducer: Reducer, ...rest: unknown[]) => unknown;
  return ((createStore: CreateStore) =>
    (reducer: Reducer, ...rest: unknown[]) =>
      createStore((state, action) => withScenario(reducer(state, action), scenario), ...rest)) as never;
}

/**
 * The socket event the server emits when it refuses a `sync` or an `update` (boardgame.io's own
 * protocol has none: a refused move is silently dropped). Payload: `Refusal`.
 */
export const REFUSED_EVENT = 'rotw:refused';

export interface Refusal {
  /** The match the request named (as sent, when it was a string). */
  matchID: string | null;
  /** `sync` or `update`. */
  request: 'sync' | 'update';
  /** A code: one of REFUSALS, a gate's reason (e.g. 'PAUSED') or the engine's Reason for an illegal move. */
  reason: string;
}

/** The server's own refusal codes (the gate's and the engine's come on top). */
export const REFUSALS = {
  /** The request is malformed: wrong types, unknown move name, a client event, too big. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** No match with this id was issued by this server (none is ever created by a socket). */
  UNKNOWN_MATCH: 'UNKNOWN_MATCH',
  /** Missing or wrong credentials for the seat (or the seat was freed). */
  UNAUTHORIZED: 'UNAUTHORIZED',
  /** The move was made on an old state (another tab, or a move already played). */
  STALE: 'STALE',
  /** The seat is not the one the match waits for. */
  NOT_YOUR_TURN: 'NOT_YOUR_TURN',
  /** The match has ended. */
  GAME_OVER: 'GAME_OVER',
  /** Too many requests from this socket. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The seat was freed (handed to a computer player); this socket is disconnected. */
  UNSEATED: 'UNSEATED',
} as const;
