/**
 * Where a game's scenario comes from, for a teacher who must tell a genuine game file from an edited
 * one. A game file carries its whole scenario (so that it replays anywhere), and nothing stops anyone
 * from editing it: every objective's VP ×100, Russia with 999 IP, a new id. So a loaded record's
 * scenario is classified against the scenarios that ship with the game:
 *
 * - `shipped`: deep-equal to the shipped scenario of its id;
 * - `modified`: it claims a shipped id or title but differs, or it is a copy of a shipped scenario
 *   under another id and title (its rules, map and scores, texts aside, are within a few changes of
 *   one): with the paths that differ (a few, and how many more);
 * - `custom`: like no shipped scenario.
 *
 * The classification is always computed from the scenario itself; one written into a file is ignored.
 */
import type { Scenario, Source } from './schema.ts';
import { SCENARIOS, getScenario } from './scenarios/index.ts';

export type Provenance =
  | { kind: 'shipped'; id: string }
  | {
      kind: 'modified';
      /** The id of the shipped scenario this one claims to be, or is a copy of. */
      shipped: string;
      /** Dotted paths where the two differ, e.g. `powers.russia.ip` (at most `LISTED`). */
      differences: string[];
      /** How many more differences there are. */
      more: number;
    }
  | { kind: 'custom' };

/** How many differing paths a classification lists. */
export const LISTED = 12;

/** A copy differing from a shipped scenario in at most this share of its content is that one, modified. */
const COPY_SHARE = 0.1;

/** Fields that are words for the reader, not rules or scores: ignored when looking for a renamed copy. */
const TEXT_KEYS = new Set([
  'title',
  'summary',
  'startDate',
  'text',
  'prompt',
  'blurb',
  'name',
  'label',
  'outcome',
  'goals',
  'questions',
  'citation',
  'leaseLabel',
]);

/** True when a difference's path is in a text for the reader (a title, a card's text, a question). */
export function isTextPath(path: string): boolean {
  return path.split('.').some((key) => TEXT_KEYS.has(key));
}

/** Fields that say nothing about the game: the editor's schema link. */
const IGNORED_KEYS = new Set(['$schema']);

interface Diff {
  /** The first `LISTED` paths that differ. */
  paths: string[];
  /** How many paths differ. */
  count: number;
  /** How many leaves differ (a missing region counts all of its own): the size of the change. */
  weight: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Walk two JSON values side by side, recording each path where they differ. */
function walk(a: unknown, b: unknown, path: string, skip: (key: string, path: string) => boolean, out: Diff): void {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) walk(a[i], b[i], join(path, String(i)), skip, out);
    return;
  }
  if (isObject(a) && isObject(b) && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      if (IGNORED_KEYS.has(key) || skip(key, path)) continue;
      walk(a[key], b[key], join(path, key), skip, out);
    }
    return;
  }
  if (a === b) return;
  // A value missing or of another shape on one side differs in every leaf the other side holds.
  out.weight += Math.max(1, leaves(a), leaves(b));
  out.count++;
  if (out.paths.length < LISTED) out.paths.push(path);
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function diff(a: Scenario, b: Scenario, skip: (key: string, path: string) => boolean = () => false): Diff {
  const out: Diff = { paths: [], count: 0, weight: 0 };
  walk(a, b, '', skip, out);
  return out;
}

/** Everything but the id and the texts: the rules, the map, the events' effects and the scores. */
const contentOnly = (key: string, path: string) => TEXT_KEYS.has(key) || (path === '' && key === 'id');

/** How many leaves a value has (the size a copy's changes are weighed against). */
function leaves(v: unknown, key = ''): number {
  if (TEXT_KEYS.has(key) || IGNORED_KEYS.has(key)) return 0;
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + leaves(x), 0);
  if (isObject(v)) return Object.entries(v).reduce((n, [k, x]) => n + leaves(x, k), 0);
  return 1;
}

const sizes = new Map<string, number>();
function sizeOf(id: string, s: Scenario): number {
  let n = sizes.get(id);
  if (n === undefined) sizes.set(id, (n = leaves(s)));
  return n;
}

/** Every string a localised text holds. */
function strings(text: Scenario['title']): string[] {
  return typeof text === 'string' ? [text] : Object.values(text);
}

function modified(scenario: Scenario, shippedId: string): Provenance {
  const d = diff(scenario, SCENARIOS[shippedId]!);
  if (d.count === 0) return { kind: 'shipped', id: shippedId };
  return { kind: 'modified', shipped: shippedId, differences: d.paths, more: d.count - d.paths.length };
}

/** Is this scenario a shipped one, a shipped one modified, or one of a teacher's own? */
export function provenance(scenario: Scenario): Provenance {
  if (getScenario(scenario.id)) return modified(scenario, scenario.id);
  const titles = new Set(strings(scenario.title));
  const sameTitle = Object.entries(SCENARIOS).find(([, s]) => strings(s.title).some((t) => titles.has(t)));
  if (sameTitle) return modified(scenario, sameTitle[0]);
  let nearest: { id: string; share: number } | null = null;
  for (const [id, s] of Object.entries(SCENARIOS)) {
    const share = diff(scenario, s, contentOnly).weight / sizeOf(id, s);
    if (!nearest || share < nearest.share) nearest = { id, share };
  }
  return nearest && nearest.share <= COPY_SHARE ? modified(scenario, nearest.id) : { kind: 'custom' };
}

/**
 * Every source a scenario gives, with where it sits: the summary's, each power's blurb's, each bloc's,
 * each event card's, the history's and each teacher background note's. Texts with no source of their
 * own are the game's: agendas, objectives and an event's choice (its prompt and options) are rules of
 * the game (`mechanism`), and teacher goals and questions make no claim.
 */
export function sourcesOf(s: Scenario): { at: string; source: Source | undefined }[] {
  const out: { at: string; source: Source | undefined }[] = [];
  out.push({ at: 'summarySource', source: s.summarySource });
  for (const [p, v] of Object.entries(s.powers)) out.push({ at: `powers.${p}.source`, source: v.source });
  s.coalitions.forEach((c, i) => out.push({ at: `coalitions.${i}.source`, source: c.source }));
  s.events.forEach((e, i) => out.push({ at: `events.${i}.source`, source: e.source }));
  out.push({ at: 'history.source', source: s.history.source });
  s.teacherNotes.background.forEach((b, i) =>
    out.push({ at: `teacherNotes.background.${i}.source`, source: b.source }),
  );
  return out;
}

/**
 * The article's lines a citation names: "EDM 13/185, line 19: …" → [19]; "lines 9, 15 and 17" → [9, 15, 17];
 * in Russian "строка 19", "строки 9 и 15". Line numbers inside brackets count too ("(EDM 13/185, line 21)").
 */
export function citedLines(citation: string): number[] {
  const lines = new Set<number>();
  for (const m of citation.matchAll(/(?<!\p{L})(?:lines?|строк[аи])\s+(\d+(?:(?:\s*,\s*|\s+(?:and|и)\s+)\d+)*)/gu))
    for (const n of m[1]!.matchAll(/\d+/g)) lines.add(Number(n[0]));
  return [...lines].sort((a, b) => a - b);
}

/** The passages a citation quotes: “…” in English, «…» in Russian. */
export function quotesOf(citation: string): string[] {
  return [...citation.matchAll(/“([^”]+)”|«([^»]+)»/g)].map((m) => (m[1] ?? m[2])!);
}
