/**
 * The automatic steps of a round, in GAME.md's order: income, event, (actions), threat, scoring.
 * Play only ever waits at a decision — an event choice, an action, an answer — so the moves module
 * calls into here to run everything between two decisions.
 */
import { addInfluence, addIp, addStability, addTension, addThreat, applyEffects } from './effects.ts';
import { areRivals, hostsInPlay, isGreatPower } from './ops/common.ts';
import { random, randomInt } from './rng.ts';
import type { EventCard } from './schema.ts';
import {
  agendaOf,
  agendaValue,
  basePushback,
  controller,
  incomeDue,
  jointBloc,
  objectiveValue,
  regionsInPlay,
  roundObjectivesValue,
  shareCoalition,
  totalInfluence,
} from './selectors.ts';
import type { EndReason, GameState } from './state.ts';
import { POWERS, byPower, type Power, type RegionId } from './vocabulary.ts';

/** Each scenario's event cards by id, kept outside the serialisable state. */
const cardCache = new WeakMap<GameState['scenario'], Map<string, EventCard>>();

/** The event card with this id (throws for an id the scenario does not have: a programmer's bug). */
export function eventCard(s: GameState, id: string): EventCard {
  let cards = cardCache.get(s.scenario);
  if (!cards) {
    cards = new Map(s.scenario.events.map((e) => [e.id, e]));
    cardCache.set(s.scenario, cards);
  }
  const card = cards.get(id);
  if (!card) throw new Error(`event ${id} is not in the scenario`);
  return card;
}

/** Deal each power one secret agenda from its pool. */
export function dealAgendas(s: GameState): void {
  s.agendas = byPower((p) => {
    const pool = s.scenario.agendas.filter((a) => a.power === p);
    const pick = pool[randomInt(s, pool.length)];
    if (!pick) throw new Error(`no agenda for ${p}`);
    return pick.id;
  });
}

/** Record what each objective and agenda is worth at the start: scoring pays only the gain over it. */
export function setBaseline(s: GameState): void {
  s.baseline = {
    objectives: byPower((p) => s.scenario.objectives[p].map((o) => objectiveValue(s, p, o))),
    agenda: byPower((p) => {
      const a = agendaOf(s, p);
      return a ? objectiveValue(s, p, a.objective) : 0;
    }),
  };
}

/** Start the next round: rotate the order, pay income, draw the event. */
export function beginRound(s: GameState): void {
  s.round += 1;
  s.log.push({ t: 'round', round: s.round });
  const base = s.scenario.order;
  const shift = s.scenario.rules.rotateOrder ? (s.round - 1) % base.length : 0;
  s.order = [...base.slice(shift), ...base.slice(0, shift)];
  for (const id of regionsInPlay(s)) s.acted[id] = [];
  income(s);
  drawEvent(s);
  if (s.event && eventCard(s, s.event.card).choice && s.event.chosen === undefined) {
    s.step = 'event';
  } else {
    startActions(s);
  }
  checkCrisis(s, null);
}

export function startActions(s: GameState): void {
  s.step = 'actions';
  s.turn = 0;
  s.doorChanges = 0;
}

/**
 * Income: what is left over from last round is cut to the carry-over cap, then each power gains its
 * economy, its controlled regions' value, base rent (hosts) and last round's aid dividend (hosts);
 * bases give their owners lasting influence.
 */
export function income(s: GameState): void {
  const rules = s.scenario.rules;
  const gains = incomeDue(s);
  for (const id of regionsInPlay(s)) {
    for (const b of s.regions[id]!.bases) addInfluence(s, id, b.owner, b.level * rules.base.influencePerLevel);
  }
  for (const p of POWERS) {
    // Round 1 has nothing carried over: the starting IP is the scenario's endowment, kept whole.
    const lost = s.round > 1 ? Math.max(0, s.ip[p] - rules.income.carryOver) : 0;
    s.ip[p] -= lost;
    addIp(s, p, gains[p]);
    s.aid[p] = [];
    s.log.push({ t: 'income', round: s.round, power: p, amount: gains[p], lost });
  }
}

/** Draw the round's event: a card pinned to this round if there is one, else a random unpinned card. */
export function drawEvent(s: GameState): void {
  let index = s.deck.findIndex((id) => eventCard(s, id).round === s.round);
  if (index < 0) {
    const free = s.deck.map((id, i) => [id, i] as const).filter(([id]) => eventCard(s, id).round === undefined);
    if (free.length === 0) {
      s.event = null;
      return;
    }
    index = free[randomInt(s, free.length)]![1];
  }
  const id = s.deck[index]!;
  s.deck.splice(index, 1);
  s.event = { card: id };
  s.log.push({ t: 'event', round: s.round, card: id });
  applyEffects(s, eventCard(s, id).effects);
}

/**
 * The strain the round's end will add, as it stands: each power in two blocs whose leaders are rivals
 * (coalition.doubleTension) and each door a host keeps closed to a great power it shares a bloc with
 * (doors.closedTension: Moscow shut out by Dushanbe), one entry per cause, blamed on that power. A door
 * closed between two small partners strains nothing. The strain step adds exactly these; bots read them.
 */
