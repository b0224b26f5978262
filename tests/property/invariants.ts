/**
 * What every property suite checks on a game: the invariants of its numbers, a bound on its length,
 * deep freezing (so that a rule writing to a position it was only asked about throws), and the moves
 * of every shape a scenario admits, legal or not, with payloads that are never legal for anyone.
 */
import { POWERS, REGIONS, actionKindOf, byPower } from '../../game/index.ts';
import type { ByPower, Effect, GameState, LogEntry, Move, Power, Scenario } from '../../game/index.ts';

/**
 * The most decisions a game can take: start, then per round one event choice and, per power, its door
 * changes and its one operation.
 */
export const moveBound = (sc: Scenario) => 1 + sc.rounds * (1 + POWERS.length * (1 + sc.rules.doors.changesPerTurn));

/** Payloads that are never legal for anyone. */
export const GARBAGE: unknown[] = [
  null,
  undefined,
  42,
  'pass',
  [],
  {},
  { kind: 42 },
  { kind: 'toString' },
  { kind: '__proto__' },
  { kind: 'aid', region: 42, size: 1 },
  { kind: 'aid', region: 'gbao' },
  { kind: 'aid', region: 'gbao', size: 1.5 },
  { kind: 'aid', region: 'gbao', size: -1 },
  { kind: 'base', region: 'atlantis' },
  { kind: 'base', region: '__proto__' },
  { kind: 'exercise', region: 'gbao' },
  { kind: 'exercise', region: 'gbao', size: Number.NaN },
  { kind: 'found' },
  { kind: 'found', invitees: 'all' },
  { kind: 'found', invitees: [null] },
  { kind: 'found', invitees: [] },
  { kind: 'join' },
  { kind: 'join', coalition: {} },
  { kind: 'leave', coalition: null },
  { kind: 'door' },
  { kind: 'door', guest: 'china', price: '1' },
  { kind: 'door', guest: 'china', price: Number.POSITIVE_INFINITY },
  { kind: 'door', guest: 'france', price: 0 },
  { kind: 'special', region: 7 },
  { kind: 'answer', accept: true },
  { kind: 'choose', option: 3 },
  { kind: 'start' },
];

/**
 * Every move of every shape for one scenario, legal or not (sizes and prices one past each end, every
 * invitee set, the start), for sampling illegal moves and for brute-force enumeration. `coalitions`
 * adds the ids of blocs formed in a game to the scenario's own and the first ones formed in play.
 */
export function shapes(sc: Scenario, coalitions: readonly string[] = []): Move[] {
  const r = sc.rules;
  const out: Move[] = [{ kind: 'start' }, { kind: 'pass' }, { kind: 'special' }];
  for (const e of sc.events) for (const o of e.choice?.options ?? []) out.push({ kind: 'choose', option: o.id });
  for (const guest of POWERS) {
    out.push({ kind: 'door', guest, price: null });
    for (let price = 0; price <= r.doors.maxPrice + 1; price++) out.push({ kind: 'door', guest, price });
  }
  for (const region of REGIONS) {
    out.push({ kind: 'base', region }, { kind: 'special', region });
    for (let size = 0; size <= r.aid.maxSize + 1; size++) out.push({ kind: 'aid', region, size });
    for (let size = 0; size <= r.exercise.maxSize + 1; size++) out.push({ kind: 'exercise', region, size });
  }
  for (let mask = 1; mask < 1 << POWERS.length; mask++) {
    out.push({ kind: 'found', invitees: POWERS.filter((_, i) => mask & (1 << i)) });
  }
  for (const coalition of new Set([...sc.coalitions.map((c) => c.id), 'c1', 'c2', 'c3', ...coalitions])) {
    out.push({ kind: 'join', coalition }, { kind: 'leave', coalition });
  }
  return out;
}

export function fail(message: string): never {
  throw new Error(message);
}

/** Freeze a value and everything in it: any later write throws (modules run in strict mode). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A number the state may hold: finite and not negative. */
function sane(v: unknown, path: string): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) fail(`${path} is ${String(v)}`);
}

/** Walk every number in a value: finite and not negative. */
export function walkNumbers(value: unknown, path: string): void {
  if (typeof value === 'number') sane(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walkNumbers(v, `${path}.${i}`));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) walkNumbers(v, `${path}.${k}`);
  }
}

/**
 * Every number in the state (the scenario aside) is sane and inside its rule's bounds. The log and
 * history only grow, so only their entries from `seen` on are walked; `walkAll` walks everything.
 */
