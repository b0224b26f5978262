/**
 * What the levels do in chosen positions of Autumn 2016, and what they say about it: fires are put out,
 * control is taken, a host's doors follow its policy (close to a power about to take a home region,
 * reopen to a donor it wants aid from, price up a patron that uses the door a lot) and cost it nothing
 * of its turn, the agenda changes the planner's play, the search obeys its budgets and is reproducible,
 * and the log sentence reads as a student would say it. Each position is built explicitly: the game is
 * played on a copy of the scenario with the acting power's objectives and agenda and the rule numbers
 * the test relies on written in (`goals`, `pinRules`), then the test sets influence, stability, threat,
 * IP, doors and blocs; so re-tuning the shipped scenario moves none of them.
 */
import { describe, expect, it } from 'vitest';
import { sentence } from '../../game/ai/explain.ts';
import { BOTS, PLAY_LEVELS, levelBot } from '../../game/ai/index.ts';
import { greedyBot } from '../../game/ai/greedy.ts';
import { noviceBot } from '../../game/ai/novice.ts';
import { plannerBot } from '../../game/ai/planner.ts';
import { makeSearchBot } from '../../game/ai/search.ts';
import type { GameState, Move, Power, Scenario } from '../../game/index.ts';
import type { Objective } from '../../game/schema.ts';
import type { RegionId } from '../../game/vocabulary.ts';
import { POWERS } from '../../game/vocabulary.ts';
import { hostsInPlay } from '../../game/ops/common.ts';
import { applyInPlace, cloneState, legalMoves } from '../../game/index.ts';
import { viewFor } from '../../game/view.ts';
import { autumnTurn, doorsSettled } from './positions.ts';

const rng = () => ({ rng: 42 });
const key = (m: Move) => JSON.stringify(m);
const zero = { russia: 0, china: 0, tajikistan: 0, pakistan: 0, afghanistan: 0 };

const TAJIK: RegionId[] = ['dushanbe', 'sughd', 'khatlon', 'rasht', 'gbao'];

/** The rule numbers these positions rely on, written in; the rest of the rules stay as shipped. */
function pinRules(sc: Scenario): void {
  const r = sc.rules;
  r.control = { ...r.control, thresholdFactor: 1, leadFactor: 1 };
  r.aid = { ...r.aid, cost: 1, maxSize: 3, influence: 1 };
  r.exercise = { ...r.exercise, cost: 2, maxSize: 2, threatReduction: 1 };
  r.base = { ...r.base, buildCost: 4 };
  r.doors = { ...r.doors, maxPrice: 3, changesPerTurn: 2, closedTension: 1 };
  r.special = { ...r.special, russia: { ...r.special.russia, cost: 1, influence: 2, threat: 2 } };
  sc.rivalries = [['russia', 'china']];
}

/**
 * A scenario tune: the pinned rules, and `power`'s public objectives and its one possible agenda (so the
 * deal gives it that agenda, its start value recorded by the engine) written in.
 */
function goals(power: Power, objectives: Objective[], agenda: Objective) {
  return (sc: Scenario) => {
    pinRules(sc);
    sc.objectives[power] = objectives;
    sc.agendas = [
      ...sc.agendas.filter((a) => a.power !== power),
      {
        id: `test-${power}`,
        power,
        title: { en: 'Test', ru: 'Тест' },
        text: { en: 'Test', ru: 'Тест' },
        objective: agenda,
      },
    ];
  };
}

/** Every door of a host open, free. */
function openDoors(d: GameState, host: Power): void {
  for (const guest of POWERS) if (guest !== host) d.doors[host][guest] = 0;
}

describe('the level list', () => {
  it('offers the three levels weakest first, each a registered bot', () => {
    expect(PLAY_LEVELS.map((l) => l.id)).toEqual(['novice', 'planner', 'strategist']);
    for (const l of PLAY_LEVELS) {
      expect(levelBot(l.id)?.id).toBe(l.id);
      expect(BOTS.some((b) => b.id === l.id)).toBe(true);
    }
    expect(BOTS.map((b) => b.id)).toEqual([
      'random',
      'greedy',
      'novice',
      'planner',
      'strategist',
      'strategist-quick',
      'passive',
    ]);
  });
});

