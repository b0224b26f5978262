/**
 * Socket clients for the server tests: boardgame.io's own client (the one the browser runs), over
 * socket.io, seated with credentials, in Node. `seatedClient` resolves once the client has synced;
 * `untilState` waits for a condition on what the client has been sent.
 */
import { Client } from 'boardgame.io/client';
import { SocketIO } from 'boardgame.io/multiplayer';
import { getScenario, type GameState, type Move } from '../../game/index.ts';
import { networkGame, scenarioEnhancer } from '../../src/server/protocol.ts';

export type NetClient = ReturnType<typeof netClient>;

export function netClient(
  url: string,
  scenarioId: string,
  matchID: string,
  playerID: string | null,
  credentials?: string,
) {
  const game = networkGame(getScenario(scenarioId)!);
  const client = Client({
    game,
    enhancer: scenarioEnhancer(getScenario(scenarioId)!),
    numPlayers: 5,
    matchID,
    ...(playerID !== null ? { playerID } : {}),
    ...(credentials ? { credentials } : {}),
    multiplayer: SocketIO({ server: url }),
    debug: false,
  });
  client.start();
  return {
    client,
    /** The last state the server sent, or null before the first sync. */
    state(): { G: GameState; _stateID: number } | null {
      const s = client.getState();
      return s ? { G: s.G as GameState, _stateID: s._stateID } : null;
    },
    /** Send a move through boardgame.io's move API (payload = the move without its kind). */
    send(move: Move): void {
      const { kind, ...payload } = move;
      const fn = (client.moves as Record<string, (p: unknown) => void>)[kind];
      if (!fn) throw new Error(`no move ${kind}`);
      fn(payload);
    },
    stop(): void {
      client.stop();
    },
  };
}

/** Wait (polling, up to `ms`) until `check` holds; fail naming `what`. */
export async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
