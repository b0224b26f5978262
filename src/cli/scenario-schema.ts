/**
 * The scenario format as a JSON Schema, generated from the same zod schema the engine validates with,
 * so an editor (VS Code and others read a file's `"$schema"` key) autocompletes and flags mistakes.
 * Descriptions are added here from a table of field paths, and every object is closed
 * (`additionalProperties: false`) so that a misspelt optional field is flagged instead of silently ignored.
 * Run as a script (`npm run scenario:schema`) it rewrites `docs/scenario.schema.json`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ScenarioSchema, type Problem } from '../../game/index.ts';

/** Where the checked-in schema lives, relative to the repository root. */
export const SCHEMA_FILE = 'docs/scenario.schema.json';
/** The `$schema` value a shipped scenario in `game/scenarios/` carries. */
export const SCENARIO_SCHEMA_REF = '../../docs/scenario.schema.json';

type Json = { [key: string]: unknown };

/** One-line help shown by an editor on hover, by field path (`*` stands for any array item). */
const DESCRIPTIONS: Record<string, string> = {
  '': 'A Roof of the World scenario. Check it with: npm run scenario:check -- path/to/file.json',
  $schema: 'Link to the scenario JSON Schema, for editors; the game ignores it.',
  format: 'Scenario format version; always 1.',
  id: 'Unique id: lower-case letters, digits and dashes.',
  title: 'Title shown on the start screen. A string, or { "en": "...", "ru": "..." }.',
  summary: 'A paragraph introducing the situation.',
  startDate: 'When the scenario begins, e.g. "October 2016".',
  rounds: 'Number of rounds (seasons), 1–20; a lesson fits 6–8.',
  order: 'Turn order in round 1: each of the five powers once.',
  rivalries: 'Pairs of rival powers: an exercise by one where the other has influence raises tension.',
  rules: 'The rules table: every number the rules use.',
  'rules.actionsPerTurn': 'Actions each power takes on its turn (1–5).',
  'rules.rotateOrder': 'Rotate the turn order by one each round.',
  'rules.control': 'Control: influence ≥ stability × thresholdFactor and a lead ≥ stability × leadFactor.',
  'rules.income': 'Income paid at the start of each round.',
  'rules.aid': 'Aid: cost in IP, influence gained; domestic aid also lowers threat.',
  'rules.base': 'Bases: build and expand costs, maximum level, influence and threat suppression.',
  'rules.exercise': 'Joint exercises: costs, threat reduction, influence gained, tension with rivals.',
  'rules.coalition': 'Coalitions: costs and counterterrorism (threat removed in member hosts each round).',
  'rules.threat': 'Threat spread and incidents.',
  'rules.tension': 'Great-power tension: starting value, fall per round, maximum (a crisis if suddenDeath has one).',
  summarySource: 'Where the summary comes from: its kind (article, background, mechanism, speculation) and a citation.',
  powers: 'Each power: starting IP, economy (IP per round), a one-line blurb and, optionally, the blurb\u2019s source.',
  regions: 'The regions in play, with stability, threat, value, threat growth, influence and bases.',
  'regions.*.id': 'A region from the catalogue (its host country is fixed by the id).',
  'regions.*.stability': 'Influence needed to control the region (times rules.control.thresholdFactor).',
  'regions.*.threat': 'Starting threat; above stability an incident strikes.',
  'regions.*.value': 'IP per round to the power controlling it (times rules.income.perControlledValue).',
  'regions.*.threatGrowth': 'Chance (0–1) each round that threat grows by one.',
  'regions.*.influence': 'Starting influence by power; powers left out start at 0.',
  'regions.*.bases': 'Bases standing at the start.',
  'regions.*.bases.*.leaseEndsRound': 'The base is withdrawn at the end of this round (a lease running out).',
  'regions.*.bases.*.leaseLabel': 'What the lease is called in history, e.g. "2042".',
  borders: 'Pairs of neighbouring regions: threat spreads along them.',
  coalitions: 'Coalitions standing at the start (ids like "c1" are kept for coalitions formed in play).',
  events: 'The event deck: one card is drawn each round.',
  'events.*.round': 'Draw this card in this round instead of at random.',
  'events.*.source':
    'What the text is: from the article (citing its line and a quote), background (true, not from the article), mechanism (a game rule) or speculation.',
  'events.*.choice': 'A decision for one power: each option has its own effects.',
  objectives: 'Each power’s victory points, scored every round.',
  agendas: 'Secret agendas, one dealt to each power at random from its own, scored at the end.',
  suddenDeath: 'Conditions that end the game early: dominance (control of N regions) or crisis (tension at max).',
  history: 'What happened in history, shown on the end screen beside the game’s result.',
  teacherNotes: 'Learning goals, background (each with its source) and discussion questions for the debrief.',
  tutorial: 'Teaching prompts for a guided game, shown on the board in their round to their power.',
  'tutorial.*.action': 'The action the prompt teaches; the board may highlight it.',
  'tutorial.*.region': 'The region the prompt points at; the board may highlight it.',
};

