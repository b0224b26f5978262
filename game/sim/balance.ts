/**
 * The balance report's rows: each figure of GAME.md's table computed from a level's games
 * (`measures.ts`), printed in its unit beside its target (`targets.ts`), with a met/missed mark.
 * A level's games are played with one bot in every seat; the passive baseline's are played with the
 * passive bot in one seat and planners in the other four, each seat in turn, on the planner's seeds.
 */
import { POWERS, POWER_NAMES, byPower, type ByPower, type Power } from '../vocabulary.ts';
import type { GameFacts } from './facts.ts';
import {
  acceptance,
  agendaAtSetup,
  agendaPull,
  blocs,
  hostPassRates,
  ipUnspent,
  lateThreat,
  leaderWins,
  lessonClock,
  margins,
  passiveSeat,
  tension,
  topOperations,
  winRates,
  winnerUnchanged,
} from './measures.ts';
import { TARGETS, describeBand, formatValue, within, type TargetId } from './targets.ts';

/** One row of the report for one level. */
export interface Figure {
  /** Stable id, e.g. "winRate.russia" or "lessonMinutes". */
  id: string;
  /** What it measures, in English, e.g. "win rate: Russia". */
  label: string;
  /** The target as GAME.md writes it, e.g. "10–35%". */
  target: string;
  /** The measured figure (shares 0..1); null when there was nothing to measure. */
  value: number | null;
  /** The figure as printed, e.g. "14.5%" or "China: aid 91.2%". */
  text: string;
  /** Whether the target is met; null when the figure is not judged (the tutorial's win rates). */
  met: boolean | null;
}

export interface BalanceContext {
  /** The scenario's danger zone (rules.tension.danger). */
  tensionDanger: number;
  /** The tutorial is exempt from the win-rate rows. */
  exemptWinRates: boolean;
}

function figure(
  id: string,
  target: TargetId,
  label: string,
  value: number | null,
  options: { text?: string; judged?: boolean; met?: boolean } = {},
): Figure {
  const band = TARGETS[target];
  const judged = options.judged ?? true;
  return {
    id,
    label,
    target: describeBand(band),
    value,
    text: options.text ?? formatValue(band.unit, value),
    met: judged ? (options.met ?? within(band, value)) : null,
  };
}

/** The power whose value is worst for a band (the largest for a ceiling, the smallest for a floor). */
function worst(values: ByPower<number | null>, ceiling: boolean): { power: Power; value: number | null } {
  let pick: { power: Power; value: number | null } = { power: POWERS[0], value: values[POWERS[0]] };
  for (const p of POWERS) {
    const v = values[p];
    if (v === null) return { power: p, value: null };
    if (pick.value !== null && (ceiling ? v > pick.value : v < pick.value)) pick = { power: p, value: v };
  }
  return pick;
}

