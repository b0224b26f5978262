/**
 * The class-wide debrief: several matches of one class session side by side. Each match's record is
 * checked and replayed (`loadRecord`: a bad one is a problem named by its label and path, never a
 * throw), summed up from the engine's own debrief (`debrief`: influence and tension by round) and final
 * state — who won, the scores and ranks, regions held, the secret agendas once the match has ended (never
 * before) — and the matches' decisions are lined up by round and power so the page can show where the
 * groups chose differently. Exports for grading: CSV (one row a group, that is a power in a match) and
 * JSON (this summary; no record, seed or deal). Pure data in, pure data out.
 */
import { debrief } from './debrief.ts';
import { csvField } from './export.ts';
import { actionKindOf, type Move } from './moves.ts';
import { loadRecord, type GameRecord } from './record.ts';
import type { Problem } from './result.ts';
import type { LocalText } from './schema.ts';
import { controller, regionIds } from './selectors.ts';
import type { EndReason, GameState } from './state.ts';
import { ACTION_KINDS, POWERS, byPower, type ActionKind, type ByPower, type Power } from './vocabulary.ts';

/** The name of the group playing each power in a match (null or absent: a computer, or no name). */
export type MatchGroups = Partial<Record<Power, string | null>>;

/**
 * One match as the class layer hands it over: a label ("Table 2", a join code), its record, and the
 * groups' names when the class layer knows them.
 */
export interface ClassMatch {
  label: string;
  record: GameRecord;
  groups?: MatchGroups;
  /** The teacher ended the match before the game did (its record stops mid-game). */
  stopped?: boolean;
}

/** A match whose record replays, with every state it passed through. */
export interface LoadedMatch {
  label: string;
  record: GameRecord;
  states: readonly GameState[];
  groups: ByPower<string | null>;
  stopped: boolean;
}

/** A match that could not be read, and why. */
export interface MatchProblem {
  label: string;
  problems: Problem[];
}

/** One decision of a match: an operation or an event choice. */
export interface DecisionCell {
  /** Index into the match's `record.moves` (the state before it is `states[index]`). */
  index: number;
  move: Move;
  /** A short key, equal for equal decisions: "aid khatlon 2", "pass", "choose accept". */
  key: string;
}

/** One power's decision of one kind in one round, across the matches (null: that match has none). */
export interface DecisionRow {
  round: number;
  power: Power;
  kind: 'event' | 'operation';
  cells: (DecisionCell | null)[];
  /** The matches that made this decision did not all make the same one. */
  differs: boolean;
}

export interface MatchSummary {
  label: string;
  /** The group playing each power (null: a computer, or no name given). */
  groups: ByPower<string | null>;
  scenario: { id: string; title: LocalText };
  ended: boolean;
  /** Not ended by the game but stopped by the teacher (the scores are those banked then). */
  stopped: boolean;
  /** The round reached (or ended in), of the scenario's rounds. */
  round: number;
  rounds: number;
  reason: EndReason | null;
  winners: Power[];
  /** Final scores once ended; VP banked so far before. */
  scores: ByPower<number>;
  /** 1 for the best score; tied powers share a rank. */
  rank: ByPower<number>;
  /** Regions each power controls at the end, and its total influence. */
  control: ByPower<number>;
  influence: ByPower<number>;
  /** The power a crisis was blamed on, if the match ended in one. */
  blamed: Power | null;
  /** By round (0: the setup): total influence by power, tension, scores. */
  series: { rounds: number[]; influence: ByPower<number[]>; tension: number[]; scores: ByPower<number[]> };
  peakTension: number;
  operations: ByPower<Record<ActionKind, number>>;
  /** Each power's secret agenda and what it scored: only once the match has ended. */
  agendas: ByPower<{ id: string; title: LocalText; vp: number }> | null;
}

export interface ClassSummary {
  matches: MatchSummary[];
  /** Matches each power won across the class (a tie shares the win), counted over ended matches. */
  wins: ByPower<number>;
  /** Each power's mean score over the matches. */
  meanScore: ByPower<number>;
  decisions: DecisionRow[];
  /** Matches that could not be read (left out of everything above). */
  problems: MatchProblem[];
}

/** Check and replay every match; the ones that do not replay are returned as problems, by label. */
export function loadMatches(matches: readonly ClassMatch[]): { loaded: LoadedMatch[]; problems: MatchProblem[] } {
  const loaded: LoadedMatch[] = [];
  const problems: MatchProblem[] = [];
  matches.forEach((m, i) => {
    const label = typeof m?.label === 'string' && m.label.trim() ? m.label : `match ${i + 1}`;
    const r = loadRecord(m?.record);
    const groups = byPower((p) => {
      const name = m?.groups?.[p];
      return typeof name === 'string' && name.trim() ? name : null;
    });
    const stopped = m?.stopped === true;
    if (r.ok) loaded.push({ label, record: r.value.record, states: r.value.states, groups, stopped });
    else
      problems.push({ label, problems: r.error.map((p) => ({ ...p, path: p.path ? `record.${p.path}` : 'record' })) });
  });
  return { loaded, problems };
}

/** A decision's key: equal keys are the same decision. */
export function decisionKey(move: Move): string {
  switch (move.kind) {
    case 'aid':
    case 'exercise':
      return `${move.kind} ${move.region} ${move.size}`;
    case 'base':
      return `base ${move.region}`;
    case 'special':
      return move.region ? `special ${move.region}` : 'special';
    case 'found':
      return `found ${[...move.invitees].sort().join('+')}`;
    case 'join':
    case 'leave':
      return `${move.kind} ${move.coalition}`;
    case 'choose':
      return `choose ${move.option}`;
    default:
      return move.kind;
  }
}

