/**
 * The game state: plain serialisable data (boardgame.io's `G`). Derived facts — who controls a
 * region, current scores — are never stored; selectors compute them. The scenario rides along,
 * read-only, so a state is self-contained for saves, replays and the network.
 */
import type { LocalText, Scenario } from './schema.ts';
import type { ByPower, Power, RegionId } from './vocabulary.ts';

export interface Base {
  owner: Power;
  level: number;
  leaseEndsRound?: number;
  leaseLabel?: string;
}

export interface RegionState {
  stability: number;
  threat: number;
  influence: ByPower<number>;
  bases: Base[];
}

export interface Coalition {
  id: string;
  /** Historical name (CSTO, the Quadrilateral); coalitions formed in play have none and are named by their leader. */
  name?: LocalText;
  leader: Power;
  members: Power[];
  /** Round it formed; 0 when it stood before the game began. */
  formed: number;
}

/** A question one power must answer before play goes on. */
export type Request =
  | { kind: 'baseConsent'; from: Power; to: Power; region: RegionId }
  | { kind: 'exercise'; from: Power; to: Power; region: RegionId }
  | { kind: 'invite'; from: Power; to: Power; coalition: string }
  | { kind: 'joinRequest'; from: Power; to: Power; coalition: string };

/** A coalition being formed: the invitations still out and the answers so far. */
export interface Proposal {
  coalition: string;
  founder: Power;
  invited: Power[];
  accepted: Power[];
}

/** What the game is waiting for. */
export type Step = 'setup' | 'event' | 'actions' | 'ended';

export interface EventDraw {
  card: string;
  /** The option the choosing power took, once it has chosen. */
  chosen?: string;
}

/** One line of the game's record; the UI writes it as a sentence. */
export type LogEntry =
  | { t: 'round'; round: number }
  | { t: 'income'; round: number; power: Power; amount: number }
  | { t: 'event'; round: number; card: string }
  | { t: 'choice'; round: number; power: Power; card: string; option: string }
  | { t: 'aid'; round: number; power: Power; region: RegionId; cost: number; influence: number }
  | { t: 'base'; round: number; power: Power; region: RegionId; level: number; cost: number }
  | { t: 'baseRefused'; round: number; power: Power; host: Power; region: RegionId }
  | {
      t: 'exercise';
      round: number;
      power: Power;
      partner: Power;
      region: RegionId;
      threatBefore: number;
      threatAfter: number;
      cost: number;
      actorInfluence: number;
      partnerInfluence: number;
      tension: number;
    }
  | { t: 'exerciseRefused'; round: number; power: Power; partner: Power; region: RegionId }
  | { t: 'proposed'; round: number; power: Power; invitees: Power[]; coalition: string }
  | { t: 'answered'; round: number; power: Power; coalition: string; accept: boolean }
  | { t: 'formed'; round: number; coalition: string; members: Power[]; cost: number }
  | { t: 'failed'; round: number; coalition: string; founder: Power }
  | { t: 'joined'; round: number; power: Power; coalition: string; cost: number }
  | { t: 'joinRefused'; round: number; power: Power; coalition: string }
  | { t: 'left'; round: number; power: Power; coalition: string; dissolved: boolean }
  | { t: 'pass'; round: number; power: Power }
  | { t: 'spread'; round: number; from: RegionId; to: RegionId }
  | { t: 'growth'; round: number; region: RegionId }
  | { t: 'incident'; round: number; region: RegionId; stabilityAfter: number; losses: Power[] }
  | { t: 'leaseEnded'; round: number; power: Power; region: RegionId }
  | { t: 'score'; round: number; power: Power; vp: number }
  | { t: 'agenda'; power: Power; agenda: string; vp: number }
  | { t: 'end'; reason: EndReason; winners: Power[] };

export type EndReason = 'rounds' | 'dominance' | 'crisis';

/** A snapshot taken at the end of every round, for the debrief's charts. */
export interface RoundRecord {
  round: number;
  influence: Record<string, ByPower<number>>;
  threat: Record<string, number>;
  scores: ByPower<number>;
  ip: ByPower<number>;
  tension: number;
}

export interface GameResult {
  reason: EndReason;
  /** The power whose dominance ended the game, when it was dominance. */
  by?: Power;
  scores: ByPower<number>;
  winners: Power[];
}

export interface GameState {
  readonly scenario: Scenario;
  step: Step;
  round: number;
  rng: number;
  /** Turn order of this round. */
  order: Power[];
  /** Index into `order` of the power whose turn it is. */
  turn: number;
  actionsLeft: number;
  ip: ByPower<number>;
  /** Permanent income from each power's economy. */
  economy: ByPower<number>;
  /** Donors of the aid packages each host received this round: scored at scoring, paid as IP at the next income. */
  aid: ByPower<Power[]>;
  regions: Record<string, RegionState>;
  coalitions: Coalition[];
  /** Counter for ids of coalitions formed in play. */
  nextCoalition: number;
  proposal: Proposal | null;
  /** Requests refused this round, as keys like `base:russia:gbao`; the same request may not be repeated. */
  refused: string[];
  requests: Request[];
  tension: number;
  /** Event cards not yet drawn. */
  deck: string[];
  event: EventDraw | null;
  /** Each power's secret agenda (ids); null until dealt by the first move (never in setup). */
  agendas: ByPower<string> | null;
  vp: ByPower<number>;
  log: LogEntry[];
  history: RoundRecord[];
  result: GameResult | null;
}
