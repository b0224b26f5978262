/**
 * What the levels do in chosen positions of Autumn 2016, and what they say about it: fires are put out,
 * control is taken, a host's doors follow its policy (close to a power about to take a home region,
 * reopen to a donor it wants aid from, price up a patron that uses the door a lot) and cost it nothing
 * of its turn, the agenda changes the planner's play, the search obeys its budgets and is reproducible,
 * and the log sentence reads as a student would say it. Positions set the numbers they rely on and read
 * the rest (stability, sizes) from the state, so re-tuned scenario numbers do not break them silently.
 */
import { describe, expect, it } from 'vitest';
import { sentence } from '../../game/ai/explain.ts';
import { BOTS, PLAY_LEVELS, levelBot } from '../../game/ai/index.ts';
import { greedyBot } from '../../game/ai/greedy.ts';
import { noviceBot } from '../../game/ai/novice.ts';
import { plannerBot } from '../../game/ai/planner.ts';
import { makeSearchBot } from '../../game/ai/search.ts';
import type { GameState, Move, Power } from '../../game/index.ts';
import { objectiveValue } from '../../game/selectors.ts';
import { applyInPlace, cloneState, legalMoves } from '../../game/index.ts';
import { viewFor } from '../../game/view.ts';
import { autumnTurn } from './positions.ts';

const rng = () => ({ rng: 42 });
const key = (m: Move) => JSON.stringify(m);
const zero = { russia: 0, china: 0, tajikistan: 0, pakistan: 0, afghanistan: 0 };

/** Deal `power` this agenda, with its start value as the engine would have recorded it at the deal. */
function setAgenda(d: GameState, power: Power, id: string): void {
  const agenda = d.scenario.agendas.find((a) => a.id === id)!;
  d.agendas = { ...d.agendas!, [power]: id };
  d.baseline = {
    ...d.baseline!,
    agenda: { ...d.baseline!.agenda, [power]: objectiveValue(d, power, agenda.objective) },
  };
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
    const s = autumnTurn('afghanistan', (d) => {
      d.regions.kabul!.threat = d.regions.kabul!.stability + 2;
      d.ip.afghanistan = 10;
    });
    const threat = s.regions.kabul!.threat;
    for (const bot of [noviceBot, plannerBot]) {
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
    const s = autumnTurn('russia', (d) => (d.ip.russia = 0));
    for (const bot of [noviceBot, plannerBot, greedyBot]) {
      const d = bot.decide(viewFor(s, 'russia'), 'russia', rng());
      expect(d.move).toEqual({ kind: 'pass' });
      expect(d.why.code).toBe('broke');
    }
  });

  it('the planner takes control of a Tajik region it scores when one aid does it, at the size it needs', () => {
    const s = autumnTurn('russia', (d) => {
      // Everywhere else a rival holds enough that one aid cannot give Russia control.
      for (const id in d.regions) d.regions[id]!.influence = { ...zero, tajikistan: 4, china: 4 };
      d.regions.sughd!.influence = { ...zero, russia: 3, tajikistan: 2 };
      setAgenda(d, 'russia', 'russia-sphere');
      d.ip.russia = d.scenario.rules.base.buildCost - 1;
    });
    const d = plannerBot.decide(viewFor(s, 'russia'), 'russia', rng());
    expect(d.move).toMatchObject({ kind: 'aid', region: 'sughd' });
    expect(d.why).toMatchObject({ code: 'takeControl', params: { region: 'sughd' } });
    expect(sentence(s, 'russia', d)).toMatch(
      /sent aid of size \d to Sughd because that could give it control of Sughd\./,
    );
  });

  it('the planner spends a large budget on the largest aid rather than a token one', () => {
    const s = autumnTurn('tajikistan', (d) => (d.ip.tajikistan = 20));
    const d = plannerBot.decide(viewFor(s, 'tajikistan'), 'tajikistan', rng());
    if (d.move.kind === 'aid') expect(d.move.size).toBe(s.scenario.rules.aid.maxSize);
    else expect(d.move.kind).not.toBe('pass');
  });
});

describe('a host’s doors', () => {
  /** Tajikistan's turn with no bloc tying it to Pakistan, and Pakistan one aid short of taking Rasht. */
  const threatened = () =>
    autumnTurn('tajikistan', (d) => {
      d.coalitions = d.coalitions.filter((c) => !c.members.includes('pakistan'));
      for (const id in d.regions) d.regions[id]!.influence = { ...zero, tajikistan: 3 };
      d.regions.rasht!.influence = { ...zero, pakistan: 1 };
      d.doors.tajikistan.pakistan = 0;
      d.ip.tajikistan = 6;
    });

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
    const s = autumnTurn('tajikistan', (d) => {
      for (const id in d.regions) d.regions[id]!.influence = { ...zero, tajikistan: 3 };
      d.regions.rasht!.influence = { ...zero, pakistan: 1 };
      d.doors.tajikistan.pakistan = 0;
      setAgenda(d, 'tajikistan', 'tajikistan-quiet');
    });
    expect(s.coalitions.some((c) => c.members.includes('pakistan') && c.members.includes('tajikistan'))).toBe(true);
    const d = plannerBot.decide(viewFor(s, 'tajikistan'), 'tajikistan', rng());
    expect(d.move).not.toEqual({ kind: 'door', guest: 'pakistan', price: null });
  });

  it('reopen, free, to a donor whose aid the host scores', () => {
    const s = autumnTurn('tajikistan', (d) => {
      for (const id in d.regions) d.regions[id]!.influence = { ...zero, tajikistan: 3 };
      d.doors.tajikistan.china = null;
    });
    const d = plannerBot.decide(viewFor(s, 'tajikistan'), 'tajikistan', rng());
    expect(d.move).toEqual({ kind: 'door', guest: 'china', price: 0 });
    expect(d.why).toMatchObject({ code: 'doorOpenAid', params: { guest: 'china' } });
  });

  it('price up a patron that uses the door a lot', () => {
    const s = autumnTurn('tajikistan', (d) => {
      d.doors.tajikistan.afghanistan = 0;
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
    });
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
    const moves = (agenda: string) => {
      const out: string[] = [];
      for (let seed = 1; seed <= 6; seed++) {
        const s: GameState = autumnTurn(
          'russia',
          (d) => {
            setAgenda(d, 'russia', agenda);
            d.ip.russia = 8;
          },
          seed,
        );
        out.push(key(plannerBot.decide(viewFor(s, 'russia'), 'russia', rng()).move));
      }
      return out;
    };
    expect(moves('russia-2042')).not.toEqual(moves('russia-sphere'));
    expect(moves('russia-2042').some((m) => m.includes('"base"'))).toBe(true);
  });
});

describe('the search level', () => {
  const position = () =>
    viewFor(
      autumnTurn('china', (d) => (d.ip.china = 8)),
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
