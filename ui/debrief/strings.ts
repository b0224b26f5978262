/**
 * The debrief, replay and scenario-loader screens' own English strings. They live here, not in the
 * board's `ui/i18n/en.ts`, so these screens can be added without touching the board's files; a
 * translation registers its table in `DEBRIEF_STRINGS` (missing keys fall back to English).
 * Sentences take {{parameters}} so a translation can reorder them.
 */
export const DEBRIEF_EN = {
  heading: 'Debrief',
  influenceOverTime: 'Influence over time',
  scoreOverTime: 'Score over time',
  allRegions: 'All regions',
  region: 'Region',
  round: 'Round',
  setup: 'Start',
  influence: 'Influence',
  score: 'Victory points',
  showTable: 'Show the figures as a table',
  turningPoints: 'Turning points',
  noTurningPoints: 'Nothing changed hands: no region swung in any round.',
  turningPoint: 'Round {{round}}, {{region}}: {{changes}}.',
  controlChanged: 'Control passed from {{before}} to {{after}}.',
  controlGained: '{{after}} took control.',
  controlLost: '{{before}} lost control.',
  nobody: 'nobody',
  causeMove: '{{power}}: {{move}} ({{changes}})',
  causeRoundStart: 'Start of the round: {{event}} ({{changes}})',
  causeRoundStartNoEvent: 'Start of the round: income ({{changes}})',
  causeRoundEnd: 'End of the round: {{what}} ({{changes}})',
  incident: 'an incident',
  leaseEnded: "{{powers}}'s base lease ended",
  threatStep: 'threat',
  finalMap: 'The final map',
  controller: 'Controlled by',
  threat: 'Threat',
  stability: 'Stability',
  bases: 'Bases',
  history: 'Your game and history',
  inHistory: 'In history',
  leaderMatch: 'As in history, {{power}} ended the game with the most influence in {{regions}}.',
  leaderDiffer: 'In history {{history}} led in {{regions}}; in your game {{game}} did.',
  leaderTie: 'In history {{history}} led in {{regions}}; in your game no single power did.',
  result: 'Result',
  winners: 'Won by {{winners}}.',
  goals: 'Learning goals',
  questions: 'Questions for discussion',
  export: 'Keep this game',
  exportJson: 'Download the game (JSON)',
  exportCsv: 'Download the moves (CSV, for a spreadsheet)',
  print: 'Print',
  replay: 'Replay the game',
  replayHeading: 'Replay',
  first: 'To the start',
  back: 'One step back',
  forward: 'One step forward',
  last: 'To the end',
  jumpToRound: 'Jump to round',
  stepOf: 'Step {{step}} of {{total}}',
  beforeFirstMove: 'The board before the first move.',
  close: 'Close',
  loaderHeading: 'Load your own scenario',
  loaderHelp: 'Choose a scenario file (.json), or drop it here. See docs/scenarios.md for the format.',
  loaderChoose: 'Choose a file',
  loaderReading: 'Reading {{file}}…',
  loaderOk: '{{file}} is a valid scenario: {{summary}}',
  loaderSummary: '“{{title}}”, {{rounds}} rounds, {{regions}} regions, {{events}} events',
  loaderProblems: '{{file}} has {{count}} problem(s). Fix them and load the file again:',
  loaderPlay: 'Play this scenario',
  loaderNotJson: 'This is not a .json file.',
} as const;

export type DebriefKey = keyof typeof DEBRIEF_EN;

/** Tables by language code; English is complete, others may leave keys out. */
export const DEBRIEF_STRINGS: Record<string, Partial<Record<DebriefKey, string>>> = { en: DEBRIEF_EN };

/** A string in `lang` with its {{parameters}} filled in (English when the language lacks it). */
export function dt(lang: string, key: DebriefKey, params: Record<string, string | number> = {}): string {
  const base = lang.split('-')[0] ?? 'en';
  const text = DEBRIEF_STRINGS[lang]?.[key] ?? DEBRIEF_STRINGS[base]?.[key] ?? DEBRIEF_EN[key];
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`));
}
