/**
 * The boardgame.io adapter. The rules live in `moves.ts`; this module only wires them up: one
 * boardgame.io move per move kind (each guarded by `checkMove`), a phase for each step the engine
 * waits in, a turn order that follows the engine's acting power (a host's door changes keep its
 * turn; its one operation ends it), `playerView` to keep agendas secret, and `ai.enumerate` from
 * `legalMoves`.
 * The engine's own seeded generator (in G) is the only randomness, so play here and headless agree.
 *
 * A client may only make moves. boardgame.io 0.50 offers every client its flow events (`endGame`,
 * `setActivePlayers`, …) and undo; `events: { …: false }` only hides an event from the client's API
 * (the reducer still runs any event a client sends, and moves keep them all), so the `movesOnly`
 * plugin refuses every action that ran no move. Turns follow the engine through the phases' turn
 * order, so no move needs a flow event.
 */
import type { Ctx, Game, Plugin } from 'boardgame.io';
import { INVALID_MOVE } from 'boardgame.io/core';
import { legalMoves } from './legal.ts';
import { checkMove, performMove, toMove, type Move, type MoveKind } from './moves.ts';
import { initialState } from './setup.ts';
import type { Scenario } from './schema.ts';
import type { GameState, Step } from './state.ts';
import { viewFor } from './view.ts';
import { POWERS, type Power } from './vocabulary.ts';

/** boardgame.io's player IDs: "0".."4" in the order of POWERS. */
export const PLAYER_IDS = POWERS.map((_, i) => String(i));

export function playerIdOf(power: Power): string {
  return String(POWERS.indexOf(power));
}

/** The power of a player ID: exactly one of PLAYER_IDS ("0", not "00", " 0" or "0.0"), else null. */
export function powerOf(playerID: string | null | undefined): Power | null {
  const index = typeof playerID === 'string' ? PLAYER_IDS.indexOf(playerID) : -1;
  return index < 0 ? null : POWERS[index]!;
}

/** What the server or a local client may pass when a match is created. */
export interface SetupData {
  seed?: number | string;
}

/** One boardgame.io move for one move kind: the payload is the move without its `kind`. */
function wire(kind: MoveKind, shape: (move: Move) => Move = (move) => move) {
  return {
    client: false,
    move: ({ G, playerID }: { G: GameState; playerID: string }, payload?: unknown) => {
      const move = shape({ ...(typeof payload === 'object' && payload !== null ? payload : {}), kind } as Move);
      const power = powerOf(playerID);
      if (checkMove(G, power, move) !== null) return INVALID_MOVE;
      performMove(G, power!, move);
      return undefined;
    },
  };
}

/** Seat index (in ctx.playOrder) of the power a step's turn belongs to. */
function seatOf(G: GameState, ctx: Ctx): number {
  const power = toMove(G);
  const index = power ? ctx.playOrder.indexOf(playerIdOf(power)) : -1;
  return index < 0 ? 0 : index;
}

function phase(step: Step, moves: Record<string, ReturnType<typeof wire>>, start = false) {
  return {
    start,
    moves,
    endIf: ({ G }: { G: GameState }) => G.step !== step,
    next: ({ G }: { G: GameState }) => (G.step === 'ended' ? undefined : G.step),
    turn: {
      order: {
        first: ({ G, ctx }: { G: GameState; ctx: Ctx }) => seatOf(G, ctx),
        next: ({ G, ctx }: { G: GameState; ctx: Ctx }) => seatOf(G, ctx),
      },
      endIf: ({ G, ctx }: { G: GameState; ctx: Ctx }) =>
        G.step === step && ctx.playOrder[seatOf(G, ctx)] !== ctx.currentPlayer,
    },
  };
}

/** Hide what a seat may not see: other powers' agendas, and the random state that would predict them. */
export function playerView({ G, playerID }: { G: GameState; playerID?: string | null }): GameState {
  return viewFor(G, powerOf(playerID));
}

/** Every boardgame.io event, off for clients. */
const NO_CLIENT_EVENTS = {
  endGame: false,
  endPhase: false,
  endTurn: false,
  setPhase: false,
  endStage: false,
  setStage: false,
  setActivePlayers: false,
  pass: false,
} as const;

/** What `movesOnly` keeps for the action in progress (ephemeral, one per action). */
interface MovesOnlyApi {
  moved: boolean;
}

/**
 * Refuses any action of a client that ran no move: a framework event sent over the wire (the
 * reducer would run it even when `events` turns it off). A move marks its action as it runs. The
 * match's own initialisation (boardgame.io validates it too, and logged it as invalid) is the one
 * thing that passes without a move: `setup` marks it, and the mark is gone after its flush.
 */
const movesOnly: Plugin<MovesOnlyApi, { moved: boolean; init?: boolean }> = {
  name: 'movesOnly',
  setup: () => ({ moved: false, init: true }),
  api: ({ data }) => ({ moved: data?.init === true }),
  fnWrap:
    (method, methodType) =>
    (context, ...args) => {
      if (methodType === 'MOVE') (context as unknown as { movesOnly?: MovesOnlyApi }).movesOnly!.moved = true;
      return method(context, ...args);
    },
  flush: ({ api }) => ({ moved: api?.moved ?? false }),
  isInvalid: ({ data }) => (data?.moved ? false : 'clients may make moves only, not call boardgame.io events'),
};

export interface GameOptions {
  /**
   * Fresh randomness mixed into the random state just before the agendas are dealt. boardgame.io sends
   * a match's initial state (and so its seed) to every client unfiltered, so a server that must keep
   * agendas secret passes a source only it knows (e.g. node:crypto). Hot-seat play needs none.
   */
  dealEntropy?: () => number;
}

/** The boardgame.io game for a scenario. */
export function makeGame(
  scenario: Scenario,
  defaultSeed: number | string = 0,
  options: GameOptions = {},
): Game<GameState, Record<string, unknown>, SetupData> {
  const { dealEntropy } = options;
  // A client never chooses the deal (it could pick its own agenda): whatever it sends is replaced by
  // the host's entropy, or by none.
  const deal = (): Move => (dealEntropy ? { kind: 'start', deal: dealEntropy() >>> 0 } : { kind: 'start' });
  return {
    name: `roof-of-the-world`,
    minPlayers: POWERS.length,
    maxPlayers: POWERS.length,
    setup: (_context, setupData) => initialState(scenario, setupData?.seed ?? defaultSeed),
    phases: {
      setup: phase('setup', { start: wire('start', deal) }, true),
      event: phase('event', { choose: wire('choose') }),
      actions: phase('actions', {
        door: wire('door'),
        aid: wire('aid'),
        base: wire('base'),
        exercise: wire('exercise'),
        found: wire('found'),
        join: wire('join'),
        leave: wire('leave'),
        special: wire('special'),
        pass: wire('pass'),
      }),
    },
    endIf: ({ G }) => (G.step === 'ended' ? G.result : undefined),
    events: NO_CLIENT_EVENTS,
    disableUndo: true,
    plugins: [movesOnly],
    playerView,
    ai: {
      enumerate: (G: GameState, _ctx: Ctx, playerID: string) => {
        const power = powerOf(playerID);
        if (!power) return [];
        return legalMoves(G, power).map(({ kind, ...payload }) => ({ move: kind, args: [payload] }));
      },
    },
  };
}