describe('operations', () => {
  it('novice and planner put out a fire in a home region where an incident is coming, and say so', () => {
    // Afghanistan's goals are Kabul's security (a goal on influence there would make a base, which shields
    // the builder's influence from the incident, a fair rival to putting the fire out).
    const kabul: Objective = { type: 'security', regions: ['kabul'], maxThreat: 1, vp: 2 };
    const tune = goals('afghanistan', [kabul], kabul);
    const start = autumnTurn(
      'afghanistan',
      (d) => {
        d.regions.kabul!.stability = 3;
        d.regions.kabul!.threat = d.regions.kabul!.stability + 2;
        d.ip.afghanistan = 10;
      },
      1,
      tune,
    );
    const threat = start.regions.kabul!.threat;
    for (const bot of [noviceBot, plannerBot]) {
      const s = doorsSettled(start, 'afghanistan', bot);
      const d = bot.decide(viewFor(s, 'afghanistan'), 'afghanistan', rng());
      expect((d.move as { region?: string }).region, bot.id).toBe('kabul');
      const next = cloneState(s, false);
      expect(applyInPlace(next, 'afghanistan', d.move)).toBeNull();
      expect(next.regions.kabul!.threat).toBeLessThan(threat);
      expect(d.why).toMatchObject({ code: 'threat', params: { region: 'kabul', threat } });
      expect(sentence(s, 'afghanistan', d)).toMatch(
        new RegExp(`^Afghanistan \\(computer\\) .+ because threat in Kabul reached ${threat}, above its stability of`),
      );
    }
  });

  it('a power with nothing to spend passes, and says it is out of IP', () => {
    const s = autumnTurn('russia', (d) => (d.ip.russia = 0), 1, pinRules);
    for (const bot of [noviceBot, plannerBot, greedyBot]) {
      const d = bot.decide(viewFor(s, 'russia'), 'russia', rng());
      expect(d.move).toEqual({ kind: 'pass' });
      expect(d.why.code).toBe('broke');
    }
  });

  it('the planner takes control of a Tajik region it scores when one aid does it, at the size it needs', () => {
    const control: Objective = { type: 'control', regions: TAJIK, vp: 2 };
    const s = autumnTurn(
      'russia',
      (d) => {
        // Everywhere else a rival holds enough that one aid cannot give Russia control.
        for (const id in d.regions) d.regions[id]!.influence = { ...zero, tajikistan: 4, china: 4 };
        // Stability 3: control takes 3 influence and a lead of 3, so Russia needs 2 more.
        d.regions.sughd!.stability = 3;
        d.regions.sughd!.influence = { ...zero, russia: 3, tajikistan: 2 };
        openDoors(d, 'tajikistan');
        d.ip.russia = d.scenario.rules.base.buildCost - 1;
      },
      1,
      goals('russia', [control], control),
    );
    const d = plannerBot.decide(viewFor(s, 'russia'), 'russia', rng());
    expect(d.move).toMatchObject({ kind: 'aid', region: 'sughd', size: 2 });
    expect(d.why).toMatchObject({ code: 'takeControl', params: { region: 'sughd' } });
    expect(sentence(s, 'russia', d)).toMatch(
      /sent aid of size \d to Sughd because that could give it control of Sughd\./,
    );
  });

  it('the planner spends a large budget on the largest aid rather than a token one', () => {
    const s = doorsSettled(
      autumnTurn('tajikistan', (d) => (d.ip.tajikistan = 20)),
      'tajikistan',
      plannerBot,
    );
    const d = plannerBot.decide(viewFor(s, 'tajikistan'), 'tajikistan', rng());
    expect(d.move.kind).not.toBe('door');
    if (d.move.kind === 'aid') expect(d.move.size).toBe(s.scenario.rules.aid.maxSize);
    else expect(d.move.kind).not.toBe('pass');
  });
});

