/**
 * A small scenario for the bot tests, built on the tiny rules fixture: three rounds, five regions, and
 * every objective type, two agendas per power (so there is something hidden to sample), an event with a
 * choice, threat that grows and spreads at random, and both sudden-death rules — so random play from it
 * reaches every kind of decision a bot can face.
 */
import type { GameState, Power, Scenario } from '../../game/index.ts';
import { applyInPlace, cloneState, legalMoves, newGame, toMove } from '../../game/index.ts';
import { randomInt, seedState } from '../../game/rng.ts';
import { tinyScenario } from '../fixtures/builders.ts';

const agenda = (power: Power, id: string, objective: unknown) => ({ id, power, title: id, text: id, objective });

/** The skirmish scenario (validated by the real loader). */
export function skirmish(): Scenario {
  return tinyScenario((s) => {
    s.id = 'skirmish';
    s.rules.rotateOrder = true;
    s.rules.threat.spreadChance = 0.5;
    s.rules.tension.max = 6;
    s.regions[0]!.influence = { russia: 3, tajikistan: 2, china: 1 };
    s.regions[1]!.influence = { russia: 1, china: 2, tajikistan: 1 };
    s.regions[1]!.threatGrowth = 0.4;
    s.regions[2]!.influence = { afghanistan: 3, pakistan: 1, china: 1 };
    s.regions[2]!.threatGrowth = 0.3;
    s.regions[3]!.influence = { pakistan: 4, china: 1 };
    s.regions[4]!.influence = { china: 4 };
    s.objectives = {
      russia: [
        { type: 'control', regions: ['dushanbe', 'gbao'], vp: 2 },
        { type: 'outweigh', rival: 'china', regions: ['dushanbe', 'gbao'], vp: 1 },
      ],
      china: [
        { type: 'influence', regions: ['gbao', 'xinjiang', 'kabul'], per: 2, vp: 1 },
        { type: 'security', regions: ['xinjiang', 'gbao'], maxThreat: 1, vp: 1 },
        { type: 'coalitionPartners', vp: 1 },
      ],
      tajikistan: [
        { type: 'noForeignControl', regions: ['dushanbe', 'gbao'], vp: 1 },
        { type: 'aidReceived', from: ['russia', 'china'], vp: 2 },
        { type: 'lowTension', atMost: 2, vp: 1 },
      ],
      pakistan: [
        { type: 'security', regions: ['islamabad', 'kabul'], maxThreat: 1, vp: 2 },
        { type: 'influence', regions: ['kabul'], per: 2, vp: 1 },
      ],
      afghanistan: [
        { type: 'control', regions: ['kabul'], vp: 2 },
        { type: 'bases', vp: 1 },
      ],
    };
    s.agendas = [
      agenda('russia', 'russia-bases', { type: 'bases', vp: 2 }),
      agenda('russia', 'russia-calm', { type: 'lowTension', atMost: 1, vp: 3 }),
      agenda('china', 'china-gate', { type: 'control', regions: ['gbao'], vp: 4 }),
      agenda('china', 'china-hub', { type: 'coalitionPartners', vp: 2 }),
      agenda('tajikistan', 'tajikistan-quiet', {
        type: 'security',
        regions: ['dushanbe', 'gbao'],
        maxThreat: 1,
        vp: 2,
      }),
      agenda('tajikistan', 'tajikistan-free', { type: 'noForeignControl', regions: ['dushanbe', 'gbao'], vp: 2 }),
      agenda('pakistan', 'pakistan-voice', { type: 'outweigh', rival: 'afghanistan', regions: ['kabul'], vp: 3 }),
      agenda('pakistan', 'pakistan-aid', { type: 'aidReceived', from: ['china'], vp: 3 }),
      agenda('afghanistan', 'afghanistan-friends', { type: 'coalitionPartners', vp: 2 }),
      agenda('afghanistan', 'afghanistan-north', { type: 'influence', regions: ['kabul', 'gbao'], per: 3, vp: 2 }),
    ] as typeof s.agendas;
    const source = { kind: 'background', citation: 'test fixture' } as const;
    s.events = [
      {
        id: 'posts',
        title: 'Posts',
        text: 'Posts',
        source,
        round: 2,
        effects: [],
        choice: {
          power: 'tajikistan',
          prompt: 'Let China build posts?',
          options: [
            { id: 'yes', label: 'Yes', effects: [{ type: 'base', owner: 'china', region: 'gbao', levels: 1 }] },
            { id: 'no', label: 'No', effects: [{ type: 'influence', power: 'russia', regions: ['gbao'], amount: 1 }] },
          ],
        },
      },
      { id: 'raid', title: 'Raid', text: 'Raid', source, effects: [{ type: 'threat', regions: ['gbao'], amount: 2 }] },
      { id: 'calm', title: 'Calm', text: 'Calm', source, effects: [{ type: 'tension', amount: -1 }] },
    ];
    s.suddenDeath = [{ type: 'dominance', regions: 3, vp: 3 }, { type: 'crisis' }];
  });
}

/**
 * Every position of one game played at random from a scenario and seed (the game's own dice from the
 * seed, the random moves from a second stream), up to and excluding the end.
 */
export function randomPositions(scenario: Scenario, seed: number): GameState[] {
  const s = cloneState(newGame(scenario, seed), false);
  const dice = { rng: seedState(`moves/${seed}`) };
  const out: GameState[] = [];
  for (let p = toMove(s); p !== null; p = toMove(s)) {
    out.push(cloneState(s, false));
    const moves = legalMoves(s, p);
    applyInPlace(s, p, moves[randomInt(dice, moves.length)]!);
  }
  return out;
}
