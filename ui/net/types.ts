/**
 * What the class API answers, as the network pages show it (the shapes of `src/server/class`).
 * Plain data: the pages render it, `src/app/net/api.ts` fetches it.
 */
import type { GameRecord, Power } from '../../game/index.ts';

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
  /** `stopped`: the teacher ended the match before the game did. */
  matches: {
    matchID: string;
    code: string;
    scenario: string;
    record: GameRecord;
    seats: SeatInfo[];
    stopped: boolean;
  }[];
}

export interface NewMatch {
  scenario: string;
  seats: Partial<Record<Power, string>>;
}