describe('a host’s doors', () => {
  /** Fees are all Tajikistan's public goals; its agenda, if any, as given. */
  const host = (agenda: Objective) => goals('tajikistan', [{ type: 'fees', per: 2, vp: 2 }], agenda);
  /** A sovereignty agenda worth 2 VP a region: more than nothing, less than a bloc strained every round (3). */
  const sovereign = host({ type: 'noForeignControl', regions: TAJIK, vp: 2 });

  /**
   * Tajikistan's turn, every door open, Tajikistan holding its other regions, and Pakistan one aid short
   * of taking Rasht (stability 2: 2 influence and a lead of 2); no bloc ties it to Pakistan unless `bloc`.
   */
  const threatened = (bloc = false) =>
    autumnTurn(
      'tajikistan',
      (d) => {
        d.coalitions = d.coalitions.filter((c) => !c.members.includes('pakistan'));
        if (bloc)
          d.coalitions.push({ id: 'test-bloc', leader: 'pakistan', members: ['pakistan', 'tajikistan'], formed: 0 });
        for (const id in d.regions) d.regions[id]!.influence = { ...zero, tajikistan: 3 };
        d.regions.rasht!.stability = 2;
        d.regions.rasht!.influence = { ...zero, pakistan: 1 };
        openDoors(d, 'tajikistan');
        d.ip.tajikistan = 6;
      },
      1,
      sovereign,
    );

  it('close to a power about to take control of a home region, free of the turn', () => {
    const s = threatened();
    for (const bot of [noviceBot, plannerBot, greedyBot]) {
      const d = bot.decide(viewFor(s, 'tajikistan'), 'tajikistan', rng());
      expect(d.move, bot.id).toEqual({ kind: 'door', guest: 'pakistan', price: null });
      expect(d.why).toMatchObject({ code: 'doorClose', params: { guest: 'pakistan', region: 'rasht' } });
      expect(sentence(s, 'tajikistan', d)).toMatch(
        /^Tajikistan \(computer\) closed its door to Pakistan because Pakistan could take control of Rasht[\w ]* through its open door\.$/,
      );
      // The change is free: the same power then makes its operation, and the door stays shut.
      const next = cloneState(s, false);
      expect(applyInPlace(next, 'tajikistan', d.move)).toBeNull();
      const then = bot.decide(viewFor(next, 'tajikistan'), 'tajikistan', rng());
      expect(then.move.kind).not.toBe('door');
      expect(legalMoves(next, 'tajikistan').map(key)).toContain(key(then.move));
    }
  });

  it('stay open to a bloc partner in the same spot (closing would strain the bloc, blamed on the host)', () => {
    const close = { kind: 'door', guest: 'pakistan', price: null };
    // Without the bloc the same host closes (the previous test); with it, it keeps the door open.
    expect(plannerBot.decide(viewFor(threatened(), 'tajikistan'), 'tajikistan', rng()).move).toEqual(close);
    const s = threatened(true);
    const d = plannerBot.decide(viewFor(s, 'tajikistan'), 'tajikistan', rng());
    expect(d.move).not.toEqual(close);
  });

  it('reopen, free, to a donor whose aid the host scores', () => {
    const s = autumnTurn(
      'tajikistan',
      (d) => {
        for (const id in d.regions) d.regions[id]!.influence = { ...zero, tajikistan: 3 };
        openDoors(d, 'tajikistan');
        d.doors.tajikistan.china = null;
      },
      1,
      goals('tajikistan', [{ type: 'aidReceived', from: ['china'], vp: 1 }], { type: 'fees', per: 2, vp: 1 }),
    );
    const d = plannerBot.decide(viewFor(s, 'tajikistan'), 'tajikistan', rng());
    expect(d.move).toEqual({ kind: 'door', guest: 'china', price: 0 });
    expect(d.why).toMatchObject({ code: 'doorOpenAid', params: { guest: 'china' } });
  });

  it('price up a patron that uses the door a lot', () => {
    const s = autumnTurn(
      'tajikistan',
      (d) => {
        openDoors(d, 'tajikistan');
        for (let i = 0; i < 4; i++)
          d.log.push({
            t: 'aid',
            round: 1,
            power: 'afghanistan',
            region: 'khatlon',
            size: 1,
            cost: 1,
            fee: 0,
            influence: 1,
          });
      },
      1,
      host({ type: 'fees', per: 2, vp: 1 }),
    );
    const d = plannerBot.decide(viewFor(s, 'tajikistan'), 'tajikistan', rng());
    expect(d.move).toEqual({ kind: 'door', guest: 'afghanistan', price: 2 });
    expect(d.why).toMatchObject({ code: 'doorPrice', params: { guest: 'afghanistan', uses: 4, price: 2 } });
  });

  it('the passive bot leaves its doors as they are and passes', () => {
    const s = threatened();
    expect(BOTS.find((b) => b.id === 'passive')!.decide(viewFor(s, 'tajikistan'), 'tajikistan', rng()).move).toEqual({
      kind: 'pass',
    });
  });
});

