/**
 * Loading scenarios: the shipped ones and the tiny fixture load; each malformed variant of the fixture
 * is refused with a problem naming the right field path (schema errors and cross-field checks alike),
 * and never by throwing.
 */
import { describe, expect, it } from 'vitest';
import { tinyInput } from '../tests/fixtures/builders.ts';
import { SCENARIOS, formatProblem, loadScenario, parseScenario } from './index.ts';
import type { ScenarioInput } from './index.ts';

/** A loose view of the input, for writing wrong values into it. */
type Loose = Record<string, unknown> & ScenarioInput;

interface Bad {
  name: string;
  path: string;
  spoil: (s: Loose) => void;
  /** A word the message must contain, when the message is ours (cross-field checks). */
  says?: string;
}

const BAD: Bad[] = [
  { name: 'a wrong format number', path: 'format', spoil: (s) => void (s.format = 2 as 1) },
  { name: 'an id with spaces', path: 'id', spoil: (s) => void (s.id = 'Bad Id') },
  { name: 'no title', path: 'title', spoil: (s) => void delete (s as Partial<Loose>).title },
  { name: 'localised text without English', path: 'summary', spoil: (s) => void (s.summary = { ru: 'Нет' } as never) },
  { name: 'zero rounds', path: 'rounds', spoil: (s) => void (s.rounds = 0) },
  { name: 'too many rounds', path: 'rounds', spoil: (s) => void (s.rounds = 21) },
  { name: 'fractional rounds', path: 'rounds', spoil: (s) => void (s.rounds = 2.5) },
  { name: 'an order of four', path: 'order', spoil: (s) => void s.order.pop() },
  { name: 'an order naming a power twice', path: 'order', spoil: (s) => void (s.order[4] = 'russia'), says: 'once' },
  { name: 'an unknown power in the order', path: 'order.0', spoil: (s) => void (s.order[0] = 'france' as never) },
  {
    name: 'a rivalry with itself',
    path: 'rivalries.0',
    spoil: (s) => void (s.rivalries[0] = ['china', 'china']),
    says: 'rival',
  },
  { name: 'a negative cost', path: 'rules.aid.cost', spoil: (s) => void (s.rules.aid.cost = -1) },
  {
    name: 'a chance above one',
    path: 'rules.threat.spreadChance',
    spoil: (s) => void (s.rules.threat.spreadChance = 2),
  },
  {
    name: 'a missing rule',
    path: 'rules.base.maxLevel',
    spoil: (s) => void delete (s.rules.base as Partial<typeof s.rules.base>).maxLevel,
  },
  {
    name: 'no door changes a turn',
    path: 'rules.doors.changesPerTurn',
    spoil: (s) => void (s.rules.doors.changesPerTurn = 0),
  },
  {
    name: 'a danger zone above the crisis',
    path: 'rules.tension.danger',
    spoil: (s) => void (s.rules.tension.danger = s.rules.tension.max + 1),
    says: 'max',
  },
  {
    name: 'a scoring round past the last',
    path: 'scoring.1',
    spoil: (s) => void (s.scoring = [1, 99]),
    says: 'rounds',
  },
  { name: 'no scoring round', path: 'scoring', spoil: (s) => void (s.scoring = []) },
  {
    name: 'a door price above maxPrice',
    path: 'doors.tajikistan.china',
    spoil: (s) => void (s.doors!.tajikistan!.china = s.rules.doors.maxPrice + 1),
    says: 'maxPrice',
  },
  {
    name: 'a door to itself',
    path: 'doors.tajikistan.tajikistan',
    spoil: (s) => void (s.doors!.tajikistan!.tajikistan = 0),
    says: 'itself',
  },
  {
    name: 'a power missing',
    path: 'powers.pakistan',
    spoil: (s) => void delete (s.powers as Partial<typeof s.powers>).pakistan,
  },
  { name: 'IP as text', path: 'powers.china.ip', spoil: (s) => void (s.powers.china.ip = 'ten' as never) },
  { name: 'one region only', path: 'regions', spoil: (s) => void s.regions.splice(1) },
  { name: 'an unknown region', path: 'regions.0.id', spoil: (s) => void (s.regions[0]!.id = 'atlantis' as never) },
  {
    name: 'stability as text',
    path: 'regions.1.stability',
    spoil: (s) => void (s.regions[1]!.stability = 'three' as never),
  },
  { name: 'a region twice', path: 'regions.1.id', spoil: (s) => void (s.regions[1]!.id = 'dushanbe'), says: 'twice' },
  {
    name: 'stability above the maximum',
    path: 'regions.0.stability',
    spoil: (s) => void (s.regions[0]!.stability = 7),
    says: 'maxStability',
  },
  {
    name: 'threat above the maximum',
    path: 'regions.2.threat',
    spoil: (s) => void (s.regions[2]!.threat = 7),
    says: 'maxThreat',
  },
  {
    name: 'influence above the maximum',
    path: 'regions.0.influence.russia',
    spoil: (s) => void (s.regions[0]!.influence = { russia: 11 }),
    says: 'maxInfluence',
  },
  {
    name: 'negative influence',
    path: 'regions.0.influence.china',
    spoil: (s) => void (s.regions[0]!.influence = { china: -1 }),
  },
  {
    name: 'a growth chance above one',
    path: 'regions.3.threatGrowth',
    spoil: (s) => void (s.regions[3]!.threatGrowth = 1.5),
  },
  {
    name: 'two bases of one owner in a region',
    path: 'regions.0.bases.1.owner',
    spoil: (s) =>
      void (s.regions[0]!.bases = [
        { owner: 'russia', level: 1 },
        { owner: 'russia', level: 1 },
      ]),
    says: 'already',
  },
  {
    name: 'a base above the maximum level',
    path: 'regions.0.bases.0.level',
    spoil: (s) => void (s.regions[0]!.bases = [{ owner: 'russia', level: s.rules.base.maxLevel + 1 }]),
    says: 'maxLevel',
  },
  {
    name: 'a base of level zero',
    path: 'regions.0.bases.0.level',
    spoil: (s) => void (s.regions[0]!.bases = [{ owner: 'russia', level: 0 }]),
  },
  {
    name: 'a border to a region not in play',
    path: 'borders.0.1',
    spoil: (s) => void (s.borders[0] = ['dushanbe', 'sughd']),
    says: 'not in',
  },
  {
    name: 'a region bordering itself',
    path: 'borders.0',
    spoil: (s) => void (s.borders[0] = ['gbao', 'gbao']),
    says: 'itself',
  },
  {
    name: 'a border listed twice',
    path: 'borders.1',
    spoil: (s) => void (s.borders[1] = ['gbao', 'dushanbe']),
    says: 'twice',
  },
  {
    name: 'a coalition leader outside it',
    path: 'coalitions.0.leader',
    spoil: (s) => void (s.coalitions[0]!.leader = 'china'),
    says: 'leader',
  },
  {
    name: 'a coalition id kept for play',
    path: 'coalitions.0.id',
    spoil: (s) => void (s.coalitions[0]!.id = 'c1'),
    says: 'kept',
  },
  {
    name: 'a coalition member twice',
    path: 'coalitions.0.members',
    spoil: (s) => void (s.coalitions[0]!.members = ['russia', 'russia']),
    says: 'twice',
  },
  {
    name: 'a coalition of one',
    path: 'coalitions.0.members',
    spoil: (s) => void (s.coalitions[0]!.members = ['russia']),
  },
  {
    name: 'an event pinned past the last round',
    path: 'events.0.round',
    spoil: (s) => void (s.events = [event('late', { round: 4 })]),
    says: 'rounds',
  },
  {
    name: 'two events with one id',
    path: 'events.1.id',
    spoil: (s) => void (s.events = [event('same'), event('same')]),
    says: 'twice',
  },
  {
    name: 'two events pinned to one round',
    path: 'events',
    spoil: (s) => void (s.events = [event('one', { round: 2 }), event('two', { round: 2 })]),
    says: 'same round',
  },
  {
    name: 'an effect on a region not in play',
    path: 'events.0.effects.0.regions.1',
    spoil: (s) =>
      void (s.events = [event('e', { effects: [{ type: 'threat', regions: ['gbao', 'sughd'], amount: 1 }] })]),
    says: 'not in',
  },
  {
    name: 'a base effect in a region not in play',
    path: 'events.0.effects.0.region',
    spoil: (s) =>
      void (s.events = [event('e', { effects: [{ type: 'base', owner: 'china', region: 'khyber', levels: 1 }] })]),
  },
  {
    name: 'an unknown effect type',
    path: 'events.0.effects.0.type',
    spoil: (s) => void (s.events = [event('e', { effects: [{ type: 'magic' } as never] })]),
  },
  {
    name: 'a choice with one option',
    path: 'events.0.choice.options',
    spoil: (s) => void (s.events = [event('e', { choice: choice([{ id: 'only', label: 'Only', effects: [] }]) })]),
  },
  {
    name: 'a choice with two options of one id',
    path: 'events.0.choice.options',
    spoil: (s) =>
      void (s.events = [
        event('e', {
          choice: choice([
            { id: 'x', label: 'X', effects: [] },
            { id: 'x', label: 'Y', effects: [] },
          ]),
        }),
      ]),
    says: 'differ',
  },
  {
    name: "an option's effect on a region not in play",
    path: 'events.0.choice.options.1.effects.0.regions.0',
    spoil: (s) =>
      void (s.events = [
        event('e', {
          choice: choice([
            { id: 'x', label: 'X', effects: [] },
            { id: 'y', label: 'Y', effects: [{ type: 'stability', regions: ['rasht'], amount: 1 }] },
          ]),
        }),
      ]),
    says: 'not in',
  },
  { name: 'a power without objectives', path: 'objectives.china', spoil: (s) => void (s.objectives.china = []) },
  {
    name: 'an objective on a region not in play',
    path: 'objectives.russia.0.regions.0',
    spoil: (s) => void (s.objectives.russia = [{ type: 'control', regions: ['sughd'], vp: 1 }]),
    says: 'not in',
  },
  {
    name: 'an unknown objective type',
    path: 'objectives.russia.0.type',
    spoil: (s) => void (s.objectives.russia = [{ type: 'glory', vp: 1 } as never]),
  },
  {
    name: 'an objective worth nothing',
    path: 'objectives.russia.0.vp',
    spoil: (s) => void (s.objectives.russia = [{ type: 'bases', vp: 0 }]),
  },
  { name: 'a power with no agenda', path: 'agendas', spoil: (s) => void s.agendas.pop(), says: 'afghanistan' },
  {
    name: 'two agendas with one id',
    path: 'agendas.1.id',
    spoil: (s) => void (s.agendas[1]!.id = 'russia-a'),
    says: 'twice',
  },
  {
    name: 'an agenda on a region not in play',
    path: 'agendas.0.objective.regions.0',
    spoil: (s) => void (s.agendas[0]!.objective = { type: 'control', regions: ['kunduz'], vp: 1 }),
  },
  {
    name: 'an unknown sudden death',
    path: 'suddenDeath.0.type',
    spoil: (s) => void (s.suddenDeath = [{ type: 'plague' } as never]),
  },
  {
    name: 'dominance of zero regions',
    path: 'suddenDeath.0.regions',
    spoil: (s) => void (s.suddenDeath = [{ type: 'dominance', regions: 0, vp: 1 }]),
  },
  {
    name: 'a source of an unknown kind',
    path: 'history.source.kind',
    spoil: (s) => void (s.history.source.kind = 'rumour' as never),
  },
  { name: 'no teaching goals', path: 'teacherNotes.goals', spoil: (s) => void (s.teacherNotes.goals = []) },
];

