/**
 * The light policy: the planner's own flowchart, made cheap enough to play every seat of thousands of
 * playouts a second. Candidates are weighed with `quick.ts` (the move's direct changes made on the
 * world, measured, undone) instead of through the rules on a copy; what each power wants is worked out
 * once per round and kept; answers weigh the same things the planner's do (its own outlook, less half
 * a rival asker's gain). Seen only inside the search level's playouts, where each power reads its own
 * (sampled) agenda from the world it is played in.
 */
import type { Move } from '../moves.ts';
import type { GameState } from '../state.ts';
import type { Power } from '../vocabulary.ts';
import { publicAimsOf, type Aim } from './aims.ts';
import type { Bot, Decision } from './bot.ts';
import { because } from './explain.ts';
import { ownView, runRules } from './flowchart.ts';
import { plannerRules, type Gain } from './planner.ts';
import { quickGain, quickYes } from './quick.ts';
import { chooseOption } from './respond.ts';
import { friendly, isRival, situation, type Situation } from './tactics.ts';

const quick: Gain = (x, move) => quickGain(x.s, x.me, x.aims, move);
const RULES = plannerRules(quick, false);
const ENVY = 0.5;

/** The move a request asks the answering power to allow, as the asker's move. */
function askedMove(s: GameState): { asker: Power; move: Move } | null {
  const r = s.requests[0]!;
  if (r.kind === 'baseConsent') return { asker: r.from, move: { kind: 'base', region: r.region } };
  if (r.kind === 'exercise') return { asker: r.from, move: { kind: 'exercise', region: r.region, partner: r.to } };
  return null;
}

/** Yes when allowing the move raises my outlook more than half what it gives a rival asker; coalitions by friendship. */
function answer(x: Situation, publicAims: (p: Power) => Aim[]): boolean {
  const asked = askedMove(x.s);
  const asker = x.s.requests[0]!.from;
  if (!asked) return friendly(x.s, x.me, asker);
  let margin = quickYes(x.s, x.me, x.aims, asked.asker, asked.move);
  if (isRival(x.s, x.me, asker)) margin -= ENVY * quickYes(x.s, asker, publicAims(asker), asker, asked.move);
  return margin > 1e-9 || (margin > -1e-9 && friendly(x.s, x.me, asker));
}

/**
 * A light policy for one world: situations are kept per power and refreshed each round (a new world
 * needs a new policy).
 */
export function lightPolicy(): Bot {
  const kept = new Map<Power, { round: number; x: Situation }>();
  const publics = new Map<Power, { round: number; aims: Aim[] }>();
  const publicAims = (p: Power, s: GameState) => {
    let e = publics.get(p);
    if (!e || e.round !== s.round) publics.set(p, (e = { round: s.round, aims: publicAimsOf(s, p) }));
    return e.aims;
  };
  return {
    id: 'light',
    label: 'Light playout policy',
    decide(world, me): Decision {
      let e = kept.get(me);
      if (!e || e.round !== world.round)
        kept.set(me, (e = { round: world.round, x: situation(ownView(world, me), me) }));
      const x: Situation = { ...e.x, s: world };
      if (world.step === 'event') return chooseOption(ownView(world, me), me, x.aims);
      if (world.step === 'setup') return { move: { kind: 'start' }, why: because('onlyMove') };
      if (world.requests.length > 0) {
        return { move: { kind: 'answer', accept: answer(x, (p) => publicAims(p, world)) }, why: because('goal') };
      }
      return runRules(RULES, x);
    },
  };
}
