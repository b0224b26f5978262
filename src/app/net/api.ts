/**
 * The class API as the pages call it (same origin as the page: the server that served it). Every
 * call answers a value or the server's refusal `{error, message}` (or a network failure), never
 * throws. Shapes follow `src/server/class` (contract: /api routes).
 */
import type { Power } from '../../../game/index.ts';
import type {
  Answer,
  ClassDebriefData,
  ClassInfo,
  JoinInfo,
  MatchInfo,
  MatchStatus,
  NewMatch,
  Seated,
} from '../../../ui/net/types.ts';

export type {
  Answer,
  SeatInfo,
  MatchInfo,
  ClassInfo,
  JoinInfo,
  Seated,
  MatchStatus,
  ClassDebriefData,
  NewMatch,
} from '../../../ui/net/types.ts';

async function call<T>(method: string, path: string, body?: unknown, secret?: string): Promise<Answer<T>> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (secret) headers.Authorization = `Bearer ${secret}`;
  try {
    const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = (await res.json().catch(() => null)) as { error?: string; message?: string } | null;
    if (res.ok && json) return { ok: true, value: json as T };
    return {
      ok: false,
      status: res.status,
      error: json?.error ?? 'HTTP',
      message: json?.message ?? `The server answered ${res.status}.`,
    };
  } catch (e) {
    return { ok: false, status: 0, error: 'OFFLINE', message: e instanceof Error ? e.message : String(e) };
  }
}

const code = (c: string) => encodeURIComponent(c);

export const api = {
  server: (secret: string) => call<{ addresses: string[] }>('GET', '/api/teacher/server', undefined, secret),
  classes: (secret: string) => call<{ classes: ClassInfo[] }>('GET', '/api/teacher/classes', undefined, secret),
  classDetail: (secret: string, id: string) =>
    call<ClassInfo>('GET', `/api/teacher/classes/${code(id)}`, undefined, secret),
  createClass: (secret: string, name: string, matches: NewMatch[]) =>
    call<{ id: string; matches: { matchID: string; code: string; joinUrl: string }[] }>(
      'POST',
      '/api/teacher/classes',
      { name, matches },
      secret,
    ),
  pause: (secret: string, matchID: string, paused: boolean) =>
    call<MatchInfo>('POST', `/api/teacher/matches/${code(matchID)}/pause`, { paused }, secret),
  handSeat: (secret: string, matchID: string, power: Power, to: string) =>
    call<MatchInfo>('POST', `/api/teacher/matches/${code(matchID)}/seats/${power}`, { to }, secret),
  endClass: (secret: string, id: string) => call<ClassInfo>('POST', `/api/teacher/classes/${code(id)}/end`, {}, secret),
  debrief: (secret: string, id: string) =>
    call<ClassDebriefData>('GET', `/api/teacher/classes/${code(id)}/debrief`, undefined, secret),
  joinInfo: (c: string) => call<JoinInfo>('GET', `/api/join/${code(c)}`),
  join: (c: string, power: Power, name: string) => call<Seated>('POST', `/api/join/${code(c)}`, { power, name }),
  watch: (c: string) => call<{ matchID: string; scenario: string }>('GET', `/api/watch/${code(c)}`),
  status: (matchID: string) => call<MatchStatus>('GET', `/api/matches/${code(matchID)}`),
};
