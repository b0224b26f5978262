/**
 * What the game waits for, and — for the power to move — everything it may choose, in the manner of
 * chessground's `dests`: each operation kind with its sizes and targets, each target with its cost
 * (from the operation's own `*Cost`) and, when it is closed, its reason code (from `checkMove`, which
 * dispatches to the operation's own check). Hosts also get their door options. Nothing here decides a
 * rule: it asks the modules that do, so a board can show every price and refusal before a click.
 */
import { checkMove, toMove, type Move } from './moves.ts';
import { aidCost } from './ops/aid.ts';
import { baseCost, baseTension } from './ops/base.ts';
import { doorPrice, hostsInPlay } from './ops/common.ts';
import { exerciseCost, exerciseMaxSize, exerciseTension } from './ops/exercise.ts';
import { SPECIALS, specialCost, specialTakesRegion, type SpecialId } from './ops/special.ts';
import { baseOf } from './effects.ts';
import { eventCard } from './round.ts';
import { regionsInPlay } from './selectors.ts';
import type { GameState } from './state.ts';
import { POWERS, type Power, type Reason, type RegionId } from './vocabulary.ts';

/** One size of an operation on one target: the move itself, what it costs, and why not (null: legal). */
export interface SizedOption {
  size: number;
  move: Move;
  /** IP it costs, door price included (null: the door is closed, no price applies). */
  cost: number | null;
  reason: Reason | null;
}

/** One target of an operation (a region, a coalition, or none). */
export interface TargetOption {
  region: RegionId | null;
  coalition: string | null;
  /** The host's door price paid on top (0 at home or without a door; null when the door is closed). */
  fee: number | null;
  /** Tension the operation would add here (bases and exercises near a rival). */
  tension: number;
  /** A base: build (no base of yours yet) or expand. */
  expand?: boolean;
  /** One entry per size (a single size-1 entry for unsized operations). */
  sizes: SizedOption[];
  /** Null when some size is legal; else the reason of the smallest. */
  reason: Reason | null;
}

export type OperationKind = 'aid' | 'base' | 'exercise' | 'special' | 'found' | 'join' | 'leave' | 'pass';

export interface OperationOption {
  kind: OperationKind;
  /** The largest size the rules allow now (1 for unsized operations). */
  maxSize: number;
  targets: TargetOption[];
  /** Null when some target is legal; else the reason of the first target. */
  reason: Reason | null;
}

/**
 * Founding a bloc: each other power with its refusal code as a lone invitee (INVALID_INVITEES: not a host
 * whose door is open to the founder), and the price. The `found` operation's targets are the subsets.
 */
export interface FoundOption {
  cost: number;
  invitees: { power: Power; reason: Reason | null }[];
}

/** One of a host's doors: its setting now and every other setting, each with its refusal code. */
export interface DoorOption {
  guest: Power;
  price: number | null;
  settings: { price: number | null; move: Move; reason: Reason | null }[];
}

export interface TurnOptions {
  operations: OperationOption[];
  found: FoundOption;
  special: { id: SpecialId; takesRegion: boolean };
  /** The host's doors (empty for a power that hosts nothing in play) and the changes left this turn. */
  doors: DoorOption[];
  doorChangesLeft: number;
}

export type PendingDecision =
  | { step: 'start'; power: Power }
  | { step: 'event'; power: Power; card: string; options: { id: string; move: Move; reason: Reason | null }[] | null }
  | { step: 'turn'; power: Power; options: TurnOptions | null }
  | { step: 'ended' };

function target(
  s: GameState,
  power: Power,
  sizes: readonly number[],
  build: (size: number) => Move,
  cost: (size: number) => number | null,
  extra: Omit<TargetOption, 'sizes' | 'reason'>,
): TargetOption {
  const list = sizes.map((size) => {
    const move = build(size);
    return { size, move, cost: cost(size), reason: checkMove(s, power, move) };
  });
  const reason = list.some((x) => x.reason === null) ? null : (list[0]?.reason ?? 'UNKNOWN_MOVE');
  return { ...extra, sizes: list, reason };
}

function operation(kind: OperationKind, maxSize: number, targets: TargetOption[]): OperationOption {
  const reason = targets.some((x) => x.reason === null) ? null : (targets[0]?.reason ?? 'NOT_ALLOWED_HERE');
  return { kind, maxSize, targets, reason };
}

/** Every non-empty subset, in the list's order. */
function subsets<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 1; mask < 1 << list.length; mask++) out.push(list.filter((_, i) => mask & (1 << i)));
  return out;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

