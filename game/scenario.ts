/**
 * Loading a scenario: the schema first, then the cross-field checks a schema cannot express (a border
 * naming a region not in play, a leader outside its coalition, an agenda-less power). Every problem is
 * returned with the dotted path of its field; nothing is thrown for bad input.
 */
import type { z } from 'zod';
import { err, ok, type Problem, type Result } from './result.ts';
import { ScenarioSchema, type Effect, type Objective, type Scenario } from './schema.ts';
import { POWERS } from './vocabulary.ts';

function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

function crossChecks(s: Scenario): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const inPlay = new Set<string>();
  s.regions.forEach((r, i) => {
    if (inPlay.has(r.id)) add(`regions.${i}.id`, `region "${r.id}" appears twice`);
    inPlay.add(r.id);
    const rules = s.rules;
    if (r.stability > rules.maxStability)
      add(`regions.${i}.stability`, `at most rules.maxStability (${rules.maxStability})`);
    if (r.stability < rules.threat.minStability)
      add(`regions.${i}.stability`, `at least rules.threat.minStability (${rules.threat.minStability})`);
    if (r.threat > rules.maxThreat) add(`regions.${i}.threat`, `at most rules.maxThreat (${rules.maxThreat})`);
    for (const [p, v] of Object.entries(r.influence)) {
      if ((v ?? 0) > rules.maxInfluence)
        add(`regions.${i}.influence.${p}`, `at most rules.maxInfluence (${rules.maxInfluence})`);
    }
    const owners = new Set<string>();
    r.bases.forEach((b, j) => {
      if (owners.has(b.owner)) add(`regions.${i}.bases.${j}.owner`, `${b.owner} already has a base in ${r.id}`);
      owners.add(b.owner);
      if (b.level > rules.base.maxLevel)
        add(`regions.${i}.bases.${j}.level`, `at most rules.base.maxLevel (${rules.base.maxLevel})`);
    });
  });
  const region = (path: string, id: string) => {
    if (!inPlay.has(id)) add(path, `region "${id}" is not in this scenario's regions`);
  };
  const seenBorders = new Set<string>();
  s.borders.forEach(([a, b], i) => {
    region(`borders.${i}.0`, a);
    region(`borders.${i}.1`, b);
    if (a === b) add(`borders.${i}`, `a region cannot border itself`);
    const k = [a, b].sort().join('|');
    if (seenBorders.has(k)) add(`borders.${i}`, `border ${a}–${b} is listed twice`);
    seenBorders.add(k);
  });
  if (new Set(s.order).size !== POWERS.length) add('order', `must name each of the five powers once`);
  s.rivalries.forEach(([a, b], i) => {
    if (a === b) add(`rivalries.${i}`, `a power cannot be its own rival`);
  });
  const coalitionIds = new Set<string>();
  s.coalitions.forEach((c, i) => {
    if (coalitionIds.has(c.id)) add(`coalitions.${i}.id`, `coalition "${c.id}" appears twice`);
    coalitionIds.add(c.id);
    if (/^c\d+$/.test(c.id)) add(`coalitions.${i}.id`, `ids like "c1" are kept for coalitions formed in play`);
    if (new Set(c.members).size !== c.members.length) add(`coalitions.${i}.members`, `a member is listed twice`);
    if (!c.members.includes(c.leader)) add(`coalitions.${i}.leader`, `the leader must be one of the members`);
  });
  const objective = (path: string, o: Objective) => {
    if ('regions' in o) o.regions.forEach((id, j) => region(`${path}.regions.${j}`, id));
  };
  const effects = (path: string, list: readonly Effect[]) =>
    list.forEach((e, j) => {
      if ('regions' in e) e.regions.forEach((id, k) => region(`${path}.${j}.regions.${k}`, id));
      if (e.type === 'base') region(`${path}.${j}.region`, e.region);
    });
  const eventIds = new Set<string>();
  s.events.forEach((e, i) => {
    if (eventIds.has(e.id)) add(`events.${i}.id`, `event "${e.id}" appears twice`);
    eventIds.add(e.id);
    if (e.round !== undefined && e.round > s.rounds) add(`events.${i}.round`, `the game has only ${s.rounds} rounds`);
    effects(`events.${i}.effects`, e.effects);
    e.choice?.options.forEach((o, j) => effects(`events.${i}.choice.options.${j}.effects`, o.effects));
    const optionIds = e.choice?.options.map((o) => o.id) ?? [];
    if (new Set(optionIds).size !== optionIds.length) add(`events.${i}.choice.options`, `option ids must differ`);
  });
  const pinned = s.events.map((e) => e.round).filter((r) => r !== undefined);
  if (new Set(pinned).size !== pinned.length) add('events', `two events are pinned to the same round`);
  for (const p of POWERS) s.objectives[p].forEach((o, i) => objective(`objectives.${p}.${i}`, o));
  const agendaIds = new Set<string>();
  s.agendas.forEach((a, i) => {
    if (agendaIds.has(a.id)) add(`agendas.${i}.id`, `agenda "${a.id}" appears twice`);
    agendaIds.add(a.id);
    objective(`agendas.${i}.objective`, a.objective);
  });
  for (const p of POWERS) {
    if (!s.agendas.some((a) => a.power === p)) add('agendas', `${p} has no secret agenda to be dealt`);
  }
  s.history.leader?.regions.forEach((id, i) => region(`history.leader.regions.${i}`, id));
  s.tutorial?.forEach((t, i) => {
    if (t.round > s.rounds) add(`tutorial.${i}.round`, `the game has only ${s.rounds} rounds`);
    if (t.region !== undefined) region(`tutorial.${i}.region`, t.region);
  });
  return problems;
}

/** Validate an already-parsed scenario object. */
export function loadScenario(input: unknown): Result<Scenario, Problem[]> {
  const parsed = ScenarioSchema.safeParse(input);
  if (!parsed.success) return err(zodProblems(parsed.error));
  const problems = crossChecks(parsed.data);
  return problems.length ? err(problems) : ok(parsed.data);
}

/** Parse and validate a scenario file's text. */
export function parseScenario(text: string): Result<Scenario, Problem[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return err([{ path: '', message: `not valid JSON: ${(e as Error).message}` }]);
  }
  return loadScenario(json);
}
