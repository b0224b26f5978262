/**
 * The classroom layer of the game server: `mountClassApi(server, options)` adds the class API
 * (`http.ts`) to a running server's /api router, loads the class sessions already in its store,
 * puts the teacher's pause and end in front of every client move and starts the server-side computer
 * players. Returns the service (for tests and the shutdown).
 */
import { ClassService } from './classes.ts';
import type { RunningServer } from './host-types.ts';
import { addRoutes } from './http.ts';
import { JoinLimiter, type LimitOptions } from './limiter.ts';

export { ClassService, ClassError } from './classes.ts';
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
}

/** The first address the classroom's devices can reach (not this computer's loopback), if any. */
function networkAddress(server: RunningServer): string | undefined {
  return server.addresses.find((a) => !['127.0.0.1', 'localhost', '[::1]'].includes(new URL(a).hostname));
}

export async function mountClassApi(server: RunningServer, options: ClassApiOptions): Promise<ClassService> {
  if (!options.secret) throw new Error('mountClassApi needs the teacher secret');
  const service = new ClassService(server.store, server.host, { computerDelayMs: options.computerDelayMs });
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