/** Every figure of one level's games. `rerolled` (planner only): the same seeds with re-rolled tie-breaks. */
export function levelFigures(
  games: readonly GameFacts[],
  ctx: BalanceContext,
  rerolled?: readonly GameFacts[],
): Figure[] {
  const out: Figure[] = [];
  const rates = winRates(games);
  for (const p of POWERS)
    out.push(
      figure(`winRate.${p}`, 'winRate', `win rate: ${POWER_NAMES[p]}`, rates[p], { judged: !ctx.exemptWinRates }),
    );
  if (rerolled)
    out.push(
      figure(
        'winnerUnchanged',
        'winnerUnchanged',
        'winner unchanged, tie-breaks re-rolled',
        winnerUnchanged(games, rerolled),
      ),
    );
  const m = margins(games);
  out.push(figure('margin', 'margin', 'median winning margin (of the winner’s score)', m.median));
  out.push(figure('ties', 'ties', 'games tied', m.ties));
  out.push(figure('leaderWins', 'leaderWins', 'the leader after round 1 wins', leaderWins(games)));
  const clock = lessonClock(games);
  const clockText =
    clock.minutes === null
      ? 'n/a'
      : `${clock.minutes.toFixed(0)} min (${clock.decisions} decisions, ${clock.handoffs} hand-offs, ${clock.events} events)`;
  out.push(figure('lessonMinutes', 'lessonMinutes', 'lesson clock, median', clock.minutes, { text: clockText }));
  out.push(figure('decisions', 'decisions', 'group decisions a game, median', clock.decisions));
  const hosts = hostPassRates(games);
  const worstRound = hosts.worst === null ? -1 : hosts.perRound.indexOf(hosts.worst);
  out.push(
    figure('hostPassRate', 'hostPassRate', 'hosts’ pass rate, worst round', hosts.worst, {
      text: hosts.worst === null ? 'n/a' : `${formatValue('share', hosts.worst)} (round ${worstRound + 1})`,
    }),
  );
  const ops = topOperations(games);
  const topShare = worst(
    byPower((p) => ops.powers[p].share),
    true,
  );
  const top = ops.powers[topShare.power];
  out.push(
    figure('topOperation', 'topOperation', 'most-used operation, largest share', topShare.value, {
      text: `${POWER_NAMES[topShare.power]}: ${top.kind} ${formatValue('share', top.share)}`,
    }),
  );
  const kinds = [...new Set(POWERS.map((p) => ops.powers[p].kind))];
  out.push({
    id: 'sameTopOperation',
    label: 'the same most-used operation for every power',
    target: 'no',
    value: ops.sameForAll ? 1 : 0,
    text: ops.sameForAll ? `yes (${kinds[0]})` : `no (${kinds.join(', ')})`,
    met: !ops.sameForAll,
  });
  const ip = worst(ipUnspent(games), true);
  out.push(
    figure('ipUnspent', 'ipUnspent', 'IP unspent at the end, largest median', ip.value, {
      text: ip.value === null ? 'n/a' : `${POWER_NAMES[ip.power]}: ${formatValue('number', ip.value)}`,
    }),
  );
  const late = lateThreat(games);
  out.push(figure('lateThreat', 'lateThreat', 'threat after the last round (of setup), median', late.threat));
  out.push(figure('lateIncidents', 'lateIncidents', 'incidents after the midpoint, median', late.incidents));
  const b = blocs(games);
  out.push(figure('coalitionMade', 'coalitionMade', 'games with a coalition founded or joined', b.made));
  out.push(figure('blocBroken', 'blocBroken', 'games with a bloc broken or switched', b.broken));
  const t = tension(games, ctx.tensionDanger);
  out.push(
    figure('tensionDanger', 'tensionDanger', `games reaching the danger zone (tension ≥ ${t.dangerAt})`, t.danger),
  );
  out.push(figure('crisis', 'crisis', 'games ending in crisis', t.crisis));
  out.push(figure('accepted', 'accepted', 'doors open at the round’s end (consent given)', acceptance(games)));
  const setup = agendaAtSetup(games);
  out.push(
    figure('agendaSetupVp', 'agendaSetupVp', 'agenda VP at setup, largest', setup.max, {
      text: `${formatValue('number', setup.max)} (mean ${setup.mean.toFixed(1)}; ${formatValue('share', setup.scoring)} of agendas score)`,
    }),
  );
  const pull = agendaPull(games);
  const weakest = worst(
    byPower((p) => pull[p].distance),
    false,
  );
  out.push(
    figure('agendaPull', 'agendaPull', 'action mix between a power’s agendas, smallest', weakest.value, {
      text: `${POWER_NAMES[weakest.power]}: ${formatValue('share', weakest.value)}`,
    }),
  );
  return out;
}

/**
 * The passive baseline: for each power, its win rate with the passive bot in its seat (the reference bot,
 * planners unless told otherwise, in the others), and its mean score there as a share of the reference
 * bot's in the same seat over the same seeds.
 */
export function passiveFigures(
  passive: ByPower<readonly GameFacts[]>,
  reference: readonly GameFacts[],
  referenceBot = 'planner',
): Figure[] {
  const out: Figure[] = [];
  for (const p of POWERS) {
    const seat = passiveSeat(passive[p], reference, p);
    out.push(figure(`passiveWinRate.${p}`, 'passiveWinRate', `passive seat: ${POWER_NAMES[p]} wins`, seat.winRate));
    out.push(
      figure(
        `passiveScoreShare.${p}`,
        'passiveScoreShare',
        `passive seat: ${POWER_NAMES[p]}’s score (of a ${referenceBot}’s)`,
        seat.scoreShare,
      ),
    );
  }
  return out;
}

/** A duplicate head-to-head: the share of deals the stronger bot beats the weaker in the same seat. */
export function duplicateFigure(x: string, y: string, beat: number): Figure {
  return figure(`duplicate.${x}/${y}`, 'duplicate', `${x} beats ${y} (duplicate)`, beat);
}
