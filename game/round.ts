/**
 * The automatic steps of a round, in GAME.md's order: income, event, (actions), threat, scoring.
 * Play only ever waits at a decision — an event choice, an action, an answer — so the moves module
 * calls into here to run everything between two decisions.
 */
import { addBaseLevels, addInfluence, addIp, addStability, addTension, addThreat, applyEffects } from './effects.ts';
import { random, randomInt } from './rng.ts';
import type { EventCard } from './schema.ts';
import { agendaValue, controller, regionsInPlay, roundObjectivesValue } from './selectors.ts';
import type { EndReason, GameState } from './state.ts';
import { POWERS, byPower, hostOf, type Power, type RegionId } from './vocabulary.ts';

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

/** Start the next round: rotate the order, pay income, draw the event. */
export function beginRound(s: GameState): void {
  s.round += 1;
  s.log.push({ t: 'round', round: s.round });
  s.refused = [];
  const base = s.scenario.order;
  const shift = s.scenario.rules.rotateOrder ? (s.round - 1) % base.length : 0;
  s.order = [...base.slice(shift), ...base.slice(0, shift)];
  income(s);
  drawEvent(s);
  if (s.event && eventCard(s, s.event.card).choice && s.event.chosen === undefined) {
    s.step = 'event';
  } else {
    startActions(s);
  }
  checkCrisis(s);
}

export function startActions(s: GameState): void {
  s.step = 'actions';
  s.turn = 0;
  s.actionsLeft = s.scenario.rules.actionsPerTurn;
}

/** Income: economy, controlled regions' value, base rent, last round's aid; bases' lasting influence. */
export function income(s: GameState): void {
  const rules = s.scenario.rules;
  const gains = byPower((p) => s.economy[p] + rules.income.aidDividend * s.aid[p].length);
  for (const setup of s.scenario.regions) {
    const id = setup.id;
    const r = s.regions[id]!;
    const c = controller(s, id);
    if (c) gains[c] += setup.value * rules.income.perControlledValue;
    const host = hostOf(id);
    for (const b of r.bases) {
      if (b.owner !== host) gains[host] += b.level * rules.income.baseRentPerLevel;
    }
  }
  for (const id of regionsInPlay(s)) {
    for (const b of s.regions[id]!.bases) addInfluence(s, id, b.owner, b.level * rules.base.influencePerLevel);
  }
  for (const p of POWERS) {
    addIp(s, p, gains[p]);
    s.aid[p] = [];
    s.log.push({ t: 'income', round: s.round, power: p, amount: gains[p] });
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

/** The threat step: growth, spread along borders, suppression, incidents, leases ending. */
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
    const r = s.regions[id]!;
    addThreat(s, id, -rules.base.threatSuppression * r.bases.length);
    const host = hostOf(id);
    const covered = s.coalitions.some(
      (c) => c.members.length >= rules.coalition.minForCounterterrorism && c.members.includes(host),
    );
    if (covered) addThreat(s, id, -rules.coalition.counterterrorism);
  }
  for (const id of regionsInPlay(s)) incident(s, id);
  for (const id of regionsInPlay(s)) {
    const r = s.regions[id]!;
    const ending = r.bases.filter((b) => b.leaseEndsRound !== undefined && b.leaseEndsRound <= s.round);
    for (const b of ending) s.log.push({ t: 'leaseEnded', round: s.round, power: b.owner, region: id });
    if (ending.length) r.bases = r.bases.filter((b) => !ending.includes(b));
  }
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
  addThreat(s, id, -1);
  s.log.push({ t: 'incident', round: s.round, region: id, stabilityAfter: r.stability, losses });
}

/** Scoring: each power's round objectives, the round's record, then the end checks. */
export function scoringStep(s: GameState): void {
  for (const p of POWERS) {
    const vp = roundObjectivesValue(s, p);
    s.vp[p] += vp;
    s.log.push({ t: 'score', round: s.round, power: p, vp });
  }
  addTension(s, -s.scenario.rules.tension.decay);
  recordRound(s);
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
  if (s.round >= s.scenario.rounds) endGame(s, 'rounds');
}

function recordRound(s: GameState): void {
  const influence: GameState['history'][number]['influence'] = {};
  const threat: Record<string, number> = {};
  for (const id of regionsInPlay(s)) {
    influence[id] = { ...s.regions[id]!.influence };
    threat[id] = s.regions[id]!.threat;
  }
  s.history.push({ round: s.round, influence, threat, scores: { ...s.vp }, ip: { ...s.ip }, tension: s.tension });
}

/** A crisis ends the game the moment tension reaches its maximum. */
export function checkCrisis(s: GameState): void {
  if (s.step === 'ended') return;
  if (s.tension >= s.scenario.rules.tension.max && s.scenario.suddenDeath.some((r) => r.type === 'crisis')) {
    endGame(s, 'crisis');
  }
}

/** End the game: score the secret agendas and name the winners (ties share the win). */
export function endGame(s: GameState, reason: EndReason, by?: Power): void {
  for (const p of POWERS) {
    const vp = agendaValue(s, p);
    s.vp[p] += vp;
    if (s.agendas) s.log.push({ t: 'agenda', power: p, agenda: s.agendas[p], vp });
  }
  const top = Math.max(...POWERS.map((p) => s.vp[p]));
  const winners = POWERS.filter((p) => s.vp[p] === top);
  s.step = 'ended';
  s.requests = [];
  s.proposal = null;
  s.result = { reason, scores: { ...s.vp }, winners, ...(by ? { by } : {}) };
  s.log.push({ t: 'end', reason, winners });
}

/** After the last power's turn: threat, scoring, and the next round unless the game ended. */
export function endRound(s: GameState): void {
  threatStep(s);
  scoringStep(s);
  if (s.step !== 'ended') beginRound(s);
}

/** Move play on after an action: next action, next power, or the end of the round. */
export function advance(s: GameState, passed: boolean): void {
  if (s.step !== 'actions' || s.requests.length > 0) return;
  if (passed) s.actionsLeft = 0;
  if (s.actionsLeft > 0) return;
  if (s.turn + 1 < s.order.length) {
    s.turn += 1;
    s.actionsLeft = s.scenario.rules.actionsPerTurn;
    return;
  }
  endRound(s);
}

/** Build or expand a base at once (used when consent is given, or by the host itself). */
export function placeBase(s: GameState, id: RegionId, owner: Power): number {
  return addBaseLevels(s, id, owner, 1);
}
