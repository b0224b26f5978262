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
  /** Infrastructure and Silk Road projects: income to its controller; China's investment raises it. */
  value: number;
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

/**
 * A host's doors: for each other power, the price in IP it charges for each operation on its soil, or
 * null when the door is closed. Only powers hosting a region in play have doors that matter.
 */
export type Doors = ByPower<number | null>;

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
  | { t: 'income'; round: number; power: Power; amount: number; lost: number }
  | { t: 'event'; round: number; card: string }
  | { t: 'choice'; round: number; power: Power; card: string; option: string }
  | { t: 'door'; round: number; power: Power; guest: Power; price: number | null }
  | {
      t: 'aid';
      round: number;
      power: Power;
      region: RegionId;
      size: number;
      cost: number;
      fee: number;
      influence: number;
    }
  | {
      t: 'base';
      round: number;
      power: Power;
      region: RegionId;
      level: number;
      cost: number;
      fee: number;
      tension: number;
    }
  | {
      t: 'exercise';
      round: number;
      power: Power;
      /** The host, when the exercise was abroad. */
      partner: Power | null;
      region: RegionId;
      size: number;
      threatBefore: number;
      threatAfter: number;
      cost: number;
      fee: number;
      actorInfluence: number;
      partnerInfluence: number;
      tension: number;
    }
  | {
      t: 'special';
      round: number;
      power: Power;
      region: RegionId | null;
      cost: number;
      fee: number;
      influence: number;
      threat: number;
      ip: number;
      tension: number;
    }
  | { t: 'formed'; round: number; coalition: string; members: Power[]; cost: number }
  | { t: 'joined'; round: number; power: Power; coalition: string; cost: number }
  | { t: 'left'; round: number; power: Power; coalition: string; dissolved: boolean; cost: number; tension: number }
  | { t: 'pass'; round: number; power: Power }
  | { t: 'strain'; round: number; power: Power; cause: 'double' | 'door'; tension: number }
  | { t: 'spread'; round: number; from: RegionId; to: RegionId }
  | { t: 'growth'; round: number; region: RegionId }
  | { t: 'joint'; round: number; region: RegionId; coalition: string; members: Power[]; threatAfter: number }
  | { t: 'incident'; round: number; region: RegionId; stabilityAfter: number; losses: Power[] }
  | { t: 'leaseEnded'; round: number; power: Power; region: RegionId }
  | { t: 'score'; round: number; power: Power; vp: number }
  | { t: 'agenda'; power: Power; agenda: string; vp: number }
  | { t: 'crisis'; round: number; blamed: Power | null; penalty: number }
  | { t: 'end'; reason: EndReason; winners: Power[] };

export type EndReason = 'rounds' | 'dominance' | 'crisis';

/** A snapshot taken at the end of every round, for the debrief's charts. */
export interface RoundRecord {
  round: number;
  influence: Record<string, ByPower<number>>;
  threat: Record<string, number>;
  scores: ByPower<number>;
  /**
   * Each power's standing: VP banked, plus what its public objectives would score now when this was not
   * a scoring round (in a scoring round they have just been scored). Who leads between scorings.
   */
  standing: ByPower<number>;
  ip: ByPower<number>;
  tension: number;
}

export interface GameResult {
  reason: EndReason;
  /** The power whose dominance ended the game, when it was dominance. */
  by?: Power;
  /** The power blamed for a crisis, when it was a crisis. */
  blamed?: Power;
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
  /** Door changes made in the current turn (free, up to rules.doors.changesPerTurn). */
  doorChanges: number;
  ip: ByPower<number>;
  /** Permanent income from each power's economy. */
  economy: ByPower<number>;
  /** Donors of the aid packages each host received this round (one entry a size): paid as IP at the next income. */
  aid: ByPower<Power[]>;
  /** Door fees each power has received this game. */
  fees: ByPower<number>;
  /** Each host's doors (rows of powers that host nothing are kept but never consulted). */
  doors: ByPower<Doors>;
  /** The powers that operated in each region this round (for joint bloc action). */
  acted: Record<string, Power[]>;
  regions: Record<string, RegionState>;
  coalitions: Coalition[];
  /** Counter for ids of coalitions formed in play. */
  nextCoalition: number;
  tension: number;
  /** Tension each power has caused this game: who is blamed if a crisis comes. */
  blame: ByPower<number>;
  /** Event cards not yet drawn. */
  deck: string[];
  event: EventDraw | null;
  /** Each power's secret agenda (ids); null until dealt by the first move (never in setup). */
  agendas: ByPower<string> | null;
  /**
   * What each power's public objectives (in the scenario's order) and its agenda were worth when the game
   * started: scoring pays only the gain over these. Null until the start move.
   */
  baseline: { objectives: ByPower<number[]>; agenda: ByPower<number> } | null;
  vp: ByPower<number>;
  log: LogEntry[];
  history: RoundRecord[];
  result: GameResult | null;
}
