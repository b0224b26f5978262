/**
 * The shape every thinking level shares: it reads only its own view (`ownView`), starts the game, takes
 * an event choice by its goals, sets its doors first when it is a host (free moves, `doors.ts`), and
 * then makes its one operation of the turn the way its level decides — a short list of "if this, do
 * that" rules in the manner of the non-player flowcharts of GMT's COIN games (the novice), a weighing of
 * every legal operation (the planner), or a search (the strategist).
 */
import { legalMoves } from '../legal.ts';
import type { GameState } from '../state.ts';
import type { Power } from '../vocabulary.ts';
import type { Bot, BotContext, Decision } from './bot.ts';
import { doorDecision } from './doors.ts';
import { because } from './explain.ts';
import { chooseEvent, ownView, situation, type Situation } from './tactics.ts';

/** How a level makes its operation, given its situation (doors already set) and its context. */
export type Operate = (x: Situation, ctx: BotContext) => Decision;

/** The decision of a level for `power` in a view: start, event choice, door change or operation. */
export function levelDecision(
  view: GameState,
  power: Power,
  ctx: BotContext,
  operate: Operate,
  agendaWeight?: number,
): Decision {
  const s = ownView(view, power);
  if (s.step === 'setup') return { move: { kind: 'start' }, why: because('onlyMove') };
  const x = situation(s, power, agendaWeight);
  if (s.step === 'event') return chooseEvent(s, power, x.aims, legalMoves(s, power));
  const door = doorDecision(s, power, x.aims);
  if (door) return door;
  return operate(x, ctx);
}

/** A level bot from how it operates. */
export function makeLevelBot(id: string, label: string, operate: Operate, agendaWeight?: number): Bot {
  return {
    id,
    label,
    decide(view, power, ctx) {
      return levelDecision(view, power, ctx, operate, agendaWeight);
    },
  };
}