function turnOptions(s: GameState, power: Power): TurnOptions {
  const rules = s.scenario.rules;
  const regions = regionsInPlay(s);
  const place = (region: RegionId) => ({ region, coalition: null, fee: doorPrice(s, power, region) });
  const aid = regions.map((region) =>
    target(
      s,
      power,
      range(rules.aid.maxSize),
      (size) => ({ kind: 'aid', region, size }),
      (size) => aidCost(s, power, region, size),
      { ...place(region), tension: 0 },
    ),
  );
  const base = regions.map((region) =>
    target(
      s,
      power,
      [1],
      () => ({ kind: 'base', region }),
      () => baseCost(s, power, region),
      { ...place(region), tension: baseTension(s, power, region), expand: baseOf(s, region, power) !== undefined },
    ),
  );
  const exercise = regions.map((region) =>
    target(
      s,
      power,
      range(rules.exercise.maxSize),
      (size) => ({ kind: 'exercise', region, size }),
      (size) => exerciseCost(s, power, region, size),
      { ...place(region), tension: exerciseTension(s, power, region) },
    ),
  );
  const specialTargets: (RegionId | null)[] = specialTakesRegion(power) ? [...regions] : [null];
  const special = specialTargets.map((region) =>
    target(
      s,
      power,
      [1],
      (): Move => (region ? { kind: 'special', region } : { kind: 'special' }),
      () => specialCost(s, power, region ?? undefined),
      {
        region,
        coalition: null,
        fee: region === null ? 0 : power === 'russia' ? 0 : doorPrice(s, power, region),
        tension: power === 'russia' ? rules.special.russia.tension : 0,
      },
    ),
  );
  const blocs = (kind: 'join' | 'leave') =>
    s.coalitions
      .filter((c) => c.members.includes(power) === (kind === 'leave'))
      .map((c) =>
        target(
          s,
          power,
          [1],
          () => ({ kind, coalition: c.id }),
          () => (kind === 'join' ? rules.coalition.joinCost : rules.coalition.leaveCost),
          {
            region: null,
            coalition: c.id,
            fee: 0,
            tension: kind === 'leave' ? rules.coalition.leaveTension : 0,
          },
        ),
      );
  const others = POWERS.filter((p) => p !== power);
  const found: FoundOption = {
    cost: rules.coalition.foundCost,
    invitees: others.map((p) => {
      const reason = checkMove(s, power, { kind: 'found', invitees: [p] });
      return { power: p, reason };
    }),
  };
  const invitable = found.invitees.filter((x) => x.reason !== 'INVALID_INVITEES').map((x) => x.power);
  const foundTargets = subsets(invitable).map((invitees) =>
    target(
      s,
      power,
      [1],
      () => ({ kind: 'found', invitees }),
      () => rules.coalition.foundCost,
      { region: null, coalition: null, fee: 0, tension: 0 },
    ),
  );
  const pass = target(
    s,
    power,
    [1],
    () => ({ kind: 'pass' }),
    () => 0,
    { region: null, coalition: null, fee: 0, tension: 0 },
  );
  return {
    operations: [
      operation('aid', rules.aid.maxSize, aid),
      operation('base', 1, base),
      operation('exercise', exerciseMaxSize(s), exercise),
      operation('special', 1, special),
      operation('found', 1, foundTargets),
      operation('join', 1, blocs('join')),
      operation('leave', 1, blocs('leave')),
      operation('pass', 1, [pass]),
    ],
    found,
    special: { id: SPECIALS[power], takesRegion: specialTakesRegion(power) },
    doors: doorOptions(s, power),
    doorChangesLeft: Math.max(0, rules.doors.changesPerTurn - s.doorChanges),
  };
}

/** A host's doors with every setting 0..maxPrice and closed, each checked by `checkMove`. */
export function doorOptions(s: GameState, host: Power): DoorOption[] {
  if (!hostsInPlay(s).includes(host)) return [];
  const prices: (number | null)[] = [null, ...Array.from({ length: s.scenario.rules.doors.maxPrice + 1 }, (_, i) => i)];
  return POWERS.filter((g) => g !== host).map((guest) => ({
    guest,
    price: s.doors[host][guest],
    settings: prices.map((price) => {
      const move: Move = { kind: 'door', guest, price };
      return { price, move, reason: checkMove(s, host, move) };
    }),
  }));
}

/**
 * What the game waits for and, when `viewer` is the power it waits for, that power's options.
 * Another viewer (or a spectator, null) learns only whom the game waits for.
 */
export function pendingDecision(s: GameState, viewer: Power | null): PendingDecision {
  const power = toMove(s);
  if (s.step === 'ended' || power === null) return { step: 'ended' };
  if (s.step === 'setup') return { step: 'start', power };
  const mine = viewer === power;
  if (s.step === 'event') {
    const card = s.event!.card;
    const options = mine
      ? (eventCard(s, card).choice?.options ?? []).map((o) => {
          const move: Move = { kind: 'choose', option: o.id };
          return { id: o.id, move, reason: checkMove(s, power, move) };
        })
      : null;
    return { step: 'event', power, card, options };
  }
  return { step: 'turn', power, options: mine ? turnOptions(s, power) : null };
}

/** The hosts in play and each one's doors, for everyone to see (doors are public). */
export function allDoors(s: GameState): { host: Power; doors: { guest: Power; price: number | null }[] }[] {
  return hostsInPlay(s).map((host) => ({
    host,
    doors: POWERS.filter((g) => g !== host).map((guest) => ({ guest, price: s.doors[host][guest] })),
  }));
}
