/**
 * The class API's routes on the server's koa router (contract: /work/wt/notes/contract.md). Every
 * body and parameter is checked (`schema.ts`) before the service is asked; every refusal is JSON
 * `{error, message}` with its status. Teacher routes need `Authorization: Bearer <secret>`, compared
 * in constant time. The join routes are limited per address (`limiter.ts`); wrong codes count.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type Router from '@koa/router';
import type { Context } from 'koa';
import type { z } from 'zod';
import { normaliseCode } from './codes.ts';
import { ClassError, type ClassService } from './classes.ts';
import type { JoinLimiter } from './limiter.ts';
import { CreateClassBody, JoinBody, PauseBody, PowerParam, SeatBody, describeIssues } from './schema.ts';

/** Bodies larger than this are refused before they are parsed. */
export const MAX_BODY_BYTES = 16 * 1024;

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Whether `given` is the secret, in time that does not depend on where they differ. */
export function secretMatches(given: string, secret: string): boolean {
  return timingSafeEqual(digest(given), digest(secret));
}

function fail(status: number, error: string, message: string): never {
  throw new ClassError(status, error, message);
}

/** The request's JSON body (bounded), whether or not a body parser ran before us. */
async function readJson(ctx: Context): Promise<unknown> {
  const parsed = (ctx.request as { body?: unknown }).body;
  if (parsed !== undefined) return parsed;
  const type = ctx.get('content-type');
  if (type && !type.startsWith('application/json'))
    fail(415, 'BAD_CONTENT_TYPE', 'Send the body as JSON (Content-Type: application/json).');
  const declared = Number(ctx.get('content-length') || 0);
  if (declared > MAX_BODY_BYTES) fail(413, 'TOO_LARGE', `The body is larger than ${MAX_BODY_BYTES} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) fail(413, 'TOO_LARGE', `The body is larger than ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) return parsed ?? {};
  try {
    return JSON.parse(text);
  } catch {
    return fail(400, 'BAD_JSON', 'The body is not valid JSON.');
  }
}

function check<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) fail(400, 'BAD_REQUEST', `${what}: ${describeIssues(result.error)}`);
  return result.data as z.output<S>;
}

export interface RouteOptions {
  secret: string;
  limiter: JoinLimiter;
  /** The address groups reach, for join links (e.g. http://192.168.1.10:8000). */
  publicUrl: string;
  /** Every address the server answers on (the teacher page makes QR codes for a network one). */
  addresses: string[];
}

/** Add the class API to `router`. `prefix` is '' when the router is already mounted under /api. */
export function addRoutes(router: Router, service: ClassService, options: RouteOptions, prefix: string): void {
  const { secret, limiter } = options;
  const wrap =
    (handler: (ctx: Context) => Promise<unknown>) =>
    async (ctx: Context): Promise<void> => {
      ctx.set('Cache-Control', 'no-store');
      try {
        ctx.body = await handler(ctx);
        ctx.status = 200;
      } catch (e) {
        if (!(e instanceof ClassError)) console.error('class API:', e);
        const err =
          e instanceof ClassError ? e : new ClassError(500, 'SERVER_ERROR', 'Something went wrong on the server.');
        ctx.status = err.status;
        ctx.body = { error: err.code, message: err.message };
      }
    };
  const teacher =
    (handler: (ctx: Context) => Promise<unknown>) =>
    (ctx: Context): Promise<unknown> => {
      const auth = ctx.get('authorization');
      const given = auth.startsWith('Bearer ') ? auth.slice(7) : '';
      if (!given || !secretMatches(given, secret)) {
        ctx.set('WWW-Authenticate', 'Bearer');
        fail(401, 'UNAUTHORIZED', 'The teacher secret is missing or wrong.');
      }
      return handler(ctx);
    };
  const limited =
    (handler: (ctx: Context, code: string) => Promise<unknown>) =>
    (ctx: Context): Promise<unknown> => {
      const address = ctx.ip || ctx.request.ip || 'unknown';
      const wait = limiter.admit(address);
      if (wait !== null) {
        ctx.set('Retry-After', String(wait));
        fail(429, 'TOO_MANY', `Too many tries from this device: wait ${wait} s and type the code again.`);
      }
      const code = normaliseCode(String(ctx.params.code ?? ''));
      const miss = () => {
        limiter.fail(address);
        return fail(404, 'NO_SUCH_CODE', 'No match has this join code: check it with your teacher.');
      };
      if (!code) return miss();
      return handler(ctx, code).then((r) => r ?? miss());
    };
  const matchParam = (ctx: Context) => check(PowerParam, ctx.params.power, 'power');
  const p = (path: string) => `${prefix}${path}`;

  router.post(
    p('/teacher/classes'),
    wrap(
      teacher(async (ctx) => {
        const input = check(CreateClassBody, await readJson(ctx), 'class session');
        const made = await service.create(input);
        return {
          id: made.id,
          matches: made.matches.map((m) => ({ ...m, joinUrl: `${options.publicUrl}/join/${m.code}` })),
        };
      }),
    ),
  );
  router.get(p('/teacher/server'), wrap(teacher(async () => ({ addresses: options.addresses }))));
  router.get(p('/teacher/classes'), wrap(teacher(async () => ({ classes: await service.list() }))));
  router.get(p('/teacher/classes/:id'), wrap(teacher(async (ctx) => service.detail(String(ctx.params.id)))));
  router.post(p('/teacher/classes/:id/end'), wrap(teacher(async (ctx) => service.end(String(ctx.params.id)))));
  router.get(p('/teacher/classes/:id/debrief'), wrap(teacher(async (ctx) => service.debrief(String(ctx.params.id)))));
  router.post(
    p('/teacher/matches/:matchID/pause'),
    wrap(
      teacher(async (ctx) => {
        const { paused } = check(PauseBody, await readJson(ctx), 'pause');
        return service.pause(String(ctx.params.matchID), paused);
      }),
    ),
  );
  router.post(
    p('/teacher/matches/:matchID/seats/:power'),
    wrap(
      teacher(async (ctx) => {
        const power = matchParam(ctx);
        const { to } = check(SeatBody, await readJson(ctx), 'seat');
        return service.handSeat(String(ctx.params.matchID), power, to);
      }),
    ),
  );
  router.get(p('/join/:code'), wrap(limited(async (_ctx, code) => service.joinInfo(code))));
  router.post(
    p('/join/:code'),
    wrap(
      limited(async (ctx, code) => {
        const { power, name } = check(JoinBody, await readJson(ctx), 'join');
        try {
          return await service.join(code, power, name);
        } catch (e) {
          if (e instanceof ClassError) limiter.fail(ctx.ip || 'unknown');
          throw e;
        }
      }),
    ),
  );
  router.get(
    p('/watch/:code'),
    wrap(
      limited(async (_ctx, code) => {
        const m = await service.byCode(code);
        return m && { matchID: m.matchID, scenario: m.scenario };
      }),
    ),
  );
  router.get(
    p('/matches/:matchID'),
    wrap(async (ctx) => {
      const s = await service.status(String(ctx.params.matchID));
      return s ?? fail(404, 'NO_SUCH_MATCH', 'There is no class match with this ID.');
    }),
  );
}