export function checkInvariants(s: GameState, seen: { log: number; history: number }, walkAll = false): void {
  const rules = s.scenario.rules;
  if (walkAll) walkNumbers({ ...s, scenario: null }, 'state');
  for (const p of POWERS) {
    sane(s.blame[p], `blame.${p}`);
    sane(s.fees[p], `fees.${p}`);
    sane(s.ip[p], `ip.${p}`);
    sane(s.economy[p], `economy.${p}`);
    sane(s.vp[p], `vp.${p}`);
  }
  for (const [k, v] of [
    ['tension', s.tension],
    ['rng', s.rng],
    ['round', s.round],
    ['turn', s.turn],
    ['doorChanges', s.doorChanges],
    ['nextCoalition', s.nextCoalition],
  ] as const) {
    sane(v, k);
  }
  for (const id in s.regions) {
    const r = s.regions[id]!;
    sane(r.threat, `${id}.threat`);
    sane(r.stability, `${id}.stability`);
    if (r.threat > rules.maxThreat) fail(`${id} threat ${r.threat}`);
    if (r.stability < rules.threat.minStability || r.stability > rules.maxStability) {
      fail(`${id} stability ${r.stability}`);
    }
    for (const p of POWERS) {
      sane(r.influence[p], `${id}.influence.${p}`);
      if (r.influence[p] > rules.maxInfluence) fail(`${id} influence ${p} ${r.influence[p]}`);
    }
    for (const b of r.bases) if (!(b.level >= 1 && b.level <= rules.base.maxLevel)) fail(`${id} base ${b.level}`);
  }
  for (const c of s.coalitions) sane(c.formed, `coalition ${c.id}.formed`);
  for (let i = seen.log; i < s.log.length; i++) walkNumbers(s.log[i], `log.${i}`);
  for (let i = seen.history; i < s.history.length; i++) walkNumbers(s.history[i], `history.${i}`);
  seen.log = s.log.length;
  seen.history = s.history.length;
  if (s.result) walkNumbers(s.result, 'result');
  if (s.tension > rules.tension.max) fail(`tension ${s.tension}`);
  if (s.round > s.scenario.rounds) fail(`round ${s.round} of ${s.scenario.rounds}`);
  if (s.doorChanges > rules.doors.changesPerTurn) fail(`doorChanges ${s.doorChanges}`);
  for (const id in s.regions) if (s.regions[id]!.value > rules.maxValue) fail(`${id} value ${s.regions[id]!.value}`);
}

/** The tension a log entry records as raised and blamed on a power (0 for entries that blame nobody). */
export function blamedTension(e: LogEntry): number {
  switch (e.t) {
    case 'base':
    case 'exercise':
    case 'special':
    case 'left':
    case 'strain':
      return e.tension;
    default:
      return 0;
  }
}

/** The power whose operation a log entry records, or null for entries that are not operations. */
export function operationOf(e: LogEntry): Power | null {
  switch (e.t) {
    case 'aid':
    case 'base':
    case 'exercise':
    case 'special':
    case 'joined':
    case 'left':
    case 'pass':
      return e.power;
    case 'formed':
      return e.members[0]!;
    default:
      return null;
  }
}

/** The most IP the log entries from `from` on can have brought each power: income, fees, events, abilities. */
function earned(s: GameState, from: number): ByPower<number> {
  const out = byPower(() => 0);
  const ipOf = (effects: readonly Effect[]) => {
    for (const e of effects) if (e.type === 'ip' && e.amount > 0) out[e.power] += e.amount;
  };
  for (let i = from; i < s.log.length; i++) {
    const e = s.log[i]!;
    if (e.t === 'income') out[e.power] += e.amount;
    else if (e.t === 'special') out[e.power] += e.ip;
    else if (e.t === 'event') ipOf(s.scenario.events.find((c) => c.id === e.card)!.effects);
    else if (e.t === 'choice') {
      const card = s.scenario.events.find((c) => c.id === e.card)!;
      ipOf(card.choice!.options.find((o) => o.id === e.option)!.effects);
    }
  }
  return out;
}

/**
 * What one legal move may do, checked from the position before it to the one after: no power ends with
 * more IP than it held plus what it earned (income, fees received, events, Tajikistan's multi-vector);
 * tension stays in [0, max]; the blame added equals the tension the new log entries raise; a door
 * change keeps the turn; an operation is logged once, for the mover.
 */
export function checkStep(before: GameState, after: GameState, power: Power, move: Move): void {
  const from = before.log.length;
  const gain = earned(after, from);
  for (const p of POWERS) {
    const fees = after.fees[p] - before.fees[p];
    if (fees < 0) fail(`fees of ${p} fell`);
    if (after.ip[p] > before.ip[p] + gain[p] + fees) {
      fail(`${p} has ${after.ip[p]} IP, more than ${before.ip[p]} held + ${gain[p]} earned + ${fees} fees`);
    }
  }
  const max = after.scenario.rules.tension.max;
  if (after.tension < 0 || after.tension > max) fail(`tension ${after.tension} outside [0, ${max}]`);
  let raised = 0;
  for (let i = from; i < after.log.length; i++) raised += blamedTension(after.log[i]!);
  const blame = (s: GameState) => POWERS.reduce((sum, p) => sum + s.blame[p], 0);
  if (blame(after) - blame(before) !== raised) fail(`blame rose ${blame(after) - blame(before)}, tension ${raised}`);
  if (move.kind === 'door') {
    if (after.round !== before.round || after.turn !== before.turn || after.step !== before.step) {
      fail('a door change ended the turn');
    }
    if (after.doorChanges !== before.doorChanges + 1) fail('a door change was not counted');
  }
  const ops = after.log.slice(from).filter((e) => operationOf(e) !== null);
  const expected = actionKindOf(move) === null ? 0 : 1;
  if (ops.length !== expected || (expected === 1 && operationOf(ops[0]!) !== power)) {
    fail(`${power} ${JSON.stringify(move)} logged ${ops.length} operations`);
  }
}

/** At the end of a game: exactly one operation per power in every round played through, never more. */
export function checkOneOperationPerRound(s: GameState): void {
  const count = new Map<string, number>();
  for (const e of s.log) {
    const p = operationOf(e);
    if (p === null || !('round' in e)) continue;
    const k = `${e.round}/${p}`;
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  const full = s.result?.reason === 'crisis' ? s.round - 1 : s.round;
  for (let round = 1; round <= s.round; round++) {
    for (const p of POWERS) {
      const n = count.get(`${round}/${p}`) ?? 0;
      if (n > 1 || (round <= full && n !== 1)) fail(`${p} took ${n} operations in round ${round}`);
    }
  }
}
