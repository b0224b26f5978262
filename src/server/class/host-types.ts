/**
 * The game server's side of the contract (`/work/wt/notes/contract.md`), as the class layer uses it.
 * Helper "server" owns `src/server/host.ts`; until its branch is merged these are the contract's own
 * shapes, written out. At the merge this file becomes a re-export of `../host.ts`.
 */
import type Router from '@koa/router';
import type { GameRecord, GameState, Move } from '../../../game/index.ts';
import type { Store } from '../store/store.ts';

export interface GameHost {
  createMatch(scenarioId: string): Promise<{ matchID: string }>;
  seat(matchID: string, playerID: string, name: string): Promise<{ credentials: string } | { refused: string }>;
  unseat(matchID: string, playerID: string): Promise<void>;
  playAs(matchID: string, playerID: string, move: Move): Promise<string | null>;
  fullState(matchID: string): Promise<GameState | undefined>;
  record(matchID: string): Promise<GameRecord | undefined>;
  setGate(gate: (matchID: string, playerID: string) => Promise<string | null> | string | null): void;
  onChange(listener: (matchID: string) => void): () => void;
}

export interface RunningServer {
  url: string;
  port: number;
  host: GameHost;
  store: Store;
  router: Router;
  close(): Promise<void>;
}
