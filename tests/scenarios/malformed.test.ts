/**
 * Mistakes a teacher might make in a scenario file, each refused with the path of the bad field and a
 * message that says what was expected. Each case starts from a shipped scenario's raw JSON, breaks
 * one thing, and runs the same check `npm run scenario:check` runs (`checkText`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../game/index.ts';
import { checkText } from '../../src/cli/scenario-check.ts';
import { unknownFields } from '../../src/cli/scenario-schema.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const base = (): Json =>
  JSON.parse(readFileSync(new URL('../../game/scenarios/moscow-2009.json', import.meta.url), 'utf8'));

/** [what, how to break it, the path, a fragment of the message] */
const CASES: [string, (d: Json) => void, string, RegExp][] = [
  ['rounds as a word', (d) => (d.rounds = 'seven'), 'rounds', /expected number/],
  ['too many rounds', (d) => (d.rounds = 40), 'rounds', /<=20|too big/i],
  ['missing title', (d) => delete d.title, 'title', /./],
  ['an id with capitals', (d) => (d.id = 'Moscow 2009'), 'id', /lower-case letters/],
  ['a region not in the catalogue', (d) => (d.regions[0].id = 'moscow'), 'regions.0.id', /expected one of/],
  ['the same region twice', (d) => (d.regions[1].id = 'dushanbe'), 'regions.1.id', /appears twice/],
  ['stability above the rules maximum', (d) => (d.regions[2].stability = 9), 'regions.2.stability', /maxStability/],
  ['negative threat', (d) => (d.regions[3].threat = -1), 'regions.3.threat', />=0|too small/i],
  [
    'influence above the maximum',
    (d) => (d.regions[0].influence.russia = 99),
    'regions.0.influence.russia',
    /maxInfluence/,
  ],
  ['threat growth as a percentage', (d) => (d.regions[0].threatGrowth = 30), 'regions.0.threatGrowth', /<=1|too big/i],
  [
    'a base owned by a non-power',
    (d) => (d.regions[0].bases[0].owner = 'usa'),
    'regions.0.bases.0.owner',
    /expected one of/,
  ],
  [
    'a border to a region not in play',
    (d) => {
      d.borders[0][1] = 'kabul';
      d.regions.splice(7, 1);
    },
    'borders.0.1',
    /not in this scenario/,
  ],
  ['a region bordering itself', (d) => (d.borders[0] = ['sughd', 'sughd']), 'borders.0', /cannot border itself/],
  [
    'a turn order missing a power',
    (d) => (d.order = ['russia', 'russia', 'china', 'pakistan', 'afghanistan']),
    'order',
    /each of the five powers/,
  ],
  [
    'a coalition leader outside it',
    (d) => (d.coalitions[0].leader = 'china'),
    'coalitions.0.leader',
    /one of the members/,
  ],
  [
    'a coalition id kept for play',
    (d) => {
      const old = d.coalitions[0].id;
      d.coalitions[0].id = 'c1';
      for (const a of d.agendas) if (a.objective.coalition === old) a.objective.coalition = 'c1';
      for (const list of Object.values(d.objectives) as Json[][])
        for (const o of list) if (o.coalition === old) o.coalition = 'c1';
    },
    'coalitions.0.id',
    /kept for coalitions formed in play/,
  ],
  ['an unknown effect type', (d) => (d.events[1].effects[0].type = 'money'), 'events.1.effects.0.type', /./],
  ['an event pinned past the end', (d) => (d.events[0].round = d.rounds + 1), 'events.0.round', /only \d+ rounds/],
  ['two events pinned to one round', (d) => (d.events[1].round = 1), 'events', /same round/],
  ['a choice with one option', (d) => d.events[0].choice.options.pop(), 'events.0.choice.options', />=2|too small/i],
  [
    'an objective in a region not in play',
    (d) => (d.regions = d.regions.filter((r: Json) => r.id !== 'gbao')),
    'objectives.russia.0.regions.4',
    /not in this scenario/,
  ],
  ['an objective worth 0', (d) => (d.objectives.china[0].vp = 0), 'objectives.china.0.vp', />=1|too small/i],
  [
    'a power with no agenda',
    (d) => (d.agendas = d.agendas.filter((a: Json) => a.power !== 'pakistan')),
    'agendas',
    /pakistan has no secret agenda/,
  ],
  [
    'a source of an unknown kind',
    (d) => (d.events[0].source.kind = 'rumour'),
    'events.0.source.kind',
    /expected one of/,
  ],
  ['no discussion questions', (d) => (d.teacherNotes.questions = []), 'teacherNotes.questions', />=1|too small/i],
  ['localised text without English', (d) => (d.title = { ru: 'Четырёхсторонник' }), 'title', /./],
  [
    'history leader in a region not in play',
    (d) => {
      d.history.leader = { power: 'russia', regions: ['xinjiang', 'kabul'] };
      d.regions.splice(7, 1);
    },
    'history.leader.regions.1',
    /not in this scenario/,
  ],
  [
    'a tutorial prompt after the last round',
    (d) => (d.tutorial = [{ round: d.rounds + 2, prompt: 'Try aid' }]),
    'tutorial.0.round',
    /only \d+ rounds/,
  ],
  [
    'a tutorial prompt for an unknown action',
    (d) => (d.tutorial = [{ round: 1, action: 'bribe', prompt: 'x' }]),
    'tutorial.0.action',
    /expected one of/,
  ],
  [
    'tension starting above its maximum',
    (d) => (d.rules.tension.start = d.rules.tension.max + 1),
    'rules.tension.start',
    /at most rules\.tension\.max \(\d+\)/,
  ],
  [
    'tension starting at its maximum, with a crisis rule',
    (d) => {
      d.rules.tension.start = d.rules.tension.max;
      if (!d.suddenDeath.some((r: Json) => r.type === 'crisis')) d.suddenDeath.push({ type: 'crisis' });
    },
    'rules.tension.start',
    /end in crisis before anyone moves/,
  ],
  [
    'a minimum stability above the maximum',
    (d) => (d.rules.threat.minStability = 7),
    'rules.threat.minStability',
    /at most rules\.maxStability \(6\)/,
  ],
  ['threat that can never spread', (d) => (d.rules.threat.spreadAt = 7), 'rules.threat.spreadAt', /maxThreat \(6\)/],
  [
    'a lease that ends after the last round',
    (d) => (d.regions[0].bases[0].leaseEndsRound = d.rounds + 1),
    'regions.0.bases.0.leaseEndsRound',
    /only \d+ rounds/,
  ],
  [
    'a power its own rival in an objective',
    (d) => (d.objectives.russia[0] = { type: 'outweigh', rival: 'russia', regions: ['gbao'], vp: 1 }),
    'objectives.russia.0.rival',
    /its own rival/,
  ],
  [
    'a power its own rival in an agenda',
    (d) => (d.agendas[1].objective = { type: 'outweigh', rival: d.agendas[1].power, regions: ['dushanbe'], vp: 1 }),
    'agendas.1.objective.rival',
    /its own rival/,
  ],
  [
    'dominance over more regions than are in play',
    (d) => (d.suddenDeath[0].regions = 13),
    'suddenDeath.0.regions',
    /only 12 regions/,
  ],
  ['a tutorial prompt without text', (d) => (d.tutorial = [{ round: 1 }]), 'tutorial.0.prompt', /./],
];