export function strainDue(s: GameState): { power: Power; cause: 'double' | 'door'; tension: number }[] {
  const rules = s.scenario.rules;
  const out: { power: Power; cause: 'double' | 'door'; tension: number }[] = [];
  for (const p of POWERS) {
    const leaders = s.coalitions.filter((c) => c.members.includes(p)).map((c) => c.leader);
    const double = leaders.some((a, i) => leaders.slice(i + 1).some((b) => areRivals(s, a, b)));
    if (double && rules.coalition.doubleTension > 0)
      out.push({ power: p, cause: 'double', tension: rules.coalition.doubleTension });
  }
  if (rules.doors.closedTension > 0) {
    for (const host of hostsInPlay(s)) {
      for (const guest of POWERS) {
        const shut = guest !== host && s.doors[host][guest] === null;
        if (shut && isGreatPower(guest) && shareCoalition(s, host, guest))
          out.push({ power: host, cause: 'door', tension: rules.doors.closedTension });
      }
    }
  }
  return out;
}

/** Strain at the round's end: the tension `strainDue` lists, each blamed on its power. */
export function strainStep(s: GameState): void {
  for (const { power, cause, tension: amount } of strainDue(s)) {
    const tension = addTension(s, amount, power);
    s.log.push({ t: 'strain', round: s.round, power, cause, tension });
  }
}

/** The threat step: new threat arrives, spreads along borders, is pushed back where someone acts, strikes. */
export function threatStep(s: GameState): void {
  const rules = s.scenario.rules;
  for (const r of s.scenario.regions) {
    if (r.threatGrowth > 0 && random(s) < r.threatGrowth) {
      addThreat(s, r.id, 1);
      s.log.push({ t: 'growth', round: s.round, region: r.id });
    }
  }
  const before: Record<string, number> = {};
  for (const id of regionsInPlay(s)) before[id] = s.regions[id]!.threat;
  const spread = (from: RegionId, to: RegionId) => {
    const tf = before[from]!;
    if (tf >= rules.threat.spreadAt && before[to]! < tf && random(s) < rules.threat.spreadChance) {
      addThreat(s, to, 1);
      s.log.push({ t: 'spread', round: s.round, from, to });
    }
  };
  for (const [a, b] of s.scenario.borders) {
    spread(a, b);
    spread(b, a);
  }
  for (const id of regionsInPlay(s)) {
    addThreat(s, id, -basePushback(s, id));
    jointAction(s, id);
  }
  for (const id of regionsInPlay(s)) incident(s, id);
  for (const id of regionsInPlay(s)) {
    const r = s.regions[id]!;
    const ending = r.bases.filter((b) => b.leaseEndsRound !== undefined && b.leaseEndsRound <= s.round);
    for (const b of ending) s.log.push({ t: 'leaseEnded', round: s.round, power: b.owner, region: id });
    if (ending.length) r.bases = r.bases.filter((b) => !ending.includes(b));
  }
}

/** Where two or more members of one bloc operated this round, the bloc acts together: threat falls, they gain. */
function jointAction(s: GameState, id: RegionId): void {
  const rules = s.scenario.rules.coalition;
  const bloc = jointBloc(s, id);
  if (!bloc) return;
  addThreat(s, id, -rules.jointThreat);
  for (const p of bloc.members) addInfluence(s, id, p, rules.jointInfluence);
  s.log.push({
    t: 'joint',
    round: s.round,
    region: id,
    coalition: bloc.coalition,
    members: bloc.members,
    threatAfter: s.regions[id]!.threat,
  });
}

/** Where threat exceeds stability, an incident strikes: influence lost (base owners are shielded), stability falls. */
function incident(s: GameState, id: RegionId): void {
  const rules = s.scenario.rules.threat;
  const r = s.regions[id]!;
  if (r.threat <= r.stability) return;
  const losses: Power[] = [];
  for (const p of POWERS) {
    if (r.influence[p] > 0 && !r.bases.some((b) => b.owner === p)) {
      addInfluence(s, id, p, -rules.incidentInfluenceLoss);
      losses.push(p);
    }
  }
  addStability(s, id, -rules.incidentStabilityLoss);
  addThreat(s, id, -rules.incidentThreatRelief);
  s.log.push({ t: 'incident', round: s.round, region: id, stabilityAfter: r.stability, losses });
}

/** Is this round one of the scenario's scoring rounds? */
export function isScoringRound(s: GameState, round: number = s.round): boolean {
  return s.scenario.scoring.includes(round);
}