function ranks(scores: ByPower<number>): ByPower<number> {
  return byPower((p) => 1 + POWERS.filter((q) => scores[q] > scores[p]).length);
}

/** The summary of one match that replays. */
export function summarizeMatch(m: LoadedMatch): MatchSummary {
  const final = m.states[m.states.length - 1]!;
  const ended = final.step === 'ended';
  const d = debrief(m.record, m.states, 0);
  const scores = ended && final.result ? { ...final.result.scores } : { ...final.vp };
  const control = byPower(() => 0);
  const influence = byPower(() => 0);
  for (const id of regionIds(final)) {
    const c = controller(final, id);
    if (c) control[c] += 1;
    for (const p of POWERS) influence[p] += final.regions[id]!.influence[p];
  }
  const operations = byPower(() => {
    const out = {} as Record<ActionKind, number>;
    for (const k of ACTION_KINDS) out[k] = 0;
    return out;
  });
  for (const { power, move } of m.record.moves) {
    const kind = actionKindOf(move);
    if (kind) operations[power][kind] += 1;
  }
  let agendas: MatchSummary['agendas'] = null;
  if (ended && final.agendas) {
    const dealt = final.agendas;
    const vp = byPower(() => 0);
    for (const e of final.log) if (e.t === 'agenda') vp[e.power] = e.vp;
    agendas = byPower((p) => ({
      id: dealt[p],
      title: final.scenario.agendas.find((a) => a.id === dealt[p])?.title ?? { en: dealt[p] },
      vp: vp[p],
    }));
  }
  return {
    label: m.label,
    groups: { ...m.groups },
    scenario: { id: final.scenario.id, title: final.scenario.title },
    ended,
    stopped: !ended && m.stopped,
    round: final.round,
    rounds: final.scenario.rounds,
    reason: ended ? (final.result?.reason ?? null) : null,
    winners: ended ? [...(final.result?.winners ?? [])] : [],
    scores,
    rank: ranks(scores),
    control,
    influence,
    blamed: ended && final.result?.reason === 'crisis' ? (final.result.blamed ?? null) : null,
    series: { rounds: d.rounds, influence: d.influence.total, tension: d.tension, scores: d.scores },
    peakTension: Math.max(...m.states.map((s) => s.tension)),
    operations,
    agendas,
  };
}

/** Every match's decisions lined up by round, power and kind, in the order they were first made. */
export function decisionRows(matches: readonly LoadedMatch[]): DecisionRow[] {
  const rows = new Map<string, DecisionRow>();
  matches.forEach((m, col) => {
    m.record.moves.forEach(({ power, move }, index) => {
      if (move.kind === 'start' || move.kind === 'door') return;
      const round = m.states[index]!.round;
      const kind = move.kind === 'choose' ? 'event' : 'operation';
      const id = `${round}/${power}/${kind}`;
      let row = rows.get(id);
      if (!row) {
        row = { round, power, kind, cells: matches.map(() => null), differs: false };
        rows.set(id, row);
      }
      row.cells[col] ??= { index, move, key: decisionKey(move) };
    });
  });
  const out = [...rows.values()].sort(
    (a, b) => a.round - b.round || (a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1),
  );
  for (const row of out) row.differs = new Set(row.cells.filter((c) => c).map((c) => c!.key)).size > 1;
  return out;
}

/** The class-wide summary of the session's matches. */
export function classSummary(input: readonly ClassMatch[]): ClassSummary {
  const { loaded, problems } = loadMatches(input);
  return summaryOf(loaded, problems);
}

/** The summary of matches already loaded (the page keeps their states to describe the decisions). */
export function summaryOf(loaded: readonly LoadedMatch[], problems: MatchProblem[] = []): ClassSummary {
  const matches = loaded.map(summarizeMatch);
  const wins = byPower(() => 0);
  for (const m of matches) for (const w of m.winners) wins[w] += 1 / m.winners.length;
  const meanScore = byPower((p) =>
    matches.length ? matches.reduce((a, m) => a + m.scores[p], 0) / matches.length : 0,
  );
  return { matches, wins, meanScore, decisions: decisionRows(loaded), problems };
}

/** The grading CSV's columns: one row a group (a power in a match, with the group's name when known). */
export const CLASS_CSV_COLUMNS = [
  'match',
  'scenario',
  'ended',
  'round',
  'end_reason',
  'power',
  'group',
  'score',
  'won',
  'rank',
  'regions_controlled',
  'influence_total',
  'agenda',
  'agenda_vp',
  ...ACTION_KINDS.map((k) => `ops_${k}`),
  'blamed_for_crisis',
] as const;

/** The class as CSV (RFC 4180, CRLF): one row for each power of each match; agendas blank until a match has ended. */
export function classCsv(summary: ClassSummary): string {
  const lines: string[] = [CLASS_CSV_COLUMNS.join(',')];
  for (const m of summary.matches) {
    for (const p of POWERS) {
      const cells: (string | number)[] = [
        m.label,
        m.scenario.id,
        m.ended ? 'yes' : 'no',
        m.round,
        m.reason ?? (m.stopped ? 'stopped_by_teacher' : ''),
        p,
        m.groups[p] ?? '',
        m.scores[p],
        m.winners.includes(p) ? 1 : 0,
        m.rank[p],
        m.control[p],
        m.influence[p],
        m.agendas?.[p].id ?? '',
        m.agendas ? m.agendas[p].vp : '',
        ...ACTION_KINDS.map((k) => m.operations[p][k]),
        m.blamed === p ? 1 : 0,
      ];
      lines.push(cells.map(csvField).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The class as JSON for grading: the summary itself (no record, seed or deal). */
export function classJson(summary: ClassSummary): string {
  return `${JSON.stringify({ format: 'rotw-class-debrief', version: 1, ...summary }, null, 2)}\n`;
}