function event(id: string, extra: Partial<ScenarioInput['events'][number]> = {}): ScenarioInput['events'][number] {
  return { id, title: id, text: id, source: { kind: 'background', citation: 'Tests' }, effects: [], ...extra };
}

function choice(options: NonNullable<ScenarioInput['events'][number]['choice']>['options']) {
  return { power: 'tajikistan' as const, prompt: 'Which?', options };
}

describe('loading scenarios', () => {
  it('the tiny fixture and every shipped scenario load', () => {
    expect(loadScenario(tinyInput()).ok).toBe(true);
    for (const scenario of Object.values(SCENARIOS)) expect(loadScenario(scenario).ok).toBe(true);
  });

  it.each(BAD)('refuses $name at $path', ({ path, spoil, says }) => {
    const input = tinyInput() as Loose;
    spoil(input);
    const loaded = loadScenario(input);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const problem = loaded.error.find((p) => p.path === path);
    expect(problem, `paths reported: ${loaded.error.map((p) => p.path).join(', ')}`).toBeDefined();
    expect(problem!.message.length).toBeGreaterThan(0);
    if (says) expect(problem!.message).toContain(says);
    expect(formatProblem(problem!)).toBe(`${path}: ${problem!.message}`);
  });

  it('reports every problem, not just the first', () => {
    const input = tinyInput();
    input.rounds = 0;
    input.regions[0]!.stability = 7;
    const loaded = loadScenario(input);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error.map((p) => p.path)).toContain('rounds');
  });

  it.each([
    ['not JSON at all', 'roof of the world'],
    ['a truncated file', JSON.stringify(tinyInput()).slice(0, 200)],
  ])('refuses %s with a JSON problem at the root', (_name, text) => {
    const parsed = parseScenario(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toHaveLength(1);
      expect(parsed.error[0]!.path).toBe('');
      expect(parsed.error[0]!.message).toMatch(/^not valid JSON/);
    }
  });

  it.each([null, 42, 'scenario', []])('refuses %j as a whole', (value) => {
    const loaded = loadScenario(value);
    expect(loaded.ok).toBe(false);
  });

  it('parses a good file', () => {
    const parsed = parseScenario(JSON.stringify(tinyInput()));
    expect(parsed.ok && parsed.value.id).toBe('tiny');
  });
});