/** The scoring step: objectives in scoring rounds, the round's record, tension decay, then the end checks. */
export function scoringStep(s: GameState): void {
  if (isScoringRound(s)) {
    for (const p of POWERS) {
      const vp = roundObjectivesValue(s, p);
      s.vp[p] += vp;
      s.log.push({ t: 'score', round: s.round, power: p, vp });
    }
  }
  addTension(s, -s.scenario.rules.tension.decay);
  recordRound(s);
  if (isScoringRound(s)) {
    for (const rule of s.scenario.suddenDeath) {
      if (rule.type === 'dominance') {
        const counts = byPower(() => 0);
        for (const id of regionsInPlay(s)) {
          const c = controller(s, id);
          if (c) counts[c] += 1;
        }
        const dominant = POWERS.find((p) => counts[p] >= rule.regions);
        if (dominant) {
          s.vp[dominant] += rule.vp;
          return endGame(s, 'dominance', dominant);
        }
      }
    }
  }
  if (s.round >= s.scenario.rounds) endGame(s, 'rounds');
}

function recordRound(s: GameState): void {
  const influence: GameState['history'][number]['influence'] = {};
  const threat: Record<string, number> = {};
  for (const id of regionsInPlay(s)) {
    influence[id] = { ...s.regions[id]!.influence };
    threat[id] = s.regions[id]!.threat;
  }
  const scored = isScoringRound(s);
  const standing = byPower((p) => s.vp[p] + (scored ? 0 : roundObjectivesValue(s, p)));
  s.history.push({
    round: s.round,
    influence,
    threat,
    scores: { ...s.vp },
    standing,
    ip: { ...s.ip },
    tension: s.tension,
  });
}

/** The powers carrying blame, most first (equals in the order of POWERS): the list the board shows. */
export function blameRanking(s: GameState): Power[] {
  return POWERS.filter((p) => s.blame[p] > 0).sort((a, b) => s.blame[b] - s.blame[a]);
}

/** The power blamed for a crisis: the most blame; among equals the one whose move set it off, else the first. */
export function mostToBlame(s: GameState, mover: Power | null): Power | null {
  const ranked = blameRanking(s);
  const top = ranked[0];
  if (top === undefined) return mover;
  const tied = ranked.filter((p) => s.blame[p] === s.blame[top]);
  return mover && tied.includes(mover) ? mover : top;
}

/** The power a crisis would blame now whatever move set it off: a sole top of the blame, else null. */
export function certainlyBlamed(s: GameState): Power | null {
  const [first, second] = blameRanking(s);
  if (first === undefined) return null;
  return second === undefined || s.blame[first] > s.blame[second] ? first : null;
}

/** A crisis ends the game the moment tension reaches its maximum; the power most to blame pays. */
export function checkCrisis(s: GameState, mover: Power | null): void {
  if (s.step === 'ended') return;
  if (s.tension < s.scenario.rules.tension.max || !s.scenario.suddenDeath.some((r) => r.type === 'crisis')) return;
  const blamed = mostToBlame(s, mover);
  const penalty = s.scenario.rules.tension.crisisPenalty;
  s.log.push({ t: 'crisis', round: s.round, blamed, penalty: blamed ? penalty : 0 });
  endGame(s, 'crisis', undefined, blamed ?? undefined, penalty);
}

/**
 * The winners: the most VP; among equals, the least blame (the power that raised less tension), then
 * the most influence on the board. Powers equal on all three share the win.
 */
export function winnersOf(s: GameState): Power[] {
  const best = (powers: Power[], key: (p: Power) => number) => {
    const top = Math.max(...powers.map(key));
    return powers.filter((p) => key(p) === top);
  };
  const byVp = best([...POWERS], (p) => s.vp[p]);
  const byBlame = best(byVp, (p) => -s.blame[p]);
  return best(byBlame, (p) => totalInfluence(s, p));
}

/** End the game: score the secret agendas, take a crisis's penalty, and name the winners (`winnersOf`). */
export function endGame(s: GameState, reason: EndReason, by?: Power, blamed?: Power, penalty = 0): void {
  for (const p of POWERS) {
    const vp = agendaValue(s, p);
    s.vp[p] += vp;
    if (s.agendas) s.log.push({ t: 'agenda', power: p, agenda: s.agendas[p], vp });
  }
  // A crisis's penalty comes off the final score, agendas included (never below zero).
  if (blamed) s.vp[blamed] = Math.max(0, s.vp[blamed] - penalty);
  const winners = winnersOf(s);
  s.step = 'ended';
  s.result = { reason, scores: { ...s.vp }, winners, ...(by ? { by } : {}), ...(blamed ? { blamed } : {}) };
  s.log.push({ t: 'end', reason, winners });
}

/** After the last power's turn: strain, threat, scoring, and the next round unless the game ended. */
export function endRound(s: GameState): void {
  strainStep(s);
  checkCrisis(s, null);
  if (s.result) return;
  threatStep(s);
  scoringStep(s);
  if (!s.result) beginRound(s);
}

/** After an operation: the next power's turn, or the end of the round. */
export function endTurn(s: GameState): void {
  if (s.step !== 'actions') return;
  s.doorChanges = 0;
  if (s.turn + 1 < s.order.length) {
    s.turn += 1;
    return;
  }
  endRound(s);
}
