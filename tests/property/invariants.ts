/**
 * What every property suite checks on a game: the invariants of its numbers, a bound on its length,
 * deep freezing (so that a rule writing to a position it was only asked about throws), and the moves
 * of every shape a scenario admits, legal or not, with payloads that are never legal for anyone.
 */
import { POWERS, REGIONS } from '../../game/index.ts';
import type { GameState, Move, Scenario } from '../../game/index.ts';

/** The most decisions a game can take: start, then per round one event choice and, per action, the action and up to four answers. */
export const moveBound = (sc: Scenario) =>
  1 + sc.rounds * (1 + POWERS.length * sc.rules.actionsPerTurn * POWERS.length);

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
  { kind: 'aid', region: 42 },
  { kind: 'aid' },
  { kind: 'base', region: 'atlantis' },
  { kind: 'base', region: '__proto__' },
  { kind: 'exercise', region: 'gbao' },
  { kind: 'exercise', region: 'gbao', partner: 7 },
  { kind: 'propose' },
  { kind: 'propose', invitees: 'all' },
  { kind: 'propose', invitees: [null] },
  { kind: 'propose', invitees: [] },
  { kind: 'join' },
  { kind: 'join', coalition: {} },
  { kind: 'leave', coalition: null },
  { kind: 'answer' },
  { kind: 'answer', accept: 1 },
  { kind: 'choose', option: 3 },
  { kind: 'start' },
];

/** Every move of every shape for one scenario, legal or not, for sampling illegal ones. */
export function shapes(sc: Scenario): Move[] {
  const out: Move[] = [{ kind: 'pass' }, { kind: 'answer', accept: true }, { kind: 'answer', accept: false }];
  for (const e of sc.events) for (const o of e.choice?.options ?? []) out.push({ kind: 'choose', option: o.id });
  for (const region of REGIONS) {
    out.push({ kind: 'aid', region }, { kind: 'base', region });
    for (const partner of POWERS) out.push({ kind: 'exercise', region, partner });
  }
  for (let mask = 1; mask < 1 << POWERS.length; mask++) {
    out.push({ kind: 'propose', invitees: POWERS.filter((_, i) => mask & (1 << i)) });
  }
  for (const coalition of [...sc.coalitions.map((c) => c.id), 'c1', 'c2', 'c3']) {
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
    sane(s.ip[p], `ip.${p}`);
    sane(s.economy[p], `economy.${p}`);
    sane(s.vp[p], `vp.${p}`);
  }
  for (const [k, v] of [
    ['tension', s.tension],
    ['rng', s.rng],
    ['round', s.round],
    ['turn', s.turn],
    ['actionsLeft', s.actionsLeft],
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
  if (s.step !== 'ended' && s.actionsLeft > rules.actionsPerTurn) fail(`actionsLeft ${s.actionsLeft}`);
}
