/**
 * The scenario format, as a zod schema. A scenario is data a teacher can write: every balance number,
 * region, event and objective lives here, never inline in the rules. Loading validates against this
 * schema — fields, and the rules between fields that would make a game impossible or meaningless
 * (`crossFieldRules`) — and the reference checks in `scenario.ts`, so a malformed file is refused with
 * the path of the bad field instead of failing later in play.
 */
import { z } from 'zod';
import { ACTION_KINDS, POWERS, REGIONS } from './vocabulary.ts';

export const PowerSchema = z.enum(POWERS);
export const RegionIdSchema = z.enum(REGIONS as [string, ...string[]]).transform((r) => r as (typeof REGIONS)[number]);
const count = z.number().int().min(0);
const positive = z.number().int().min(1);
const chance = z.number().min(0).max(1);
const text = z.string().min(1);
/**
 * Text a player reads: a plain string (English), or one string per language code with English required,
 * e.g. `{ "en": "Talks in Beijing", "ru": "Переговоры в Пекине" }`. `textIn` picks the language.
 */
export const LocalTextSchema = z.union([text, z.object({ en: text }).catchall(z.string().min(1))]);
export type LocalText = z.infer<typeof LocalTextSchema>;
const local = LocalTextSchema;
const byPowerOf = <T extends z.ZodType>(t: T) =>
  z.object({ russia: t, china: t, tajikistan: t, pakistan: t, afghanistan: t });

/** The numbers of one power's special ability (which of them matter depends on the power: docs/rules.md). */
const SpecialRulesSchema = z.object({
  cost: count,
  influence: count.default(0),
  threat: count.default(0),
  ip: count.default(0),
  tension: count.default(0),
  /** China's investment: how much the region's value and the host's economy rise. */
  value: count.default(1),
  /** Pakistan's corridor: influence China gains beside Pakistan. */
  partnerInfluence: count.default(1),
});

/** The rules table: every number the rules use. */
export const RulesSchema = z.object({
  rotateOrder: z.boolean(),
  maxInfluence: positive,
  maxThreat: positive,
  maxStability: positive,
  /** Highest value a region can reach (China's investment raises value). */
  maxValue: positive,
  control: z.object({
    /** Influence needed, as a multiple of the region's stability. */
    thresholdFactor: z.number().min(0),
    /** Lead over every rival needed, as a multiple of the region's stability. */
    leadFactor: z.number().min(0),
  }),
  income: z.object({
    /** IP per point of value in each region a power controls. */
    perControlledValue: count,
    /** IP the host gains at income for each foreign base level on its soil (rent). */
    baseRentPerLevel: count,
    /** IP kept from one round to the next; the rest is lost at income (IP is a budget). */
    carryOver: count,
  }),
  doors: z.object({
    /** Highest price a host may charge at a door. */
    maxPrice: count,
    /** Door changes a host may make, free, in one turn. */
    changesPerTurn: positive,
    /** Tension at the round's end for each door a host keeps closed to a great power it shares a bloc with. */
    closedTension: count,
  }),
  aid: z.object({
    cost: positive,
    maxSize: positive,
    /** Influence for each size of a package. */
    influence: positive,
    /** Threat removed for each size of aid given at home. */
    domesticThreatReduction: count,
    /** IP the host gains at the next income for each size of foreign aid received. */
    dividend: count,
  }),
  base: z.object({
    buildCost: positive,
    expandCost: positive,
    maxLevel: positive,
    /** Influence gained at once when a base is built or expanded. */
    influence: count,
    /** Influence the owner gains each income step for each base level (lasting influence). */
    influencePerLevel: count,
    /** Threat removed each threat step by a base (any level). */
    threatSuppression: count,
    /** Tension when a base is built or expanded where a rival has influence. */
    tension: count,
  }),
  exercise: z.object({
    /** Cost of each size. */
    cost: positive,
    /** Cost of each size when the actor and the host share a bloc. */
    coalitionCost: positive,
    maxSize: positive,
    /** Threat removed for each size. */
    threatReduction: count,
    /** Influence for the actor for each size. */
    actorInfluence: count,
    /** Influence for the host, when the exercise is abroad. */
    partnerInfluence: count,
    /** Tension added when a rival of the actor has influence in the region. */
    tension: count,
  }),
  coalition: z.object({
    foundCost: positive,
    joinCost: positive,
    /** IP a power pays to leave a bloc. */
    leaveCost: count,
    /** Tension when a power leaves a bloc (blamed on it). */
    leaveTension: count,
    /** Tension at each round's end for each power in two blocs whose leaders are rivals (blamed on it). */
    doubleTension: count,
    /** Threat removed at the threat step where two or more members of one bloc operated this round. */
    jointThreat: count,
    /** Influence each of them gains there. */
    jointInfluence: count,
  }),
  special: byPowerOf(SpecialRulesSchema),
  threat: z.object({
    /** A region at this threat or more spreads threat to its lower neighbours. */
    spreadAt: positive,
    spreadChance: chance,
    incidentInfluenceLoss: count,
    incidentStabilityLoss: count,
    /** Threat an incident spends where it strikes. */
    incidentThreatRelief: count.default(1),
    minStability: positive,
  }),
  tension: z.object({
    start: count,
    decay: count,
    /** From this tension up (the danger zone) no base may be built, exercises are size 1 and Russia cannot drill. */
    danger: positive,
    max: positive,
    /** VP the power most to blame loses when a crisis ends the game. */
    crisisPenalty: count,
  }),
});
export type Rules = z.infer<typeof RulesSchema>;

