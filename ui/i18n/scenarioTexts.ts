/**
 * Every text a player or teacher reads in a scenario, with its path in the file: titles, summary,
 * blurbs, coalition names, event cards and their choices, agendas, the history, teacher notes and
 * tutorial prompts. Source citations are not among them: tests/scenarios/citations.test.ts checks them
 * (their quotes, lines and Russian) against the article.
 */
import type { LocalText, Scenario } from '../../game/index.ts';

export interface ScenarioText {
  path: string;
  text: LocalText;
}

/** The scenario's localisable texts, in file order. */
export function scenarioTexts(s: Scenario): ScenarioText[] {
  const out: ScenarioText[] = [];
  const add = (path: string, text: LocalText | undefined) => {
    if (text !== undefined) out.push({ path, text });
  };
  add('title', s.title);
  add('summary', s.summary);
  add('startDate', s.startDate);
  for (const [p, v] of Object.entries(s.powers)) add(`powers.${p}.blurb`, v.blurb);
  s.coalitions.forEach((c, i) => add(`coalitions.${i}.name`, c.name));
  s.events.forEach((e, i) => {
    add(`events.${i}.title`, e.title);
    add(`events.${i}.text`, e.text);
    add(`events.${i}.choice.prompt`, e.choice?.prompt);
    e.choice?.options.forEach((o, k) => add(`events.${i}.choice.options.${k}.label`, o.label));
  });
  s.agendas.forEach((a, i) => {
    add(`agendas.${i}.title`, a.title);
    add(`agendas.${i}.text`, a.text);
  });
  add('history.outcome', s.history.outcome);
  s.teacherNotes.goals.forEach((g, i) => add(`teacherNotes.goals.${i}`, g));
  s.teacherNotes.background.forEach((b, i) => add(`teacherNotes.background.${i}.text`, b.text));
  s.teacherNotes.questions.forEach((q, i) => add(`teacherNotes.questions.${i}`, q));
  (s.tutorial ?? []).forEach((t, i) => {
    add(`tutorial.${i}.title`, t.title);
    add(`tutorial.${i}.prompt`, t.prompt);
  });
  return out;
}

/** The languages a scenario claims besides English: those any of its texts is written in. */
export function claimedLanguages(s: Scenario): string[] {
  const langs = new Set<string>();
  for (const { text } of scenarioTexts(s))
    if (typeof text !== 'string') for (const l of Object.keys(text)) langs.add(l);
  langs.delete('en');
  return [...langs].sort();
}

/** The numbers in a text, thousands separators removed ("10,000" and "10 000" → 10000), sorted. */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)|\d+/g)]
    .map((m) => Number(m[0].replace(/[,\u00a0\u202f ]/g, '')))
    .sort((a, b) => a - b);
}
