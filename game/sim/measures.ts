/**
 * The balance report's figures, each a pure function of the games' facts (`facts.ts`), in run order.
 * Shares are 0..1. A figure with nothing to measure (no door sampled, no game past round 1) is null,
 * never a made-up 0. Ties share the win: k powers tied for first each get 1/k of it.
 */
import { ACTION_KINDS, POWERS, byPower, type ActionKind, type ByPower, type Power } from '../vocabulary.ts';
import type { GameFacts } from './facts.ts';

/** The median of a list (the mean of the two middle values for an even count); null for none. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const share = (count: number, of: number): number | null => (of === 0 ? null : count / of);

/** Each power's share of the wins. */
export function winRates(games: readonly GameFacts[]): ByPower<number> {
  const wins = byPower(() => 0);
  for (const g of games) for (const w of g.winners) wins[w] += 1 / g.winners.length;
  return byPower((p) => (games.length === 0 ? 0 : wins[p] / games.length));
}

/** Mean final score of one power. */
export function meanScore(games: readonly GameFacts[], power: Power): number {
  return games.length === 0 ? 0 : games.reduce((s, g) => s + g.scores[power], 0) / games.length;
}

/**
 * The passive seat: its win rate, and its mean score as a share of what a planner scored in the same
 * seat over the same seeds (`reference`, the all-planner games of those seeds).
 */
export function passiveSeat(
  games: readonly GameFacts[],
  reference: readonly GameFacts[],
  power: Power,
): { winRate: number; scoreShare: number | null } {
  const ref = meanScore(reference, power);
  return { winRate: winRates(games)[power], scoreShare: ref === 0 ? null : meanScore(games, power) / ref };
}

const sameWinners = (a: readonly Power[], b: readonly Power[]) =>
  a.length === b.length && a.every((p) => b.includes(p));

/** Share of games whose winners are the same when only the bots' tie-breaks were re-rolled (pairs by index). */
export function winnerUnchanged(games: readonly GameFacts[], rerolled: readonly GameFacts[]): number | null {
  const n = Math.min(games.length, rerolled.length);
  let same = 0;
  for (let i = 0; i < n; i++) if (sameWinners(games[i]!.winners, rerolled[i]!.winners)) same += 1;
  return share(same, n);
}

/** The winner's lead over the next power, as a share of the winner's score (0 for a tie). */
export function winningMargin(g: GameFacts): number {
  const sorted = POWERS.map((p) => g.scores[p]).sort((a, b) => b - a);
  const top = sorted[0]!;
  if (g.winners.length > 1 || top <= 0) return 0;
  return (top - sorted[1]!) / top;
}

/** Median winning margin (share of the winner's score) and the share of games ending in a tie. */
export function margins(games: readonly GameFacts[]): { median: number | null; ties: number | null } {
  return {
    median: median(games.map(winningMargin)),
    ties: share(games.filter((g) => g.winners.length > 1).length, games.length),
  };
}

/**
 * How often the leader after round 1 wins: each game gives the share of its round-1 leaders that are
 * among its winners (leaders by standing: VP banked plus what their objectives would score then); games
 * that ended before round 1's end are left out.
 */
export function leaderWins(games: readonly GameFacts[]): number | null {
  let sum = 0;
  let n = 0;
  for (const g of games) {
    if (g.leadersAfterRound1.length === 0) continue;
    n += 1;
    sum += g.leadersAfterRound1.filter((p) => g.winners.includes(p)).length / g.leadersAfterRound1.length;
  }
  return n === 0 ? null : sum / n;
}

/** The lesson clock's weights: seconds for a decision, a hand-off and an event card. */
export const CLOCK = { decision: 45, handoff: 10, event: 30 } as const;

/** Minutes an all-human game would take on the lesson clock. */
export function lessonMinutes(g: GameFacts): number {
  return (CLOCK.decision * g.decisions + CLOCK.handoff * g.handoffs + CLOCK.event * g.events) / 60;
}

/** Medians of the lesson clock: minutes, group decisions, hand-offs, event cards. */
export function lessonClock(games: readonly GameFacts[]): {
  minutes: number | null;
  decisions: number | null;
  handoffs: number | null;
  events: number | null;
} {
  return {
    minutes: median(games.map(lessonMinutes)),
    decisions: median(games.map((g) => g.decisions)),
    handoffs: median(games.map((g) => g.handoffs)),
    events: median(games.map((g) => g.events)),
  };
}

/** The hosts' pass rate in each round (passes / actions over all games), and the worst round. */
export function hostPassRates(games: readonly GameFacts[]): { perRound: (number | null)[]; worst: number | null } {
  const rounds = Math.max(0, ...games.map((g) => g.hostRounds.length));
  const perRound: (number | null)[] = [];
  for (let r = 0; r < rounds; r++) {
    let actions = 0;
    let passes = 0;
    for (const g of games) {
      actions += g.hostRounds[r]?.actions ?? 0;
      passes += g.hostRounds[r]?.passes ?? 0;
    }
    perRound.push(share(passes, actions));
  }
  const known = perRound.filter((x): x is number => x !== null);
  return { perRound, worst: known.length === 0 ? null : Math.max(...known) };
}

