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