/** Remove zod's "any safe integer" bounds, which only clutter an editor's hints. */
function tidy(node: unknown, path: string, describe = true): void {
  if (Array.isArray(node)) return node.forEach((n) => tidy(n, path, describe));
  if (typeof node !== 'object' || node === null) return;
  const o = node as Json;
  if (o.maximum === Number.MAX_SAFE_INTEGER) delete o.maximum;
  if (o.minimum === Number.MIN_SAFE_INTEGER) delete o.minimum;
  const props = o.properties as Json | undefined;
  if (o.type === 'object' && props && o.additionalProperties === undefined) o.additionalProperties = false;
  const description = DESCRIPTIONS[path];
  if (describe && description && (props || o.type !== undefined || o.anyOf || o.oneOf) && o.description === undefined) {
    o.description = description;
  }
  if (props) for (const [k, v] of Object.entries(props)) tidy(v, path ? `${path}.${k}` : k);
  if (o.items) tidy(o.items, `${path}.*`);
  if (typeof o.additionalProperties === 'object') tidy(o.additionalProperties, `${path}.*`);
  if (Array.isArray(o.prefixItems)) tidy(o.prefixItems, `${path}.*`);
  for (const key of ['anyOf', 'oneOf'] as const) if (Array.isArray(o[key])) tidy(o[key], path, false);
}

/** The JSON Schema of a scenario file, as plain data. */
export function scenarioJsonSchema(): Json {
  const schema = z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'throw' }) as Json;
  tidy(schema, '');
  return { $schema: schema.$schema, title: 'Roof of the World scenario', ...schema };
}

/** The schema file's text, formatted as the repository's prettier settings would leave it. */
export async function scenarioSchemaText(): Promise<string> {
  const prettier = await import('prettier');
  const file = fileURLToPath(new URL(`../../${SCHEMA_FILE}`, import.meta.url));
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(JSON.stringify(scenarioJsonSchema()), { ...options, parser: 'json' });
}

/** Pick the branch of an anyOf/oneOf that a value is meant for (by its `type` tag, or its JSON type). */
function branchFor(options: Json[], value: unknown): Json | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const tag = (value as Json).type;
  const tagged = options.find((b) => ((b.properties as Json | undefined)?.type as Json | undefined)?.const === tag);
  return tagged ?? options.find((b) => b.type === 'object');
}

/**
 * Fields a file sets that the format does not know (a typo such as `leaseEndRound`). The engine
 * ignores them, so they are reported as warnings with their paths.
 */
export function unknownFields(value: unknown, schema: Json = scenarioJsonSchema(), path = ''): Problem[] {
  const at = (k: string | number) => (path ? `${path}.${k}` : String(k));
  const options = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (options) {
    const branch = branchFor(options, value);
    return branch ? unknownFields(value, branch, path) : [];
  }
  if (Array.isArray(value)) {
    const prefix = schema.prefixItems as Json[] | undefined;
    return value.flatMap((v, i) => {
      const item = prefix?.[i] ?? (schema.items as Json | undefined);
      return item && typeof item === 'object' ? unknownFields(v, item, at(i)) : [];
    });
  }
  if (typeof value !== 'object' || value === null) return [];
  const props = (schema.properties ?? {}) as Json;
  const extra = schema.additionalProperties;
  return Object.entries(value as Json).flatMap(([k, v]) => {
    // Own keys only: a plain lookup would find `constructor` or `toString` on Object.prototype.
    const known = Object.hasOwn(props, k) ? (props[k] as Json) : undefined;
    if (known) return unknownFields(v, known, at(k));
    if (extra === false) return [{ path: at(k), message: `unknown field "${k}" (the game ignores it)` }];
    return typeof extra === 'object' && extra !== null ? unknownFields(v, extra as Json, at(k)) : [];
  });
}

async function main(): Promise<void> {
  const file = fileURLToPath(new URL(`../../${SCHEMA_FILE}`, import.meta.url));
  const text = await scenarioSchemaText();
  const old = await readFile(file, 'utf8').catch(() => '');
  if (old === text) {
    console.log(`${SCHEMA_FILE} is up to date`);
    return;
  }
  await writeFile(file, text);
  console.log(`wrote ${SCHEMA_FILE}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