describe('the agenda changes the planner’s play', () => {
  it('Russia plays differently with a bases agenda and an outweigh-China agenda', () => {
    const bases: Objective = { type: 'bases', vp: 3 };
    const outweigh: Objective = { type: 'outweigh', rival: 'china', regions: TAJIK, vp: 4 };
    const moves = (agenda: Objective) => {
      const out: string[] = [];
      for (let seed = 1; seed <= 6; seed++) {
        const s: GameState = autumnTurn(
          'russia',
          (d) => {
            for (const host of hostsInPlay(d)) openDoors(d, host);
            d.ip.russia = 2 * d.scenario.rules.base.buildCost;
          },
          seed,
          goals('russia', [{ type: 'influence', regions: TAJIK, per: 1, vp: 1 }], agenda),
        );
        out.push(key(plannerBot.decide(viewFor(s, 'russia'), 'russia', rng()).move));
      }
      return out;
    };
    expect(moves(bases)).not.toEqual(moves(outweigh));
    expect(moves(bases).some((m) => m.includes('"base"'))).toBe(true);
    expect(moves(outweigh).some((m) => m.includes('"base"'))).toBe(false);
  });
});

describe('the search level', () => {
  /** China's turn with 8 IP, its doors already as it wants them: what is left to decide is its operation. */
  const position = () =>
    viewFor(
      doorsSettled(
        autumnTurn('china', (d) => (d.ip.china = 8)),
        'china',
        plannerBot,
      ),
      'china',
    );
  const counted = (o: Parameters<typeof makeSearchBot>[0]) => {
    let playouts = 0;
    const bot = makeSearchBot({ ...o, trace: (arms) => (playouts = arms.reduce((n, a) => n + a.n, 0)) });
    return { bot, playouts: () => playouts };
  };

  it('on a playout budget decides the same twice, only from its legal moves, in plain words', () => {
    const bot = makeSearchBot({ timeMs: Infinity, iterations: 24, shortlist: 4 });
    const view = position();
    const a = bot.decide(view, 'china', rng());
    expect(bot.decide(view, 'china', rng())).toEqual(a);
    expect(legalMoves(view, 'china').map(key)).toContain(key(a.move));
    expect(a.why.text).not.toMatch(/simulated|futures|%/);
  });

  it('stops when its time budget is spent (a fake clock: 10 ms a tick, 100 ms budget)', () => {
    let t = 0;
    const { bot, playouts } = counted({ timeMs: 100, shortlist: 4, now: () => (t += 10) });
    bot.decide(position(), 'china', rng());
    expect(playouts()).toBeGreaterThan(0);
    expect(playouts()).toBeLessThanOrEqual(10);
  });

  it('spends its time budget on the clock the caller lends, and reads none of its own', () => {
    let t = 0;
    const { bot, playouts } = counted({ timeMs: 100, shortlist: 4 });
    bot.decide(position(), 'china', { ...rng(), now: () => (t += 10) });
    expect(t).toBeGreaterThan(0);
    expect(playouts()).toBeLessThanOrEqual(10);
  });

  it('without a clock plays a fixed number of futures instead', () => {
    const { bot, playouts } = counted({ unclockedIterations: 12, shortlist: 4 });
    const a = bot.decide(position(), 'china', rng());
    expect(playouts()).toBeLessThanOrEqual(12);
    expect(playouts()).toBeGreaterThan(4);
    expect(bot.decide(position(), 'china', rng())).toEqual(a);
  });

  it('falls back on the planner’s own choice when no future fits in the budget', () => {
    const bot = makeSearchBot({ timeMs: Infinity, iterations: 2, shortlist: 4 });
    const view = position();
    expect(bot.decide(view, 'china', rng())).toEqual(plannerBot.decide(view, 'china', rng()));
  });
});
