/**
 * The class API as the pages call it (same origin as the page: the server that served it). Every
 * call answers a value or the server's refusal `{error, message}` (or a network failure), never
 * throws. Shapes follow `src/server/class` (contract: /api routes).
 */
import type { GameRecord, Power } from '../../../game/index.ts';

export type Answer<T> = { ok: true; value: T } | { ok: false; status: number; error: string; message: string };

export interface SeatInfo {
  power: Power;
  playerID: string;
  mode: 'group' | 'computer';
  bot: string | null;
  assigned: string | null;
  name: string | null;
  taken: boolean;
  generation: number;
}

export interface MatchInfo {
  matchID: string;
  code: string;
  scenario: string;
  paused: boolean;
  ended: boolean;
  round: number | null;
  waitingFor: Power | null;
  seats: SeatInfo[];
}

export interface ClassInfo {
  id: string;
  name: string;
  created: string;
  ended: boolean;
  matches: MatchInfo[];
}

export interface JoinInfo {
  code: string;
  matchID: string;
  scenario: string;
  paused: boolean;
  ended: boolean;
  seats: {
    power: Power;
    playerID: string;
    free: boolean;
    assigned: string | null;
    computer: boolean;
    name: string | null;
  }[];
}

export interface Seated {
  matchID: string;
  playerID: string;
  power: Power;
  credentials: string;
  generation: number;
}

export interface MatchStatus {
  matchID: string;
  scenario: string;
  paused: boolean;
  ended: boolean;
  seats: { power: Power; computer: boolean; taken: boolean; name: string | null; generation: number }[];
}

export interface ClassDebriefData {
  classId: string;
  name: string;
  matches: { matchID: string; code: string; scenario: string; record: GameRecord; seats: SeatInfo[] }[];
}

export interface NewMatch {
  scenario: string;
  seats: Partial<Record<Power, string>>;
}

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
