/**
 * The classroom layer of the game server: `mountClassApi(server, options)` adds the class API
 * (`http.ts`) to a running server's /api router, loads the class sessions already in its store,
 * puts the teacher's pause and end in front of every client move and starts the server-side computer
 * players. Returns the service (for tests and the shutdown).
 */
import { ClassService } from './classes.ts';
import type { Coordination } from './coordination.ts';
import type { DeciderOptions } from './decider.ts';
import type { RunningServer } from './host-types.ts';
import { addRoutes } from './http.ts';
import { JoinLimiter, type LimitOptions } from './limiter.ts';

export { ClassService, ClassError } from './classes.ts';
export { LocalCoordination, type Coordination } from './coordination.ts';
export { CODE_ALPHABET, CODE_LENGTH, normaliseCode } from './codes.ts';

export interface ClassApiOptions {
  /** The teacher's secret (Authorization: Bearer <secret>). */
  secret: string;
  /** The address groups reach, for join links (default: the server's first network address, else its URL). */
  publicUrl?: string;
  /** The join routes' per-address limits. */
  limits?: LimitOptions;
  /** Milliseconds a computer player waits before each decision (default 800). */
  computerDelayMs?: number;
  /** The other server processes on the same database (main.ts passes its PostgreSQL pub/sub); default none. */
  coordination?: Coordination;
  /** The computer players' worker threads. */
  decider?: DeciderOptions;
}

/** The first address the classroom's devices can reach (not this computer's loopback), if any. */
function networkAddress(server: RunningServer): string | undefined {
  return server.addresses.find((a) => !['127.0.0.1', 'localhost', '[::1]'].includes(new URL(a).hostname));
}

export async function mountClassApi(server: RunningServer, options: ClassApiOptions): Promise<ClassService> {
  if (!options.secret) throw new Error('mountClassApi needs the teacher secret');
  const service = new ClassService(server.store, server.host, {
    ...(options.computerDelayMs !== undefined ? { computerDelayMs: options.computerDelayMs } : {}),
    ...(options.coordination ? { coordination: options.coordination } : {}),
    ...(options.decider ? { decider: options.decider } : {}),
  });
  await service.init();
  const router = server.router as unknown as { opts?: { prefix?: string } };
  const prefix = router.opts?.prefix === '/api' ? '' : '/api';
  addRoutes(
    server.router,
    service,
    {
      secret: options.secret,
      limiter: new JoinLimiter(options.limits),
      publicUrl: (options.publicUrl ?? networkAddress(server) ?? server.url).replace(/\/$/, ''),
      addresses: server.addresses,
    },
    prefix,
  );
  return service;
}