/** The share of each action kind in a count table (all zero when it is empty). */
export function mixOf(counts: Record<ActionKind, number>): Record<ActionKind, number> {
  const total = ACTION_KINDS.reduce((s, k) => s + counts[k], 0);
  const out = {} as Record<ActionKind, number>;
  for (const k of ACTION_KINDS) out[k] = total === 0 ? 0 : counts[k] / total;
  return out;
}

const addCounts = (into: Record<ActionKind, number>, from: Record<ActionKind, number>) => {
  for (const k of ACTION_KINDS) into[k] += from[k];
};
const zeroCounts = (): Record<ActionKind, number> => {
  const out = {} as Record<ActionKind, number>;
  for (const k of ACTION_KINDS) out[k] = 0;
  return out;
};

/**
 * Each power's most-used operation (aid, base, exercise, coalition, special or pass; found, join and leave
 * are all coalition) and its share of its operations; whether it is one kind for all.
 */
export function topOperations(games: readonly GameFacts[]): {
  powers: ByPower<{ kind: ActionKind; share: number }>;
  sameForAll: boolean;
} {
  const powers = byPower((p) => {
    const counts = zeroCounts();
    for (const g of games) addCounts(counts, g.actions[p]);
    const mix = mixOf(counts);
    const kind = ACTION_KINDS.reduce((best, k) => (mix[k] > mix[best] ? k : best), ACTION_KINDS[0]);
    return { kind, share: mix[kind] };
  });
  return { powers, sameForAll: POWERS.every((p) => powers[p].kind === powers.russia.kind) };
}

/** Median IP left unspent at the end, per power. */
export function ipUnspent(games: readonly GameFacts[]): ByPower<number | null> {
  return byPower((p) => median(games.map((g) => g.ipEnd[p])));
}

/** Median of threat after the last round as a share of setup threat, and median incidents after the midpoint. */
export function lateThreat(games: readonly GameFacts[]): { threat: number | null; incidents: number | null } {
  const withThreat = games.filter((g) => g.threatSetup > 0);
  return {
    threat: median(withThreat.map((g) => g.threatLast / g.threatSetup)),
    incidents: median(games.map((g) => g.incidentsLate)),
  };
}

/** Share of games with a coalition founded or joined, and with a bloc broken or switched. */
export function blocs(games: readonly GameFacts[]): { made: number | null; broken: number | null } {
  return {
    made: share(games.filter((g) => g.coalitionMade).length, games.length),
    broken: share(games.filter((g) => g.blocBroken).length, games.length),
  };
}

/**
 * Share of games whose tension reached the rules' danger zone (rules.tension.danger: no bases, exercises
 * of size 1, no drill) at any point, and share that ended in a crisis (tension reached rules.tension.max).
 */
export function tension(
  games: readonly GameFacts[],
  dangerAt: number,
): { danger: number | null; crisis: number | null; dangerAt: number } {
  return {
    danger: share(games.filter((g) => g.tensionPeak >= dangerAt).length, games.length),
    crisis: share(games.filter((g) => g.reason === 'crisis').length, games.length),
    dangerAt,
  };
}

/**
 * "Requests or offers accepted" under Rules 2.0, where a host's consent is its door: the share of doors
 * open (each host in play × each other power, sampled at every round's end), over all games.
 */
export function acceptance(games: readonly GameFacts[]): number | null {
  return share(
    games.reduce((s, g) => s + g.doorsOpen, 0),
    games.reduce((s, g) => s + g.doorsSampled, 0),
  );
}

/** The dealt agendas' VP on the started game: the mean, the largest, and the share worth anything. */
export function agendaAtSetup(games: readonly GameFacts[]): { mean: number; max: number; scoring: number | null } {
  const vps = games.flatMap((g) => POWERS.map((p) => g.agendaSetupVp[p]));
  return {
    mean: vps.length === 0 ? 0 : vps.reduce((a, b) => a + b, 0) / vps.length,
    max: Math.max(0, ...vps),
    scoring: share(vps.filter((v) => v > 0).length, vps.length),
  };
}

/** Total-variation distance between two distributions over the action kinds (0..1). */
export function totalVariation(a: Record<ActionKind, number>, b: Record<ActionKind, number>): number {
  return ACTION_KINDS.reduce((s, k) => s + Math.abs(a[k] - b[k]), 0) / 2;
}

/**
 * How much a power's agenda changes its play: its games grouped by the agenda it was dealt, the action
 * mix of each group, and the largest total-variation distance between two groups' mixes. Null for a
 * power with fewer than two agendas dealt in these games.
 */
export function agendaPull(games: readonly GameFacts[]): ByPower<{ distance: number | null; agendas: number }> {
  return byPower((p) => {
    const groups = new Map<string, Record<ActionKind, number>>();
    for (const g of games) {
      const id = g.agendas[p];
      let counts = groups.get(id);
      if (!counts) groups.set(id, (counts = zeroCounts()));
      addCounts(counts, g.actions[p]);
    }
    const mixes = [...groups.values()].map(mixOf);
    let distance: number | null = null;
    for (let i = 0; i < mixes.length; i++)
      for (let j = i + 1; j < mixes.length; j++)
        distance = Math.max(distance ?? 0, totalVariation(mixes[i]!, mixes[j]!));
    return { distance, agendas: groups.size };
  });
}