describe('malformed scenarios are refused with the bad field’s path', () => {
  it.each(CASES)('%s', (_what, breakIt, path, message) => {
    const data = base();
    breakIt(data);
    const loaded = loadScenario(data);
    expect(loaded.ok).toBe(false);
    const problems = loaded.ok ? [] : loaded.error;
    const hit = problems.find((p) => p.path === path);
    expect(hit, `expected a problem at ${path}, got ${JSON.stringify(problems)}`).toBeDefined();
    expect(hit!.message).toMatch(message);
    const report = checkText('x.json', JSON.stringify(data));
    expect(report.ok).toBe(false);
    expect(report.lines.some((l) => l.startsWith(`${path}: `))).toBe(true);
  });

  it('reports several problems at once, and counts them', () => {
    const data = base();
    data.rounds = 'seven';
    data.startDate = '';
    delete data.teacherNotes.goals;
    const report = checkText('x.json', JSON.stringify(data));
    expect(report.ok).toBe(false);
    expect(report.lines).toContain('teacherNotes.goals: missing (expected array)');
    expect(report.lines.some((l) => l.startsWith('startDate: '))).toBe(true);
    expect(report.lines[report.lines.length - 1]).toBe('3 problems');
  });

  it('gives the line and column of a JSON syntax error', () => {
    const report = checkText('x.json', '{\n  "format": 1,\n  "id": "x",,\n}');
    expect(report.ok).toBe(false);
    expect(report.lines[0]).toMatch(/^not valid JSON \(line 3, column \d+\)/);
  });

  it('tolerates "$schema" but warns about fields the format does not know', () => {
    const data = base();
    data.$schema = 'https://example.org/anything.json';
    data.regions[0].bases[0].leaseEndRound = 3;
    data.objectives.russia[0].points = 2;
    expect(loadScenario(data).ok).toBe(true);
    expect(unknownFields(data).map((p) => p.path)).toEqual([
      'regions.0.bases.0.leaseEndRound',
      'objectives.russia.0.points',
    ]);
    const report = checkText('x.json', JSON.stringify(data));
    expect(report.ok).toBe(true);
    expect(report.lines).toContain(
      'warning: regions.0.bases.0.leaseEndRound: unknown field "leaseEndRound" (the game ignores it)',
    );
    expect(checkText('x.json', JSON.stringify(data), true).ok).toBe(false);
  });

  it('warns about unknown fields named like Object.prototype members (constructor, toString, ...)', () => {
    const data = base();
    data['constructor'] = 1;
    data.rules.toString = 'x';
    data.regions[0].valueOf = 2;
    data.regions[0].influence = { ...data.regions[0].influence, hasOwnProperty: 3 };
    expect(loadScenario(data).ok).toBe(true);
    expect(unknownFields(data).map((p) => p.path)).toEqual([
      'rules.toString',
      'regions.0.influence.hasOwnProperty',
      'regions.0.valueOf',
      'constructor',
    ]);
  });
});
