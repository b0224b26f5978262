/** The game server's side of the contract, as the class layer uses it (owned by `../host.ts`, `../server.ts`). */
export type { GameHost } from '../host.ts';
export type { RunningServer } from '../server.ts';