const regionList = z.array(RegionIdSchema).min(1);

const coalitionId = z.string().regex(/^[a-z0-9-]+$/);

/**
 * Objectives: public ones are scored in the scoring rounds, agendas once at the end; either way a power
 * scores only its gain over what the objective was worth when the game started.
 */
export const ObjectiveSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('control'), regions: regionList, vp: positive }),
  z.object({ type: z.literal('influence'), regions: regionList, per: positive, vp: positive }),
  z.object({ type: z.literal('bases'), vp: positive }),
  z.object({ type: z.literal('coalitionPartners'), vp: positive }),
  z.object({ type: z.literal('security'), regions: regionList, maxThreat: count, vp: positive }),
  z.object({ type: z.literal('noForeignControl'), regions: regionList, vp: positive }),
  z.object({ type: z.literal('outweigh'), rival: PowerSchema, regions: regionList, vp: positive }),
  z.object({ type: z.literal('aidReceived'), from: z.array(PowerSchema).min(1), vp: positive }),
  z.object({ type: z.literal('lowTension'), atMost: count, vp: positive }),
  /** Door fees received this game, `vp` for every `per` IP. */
  z.object({ type: z.literal('fees'), per: positive, vp: positive }),
  /** Not a member of this bloc (e.g. a Dushanbe that has left the CSTO). */
  z.object({ type: z.literal('notMember'), coalition: coalitionId, vp: positive }),
  /** This bloc has at most `members` members, or is gone (e.g. a Moscow set on breaking the Quadrilateral). */
  z.object({ type: z.literal('blocAtMost'), coalition: coalitionId, members: count, vp: positive }),
]);
export type Objective = z.infer<typeof ObjectiveSchema>;

/** Effects an event card applies. */
export const EffectSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('influence'), power: PowerSchema, regions: regionList, amount: z.number().int() }),
  z.object({ type: z.literal('threat'), regions: regionList, amount: z.number().int() }),
  z.object({ type: z.literal('stability'), regions: regionList, amount: z.number().int() }),
  z.object({ type: z.literal('ip'), power: PowerSchema, amount: z.number().int() }),
  z.object({ type: z.literal('economy'), power: PowerSchema, amount: z.number().int() }),
  z.object({ type: z.literal('base'), owner: PowerSchema, region: RegionIdSchema, levels: positive }),
  z.object({ type: z.literal('tension'), amount: z.number().int() }),
  z.object({ type: z.literal('value'), regions: regionList, amount: z.number().int() }),
  /** Set a host's door to a guest: a price, or null to close it. */
  z.object({ type: z.literal('door'), host: PowerSchema, guest: PowerSchema, price: count.nullable() }),
  z.object({ type: z.literal('vp'), power: PowerSchema, amount: z.number().int() }),
]);
export type Effect = z.infer<typeof EffectSchema>;

/**
 * What a text is, for the reader who must tell history from the game:
 * - `article`: a fact the source article states (EDM 13/185); its citation names the line, and a quote
 *   in it must appear on that line;
 * - `background`: true general knowledge that is not in the article;
 * - `mechanism`: a rule or number of the game, not a claim about the world (e.g. base rent);
 * - `speculation`: what might have happened, or might happen — a counterfactual past or an imagined future.
 */
