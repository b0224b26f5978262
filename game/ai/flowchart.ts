/**
 * A rule-based bot in the manner of the non-player flowcharts of GMT's COIN games: an ordered list of
 * "if this condition, do that" rules, the first that fires decides. Event choices and answers to
 * requests go to `respond.ts`. Each rule returns a legal move with its reason, or null to pass the
 * question down the list; the last resort is to pass.
 */
import { checkMove, type Move } from '../moves.ts';
import type { GameState } from '../state.ts';
import { byPower, type Power } from '../vocabulary.ts';
import type { Bot, Decision } from './bot.ts';
import { because } from './explain.ts';
import { answerRequest, chooseOption, type AnswerStyle } from './respond.ts';
import { situation, type Situation } from './tactics.ts';

/** One box of a flowchart: a name (for tests and tuning) and what it does when its condition holds. */
export interface Rule {
  id: string;
  fire(x: Situation): Decision | null;
}

/**
 * The view with every other power's agenda blanked and the dice hidden, whatever the caller passed in
 * (a `viewFor` view or the full state): a bot reads only its own agenda, and this makes that true by
 * construction — the other agendas are not even read to be copied.
 */
export function ownView(view: GameState, me: Power): GameState {
  if (!view.agendas) return view.rng === 0 ? view : { ...view, rng: 0 };
  const mine = view.agendas[me];
  return { ...view, agendas: byPower((p) => (p === me ? mine : '')), rng: 0 };
}

/** Run a flowchart for the acting power: the first rule that fires, or pass. */
export function runRules(rules: readonly Rule[], x: Situation): Decision {
  for (const rule of rules) {
    const d = rule.fire(x);
    if (d && checkMove(x.s, x.me, d.move) === null) return d;
  }
  const pass: Move = { kind: 'pass' };
  const cheapest = Math.min(x.s.scenario.rules.aid.cost, x.s.scenario.rules.exercise.coalitionCost);
  return { move: pass, why: because(x.s.ip[x.me] < cheapest ? 'broke' : 'nothing') };
}

/** A bot from a flowchart of actions and a style of answering. */
export function flowchartBot(id: string, label: string, rules: readonly Rule[], style: AnswerStyle): Bot {
  return {
    id,
    label,
    decide(view, power) {
      const s = ownView(view, power);
      if (s.step === 'setup') return { move: { kind: 'start' }, why: because('onlyMove') };
      const x = situation(s, power);
      if (s.step === 'event') return chooseOption(s, power, x.aims);
      if (s.requests.length > 0) return answerRequest(s, power, x.aims, style);
      return runRules(rules, x);
    },
  };
}
