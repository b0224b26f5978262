/**
 * Answers and event choices for the rule-based levels, decided by the power's own goals: play each
 * answer (or each option) forward on a private copy of the view, measure the power's outlook, and take
 * the better one. The reason names the goal that made the difference. Nothing here is random.
 */
import { cloneState, applyInPlace } from '../fast.ts';
import type { Move } from '../moves.ts';
import { eventCard } from '../round.ts';
import type { GameState, Request } from '../state.ts';
import type { Power } from '../vocabulary.ts';
import { biggestChange, outlook, publicAimsOf, type Aim } from './aims.ts';
import type { Decision } from './bot.ts';
import { because, goalParams } from './explain.ts';
import { friendly, isRival } from './tactics.ts';

/** The position after a move, played on a private copy (the view itself is never touched). */
export function after(s: GameState, power: Power, move: Move): GameState {
  const copy = cloneState(s, false);
  const reason = applyInPlace(copy, power, move);
  if (reason) throw new Error(`bot tried an illegal move ${JSON.stringify(move)}: ${reason}`);
  return copy;
}

/** How answering changes the asker's lot, as any observer may estimate it from public goals. */
function askerGain(yes: GameState, no: GameState, asker: Power): number {
  const aims = publicAimsOf(no, asker);
  return outlook(yes, asker, aims) - outlook(no, asker, aims);
}

export interface AnswerStyle {
  /** Refuse a rival outright, whatever the goals say (the novice's rule). */
  refuseRivals: boolean;
  /** How much of the asker's own gain counts against saying yes, when the asker is a rival. */
  envy: number;
}

/** Answer the request at the head of the queue by the power's goals. */
export function answerRequest(s: GameState, me: Power, aims: readonly Aim[], style: AnswerStyle): Decision {
  const r: Request = s.requests[0]!;
  const asker = r.from;
  if (style.refuseRivals && !friendly(s, me, asker)) {
    return { move: { kind: 'answer', accept: false }, why: because('refuseRival', { power: asker }) };
  }
  const yes = after(s, me, { kind: 'answer', accept: true });
  const no = after(s, me, { kind: 'answer', accept: false });
  let margin = outlook(yes, me, aims) - outlook(no, me, aims);
  if (style.envy > 0 && isRival(s, me, asker)) margin -= style.envy * askerGain(yes, no, asker);
  const change = biggestChange(no, yes, me, aims);
  if (margin > 1e-9 || (Math.abs(margin) <= 1e-9 && friendly(s, me, asker))) {
    const why =
      change && change.delta > 0
        ? because('acceptGoal', goalParams(change.aim.objective))
        : friendly(s, me, asker) && !isRival(s, me, asker)
          ? because('acceptPartner', { power: asker })
          : because('acceptHarmless');
    return { move: { kind: 'answer', accept: true }, why };
  }
  const why =
    change && change.delta < 0
      ? because('refuseGoal', goalParams(change.aim.objective))
      : isRival(s, me, asker)
        ? because('refuseRival', { power: asker })
        : because('refuseNoGain');
  return { move: { kind: 'answer', accept: false }, why };
}

/** Choose the event option that leaves the power's outlook highest. */
export function chooseOption(s: GameState, me: Power, aims: readonly Aim[]): Decision {
  const options = s.event ? (eventCard(s, s.event.card).choice?.options ?? []) : [];
  let best: { move: Move; state: GameState; value: number } | null = null;
  let second: GameState | null = null;
  for (const o of options) {
    const move: Move = { kind: 'choose', option: o.id };
    const state = after(s, me, move);
    const value = outlook(state, me, aims);
    if (!best || value > best.value) {
      second = best?.state ?? second;
      best = { move, state, value };
    } else if (!second) second = state;
  }
  if (!best) throw new Error(`${me} has no event option to choose`);
  const change = second ? biggestChange(second, best.state, me, aims) : null;
  const why = change
    ? because('choose', goalParams(change.aim.objective))
    : because(options.length > 1 ? 'indifferent' : 'onlyMove');
  return { move: best.move, why };
}