export const SOURCE_KINDS = ['article', 'background', 'mechanism', 'speculation'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Where a text comes from: its kind and a citation for the reader, in each language (an article
 * citation reads "EDM 13/185, line 19: “…”" in English and "EDM 13/185, строка 19: «…»" in Russian).
 * Files written before Rules 2.0 said `counterfactual`: it loads as `speculation`.
 */
export const SourceSchema = z.object({
  kind: z
    .enum([...SOURCE_KINDS, 'counterfactual'])
    .transform((k): SourceKind => (k === 'counterfactual' ? 'speculation' : k)),
  citation: LocalTextSchema,
});
export type Source = z.infer<typeof SourceSchema>;

export const EventSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'an id of lower-case letters, digits and dashes'),
  title: local,
  text: local,
  source: SourceSchema,
  /** Drawn in this round instead of at random. */
  round: positive.optional(),
  effects: z.array(EffectSchema),
  choice: z
    .object({
      power: PowerSchema,
      prompt: local,
      options: z
        .array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), label: local, effects: z.array(EffectSchema) }))
        .min(2),
    })
    .optional(),
});
export type EventCard = z.infer<typeof EventSchema>;

export const AgendaSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  power: PowerSchema,
  title: local,
  text: local,
  objective: ObjectiveSchema,
});
export type Agenda = z.infer<typeof AgendaSchema>;

export const BaseSchema = z.object({
  owner: PowerSchema,
  level: positive,
  /** The base is withdrawn at the end of this round (a lease that runs out). */
  leaseEndsRound: positive.optional(),
  /** What the lease is called in history, e.g. "2042". */
  leaseLabel: z.string().optional(),
});

export const RegionSetupSchema = z.object({
  id: RegionIdSchema,
  stability: positive,
  threat: count,
  value: count,
  /** Chance each round that threat here grows by one (an insurgency's home ground). */
  threatGrowth: chance,
  influence: byPowerOf(count).partial(),
  bases: z.array(BaseSchema).default([]),
});

export const CoalitionSetupSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: local,
  leader: PowerSchema,
  members: z.array(PowerSchema).min(2),
  source: SourceSchema.optional(),
});

export const SuddenDeathSchema = z.discriminatedUnion('type', [
  /** A power controlling this many regions ends the game at scoring. */
  z.object({ type: z.literal('dominance'), regions: positive, vp: count }),
  /** Great-power tension at its maximum ends the game at once. */
  z.object({ type: z.literal('crisis') }),
]);
export type SuddenDeath = z.infer<typeof SuddenDeathSchema>;

/**
 * One teaching prompt of a guided game, for the board to show: in a round, to one power (or everyone),
 * pointing at the action (or the answer, or the event choice) to try, the region to try it in, and the
 * part of the board it explains.
 */
/** What a tutorial prompt can point at on the board, to explain it where it appears. */
export const TUTORIAL_MARKS = ['ip', 'vp', 'threat', 'tension', 'blocs', 'doors'] as const;
export type TutorialMark = (typeof TUTORIAL_MARKS)[number];

export const TutorialStepSchema = z.object({
  round: positive,
  power: PowerSchema.optional(),
  action: z.enum([...ACTION_KINDS, 'door', 'choose']).optional(),
  region: RegionIdSchema.optional(),
  /** The board element the prompt explains (highlighted while it shows). */
  point: z.enum(TUTORIAL_MARKS).optional(),
  title: local.optional(),
  prompt: local,
});
export type TutorialStep = z.infer<typeof TutorialStepSchema>;

const ScenarioFields = z.object({
  /** The editor's link to docs/scenario.schema.json; ignored by the game. */
  $schema: z.string().optional(),
  format: z.literal(1),
  id: z.string().regex(/^[a-z0-9-]+$/, 'an id of lower-case letters, digits and dashes'),
  title: local,
  summary: local,
  startDate: local,
  rounds: positive.max(20),
  /** Turn order in round 1; with rules.rotateOrder it rotates by one each round. */
  order: z.array(PowerSchema).length(5),
  rivalries: z.array(z.tuple([PowerSchema, PowerSchema])),
  /** The rounds at whose end the public objectives are scored (the last round should be one of them). */
  scoring: z.array(positive).min(1),
  rules: RulesSchema,
  /**
   * Each host's doors at the start, per guest: a price, or null for closed. A host or guest left out gets
   * the door open at price 0.
   */
  doors: z.partialRecord(PowerSchema, byPowerOf(count.nullable()).partial()).default({}),
  /** Where the summary's claims come from (optional: a teacher's own scenario may leave it out). */
  summarySource: SourceSchema.optional(),
  powers: byPowerOf(
    z.object({
      ip: count,
      economy: count,
      blurb: local,
      /** Where the blurb's claims come from (optional). */
      source: SourceSchema.optional(),
    }),
  ),
  regions: z.array(RegionSetupSchema).min(2),
  borders: z.array(z.tuple([RegionIdSchema, RegionIdSchema])),
  coalitions: z.array(CoalitionSetupSchema),
  events: z.array(EventSchema),
  objectives: byPowerOf(z.array(ObjectiveSchema).min(1)),
  agendas: z.array(AgendaSchema),
  suddenDeath: z.array(SuddenDeathSchema),
  history: z.object({
    outcome: local,
    source: SourceSchema,
    /** Optional: the power that led in these regions in history, for the debrief's comparison. */
    leader: z.object({ power: PowerSchema, regions: regionList }).optional(),
  }),
  teacherNotes: z.object({
    goals: z.array(local).min(1),
    background: z.array(z.object({ text: local, source: SourceSchema })),
    questions: z.array(local).min(1),
  }),
  /** Teaching prompts for a guided game (the tutorial); absent in ordinary scenarios. */
  tutorial: z.array(TutorialStepSchema).optional(),
});
/**
 * Rules between fields of one scenario that a field's own type cannot say, each reported at the field
 * to change: a start that ends the game before anyone moves, a bound below its own minimum, a lease or
 * a sudden death that can never happen, a power scored against itself.
 */
