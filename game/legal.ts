/**
 * The one enumerator of legal moves. The boardgame.io guard, every bot and the board's highlights all
 * use it, and it uses `checkMove` itself, so there is exactly one definition of legality.
 */
import { eventCard } from './round.ts';
import { checkMove, toMove, type Move } from './moves.ts';
import { regionIds } from './selectors.ts';
import type { GameState } from './state.ts';
import { POWERS, hostOf, type Power } from './vocabulary.ts';

/** Every subset of the other powers with at least one member, in a fixed order. */
function inviteeSets(power: Power): Power[][] {
  const others = POWERS.filter((p) => p !== power);
  const sets: Power[][] = [];
  for (let mask = 1; mask < 1 << others.length; mask++) sets.push(others.filter((_, i) => mask & (1 << i)));
  return sets;
}

/** Candidate moves of the right shape for the current step, legal or not. */
function candidates(s: GameState, power: Power): Move[] {
  if (s.step === 'setup') return [{ kind: 'start' }];
  if (s.step === 'event') {
    const options = s.event ? (eventCard(s, s.event.card).choice?.options ?? []) : [];
    return options.map((o) => ({ kind: 'choose', option: o.id }));
  }
  if (s.requests.length > 0) {
    return [
      { kind: 'answer', accept: true },
      { kind: 'answer', accept: false },
    ];
  }
  const out: Move[] = [];
  const regions = regionIds(s);
  for (const region of regions) out.push({ kind: 'aid', region });
  for (const region of regions) out.push({ kind: 'base', region });
  for (const region of regions) {
    const host = hostOf(region);
    if (host !== power) out.push({ kind: 'exercise', region, partner: host });
    else for (const partner of POWERS) if (partner !== power) out.push({ kind: 'exercise', region, partner });
  }
  for (const invitees of inviteeSets(power)) out.push({ kind: 'propose', invitees });
  for (const c of s.coalitions) out.push({ kind: c.members.includes(power) ? 'leave' : 'join', coalition: c.id });
  out.push({ kind: 'pass' });
  return out;
}

/** Every legal move for this power now; empty when it is not this power's decision. */
export function legalMoves(s: GameState, power: Power): Move[] {
  if (toMove(s) !== power) return [];
  return candidates(s, power).filter((m) => checkMove(s, power, m) === null);
}