function crossFieldRules(s: z.infer<typeof ScenarioFields>, ctx: z.RefinementCtx): void {
  const add = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const { rules } = s;
  const crisis = s.suddenDeath.some((r) => r.type === 'crisis');
  if (rules.tension.start > rules.tension.max)
    add(['rules', 'tension', 'start'], `at most rules.tension.max (${rules.tension.max})`);
  else if (crisis && rules.tension.start === rules.tension.max)
    add(
      ['rules', 'tension', 'start'],
      `below rules.tension.max (${rules.tension.max}): with a crisis rule the game would end in crisis before anyone moves`,
    );
  if (rules.tension.danger > rules.tension.max)
    add(['rules', 'tension', 'danger'], `at most rules.tension.max (${rules.tension.max})`);
  s.scoring.forEach((r, i) => {
    if (r > s.rounds) add(['scoring', i], `the game has only ${s.rounds} rounds`);
  });
  for (const [host, row] of Object.entries(s.doors)) {
    for (const [guest, price] of Object.entries(row ?? {})) {
      if (guest === host) add(['doors', host, guest], `${host} needs no door to itself`);
      else if (price !== null && price !== undefined && price > rules.doors.maxPrice)
        add(['doors', host, guest], `at most rules.doors.maxPrice (${rules.doors.maxPrice})`);
    }
  }
  const known = new Set(s.coalitions.map((c) => c.id));
  const blocRef = (path: (string | number)[], o: Objective) => {
    if ((o.type === 'notMember' || o.type === 'blocAtMost') && !known.has(o.coalition))
      add([...path, 'coalition'], `no coalition "${o.coalition}" in coalitions`);
  };
  for (const p of POWERS) s.objectives[p].forEach((o, i) => blocRef(['objectives', p, i], o));
  s.agendas.forEach((a, i) => blocRef(['agendas', i, 'objective'], a.objective));
  if (rules.threat.minStability > rules.maxStability)
    add(['rules', 'threat', 'minStability'], `at most rules.maxStability (${rules.maxStability})`);
  if (rules.threat.spreadAt > rules.maxThreat)
    add(['rules', 'threat', 'spreadAt'], `at most rules.maxThreat (${rules.maxThreat}), or threat never spreads`);
  s.regions.forEach((r, i) => {
    if (r.value > rules.maxValue) add(['regions', i, 'value'], `at most rules.maxValue (${rules.maxValue})`);
  });
  s.regions.forEach((r, i) =>
    r.bases.forEach((b, j) => {
      if (b.leaseEndsRound !== undefined && b.leaseEndsRound > s.rounds)
        add(
          ['regions', i, 'bases', j, 'leaseEndsRound'],
          `the game has only ${s.rounds} rounds (leave it out for a lease that outlasts the game)`,
        );
    }),
  );
  const selfRival = (path: (string | number)[], power: string, o: Objective) => {
    if (o.type === 'outweigh' && o.rival === power) add([...path, 'rival'], `${power} cannot be its own rival`);
  };
  for (const p of POWERS) s.objectives[p].forEach((o, i) => selfRival(['objectives', p, i], p, o));
  s.agendas.forEach((a, i) => selfRival(['agendas', i, 'objective'], a.power, a.objective));
  s.suddenDeath.forEach((r, i) => {
    if (r.type === 'dominance' && r.regions > s.regions.length)
      add(['suddenDeath', i, 'regions'], `the scenario has only ${s.regions.length} regions`);
  });
}

export const ScenarioSchema = ScenarioFields.superRefine(crossFieldRules);
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
export type RegionSetup = Scenario['regions'][number];
