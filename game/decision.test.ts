/**
 * pendingDecision: whom the game waits for; for that power, options that agree with `legalMoves`
 * (exactly the legal operations and door changes are open), costs that are what the move then takes
 * from the power's IP, and the engine's own reason codes on closed targets.
 */
import { describe, expect, it } from 'vitest';
import { pendingDecision, type TurnOptions } from './decision.ts';
import { previewMove } from './preview.ts';
import { applyMove, cloneState, getScenario, hostOf, legalMoves, newGame, toMove } from './index.ts';
import type { GameState, Move, Power, RegionId } from './index.ts';

const key = (m: Move) => JSON.stringify(m);

function openMoves(o: TurnOptions): Set<string> {
  const out = new Set<string>();
  for (const op of o.operations)
    for (const t of op.targets) for (const s of t.sizes) if (s.reason === null) out.add(key(s.move));
  for (const d of o.doors) for (const s of d.settings) if (s.reason === null) out.add(key(s.move));
  return out;
}

/** A deterministic walk through a game: positions at many turns, with varied moves between them. */
function positions(count: number): GameState[] {
  let s = newGame(getScenario('autumn-2016')!, 7);
  const out: GameState[] = [];
  for (let i = 0; s.step !== 'ended' && out.length < count; i++) {
    const power = toMove(s)!;
    if (s.step === 'actions') out.push(s);
    const legal = legalMoves(s, power);
    const ops = legal.filter((m) => m.kind !== 'door');
    const pick =
      i % 4 === 0 && legal[0]?.kind === 'door' ? legal[(i * 7) % legal.length]! : ops[(i * 13) % ops.length]!;
    const next = applyMove(s, power, pick);
    if (!next.ok) throw new Error(next.reason);
    s = next.state;
  }
  return out;
}

describe('pendingDecision', () => {
  it('waits for the start, then for the event chooser or the power to move', () => {
    const s = positions(1)[0]!;
    const power = toMove(s)!;
    const mine = pendingDecision(s, power);
    expect(mine).toMatchObject({ step: 'turn', power });
    expect(mine.step === 'turn' && mine.options).toBeTruthy();
    const other = pendingDecision(s, power === 'russia' ? 'china' : 'russia');
    expect(other).toEqual({ step: 'turn', power, options: null });
  });

  it('opens exactly the legal moves, in every position of a game', () => {
    for (const s of positions(40)) {
      const power = toMove(s)!;
      const d = pendingDecision(s, power);
      if (d.step !== 'turn' || !d.options) throw new Error('expected a turn');
      const legal = new Set(legalMoves(s, power).map(key));
      expect(openMoves(d.options)).toEqual(legal);
    }
  });

  it('prices each open target at what the move then takes from the power’s IP', () => {
    let checked = 0;
    for (const s of positions(25)) {
      const power = toMove(s)!;
      const d = pendingDecision(s, power);
      if (d.step !== 'turn' || !d.options) continue;
      for (const op of d.options.operations) {
        if (op.kind === 'special' && power === 'tajikistan') continue; // it earns IP as it spends
        for (const t of op.targets)
          for (const size of t.sizes) {
            if (size.reason !== null || op.kind === 'pass') continue;
            const preview = previewMove(s, power, size.move)!;
            const own = preview.ip.find((x) => x.power === power);
            expect(own ? own.before - own.after : 0, key(size.move)).toBe(size.cost);
            checked++;
          }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('names a closed door and a shortage of IP with the engine’s codes', () => {
    const s = cloneState(positions(1)[0]!);
    const power: Power = toMove(s)!;
    const foreign = Object.keys(s.regions).find((id) => hostOf(id as RegionId) !== power) as RegionId;
    s.doors[hostOf(foreign)][power] = null;
    s.ip[power] = 0;
    const d = pendingDecision(s, power);
    if (d.step !== 'turn' || !d.options) throw new Error('expected a turn');
    const aid = d.options.operations.find((o) => o.kind === 'aid')!;
    const closed = aid.targets.find((t) => t.region === foreign)!;
    expect(closed.fee).toBeNull();
    expect(closed.reason).toBe('DOOR_CLOSED');
    const open = aid.targets.find((t) => t.fee !== null)!;
    expect(open.reason).toBe('NOT_ENOUGH_IP');
    expect(aid.reason).not.toBeNull();
    expect(d.options.operations.find((o) => o.kind === 'pass')!.reason).toBeNull();
  });

  it('gives a host its doors with the changes left, and a non-host none', () => {
    const s = positions(1)[0]!;
    const tj = cloneState(s);
    tj.turn = tj.order.indexOf('tajikistan');
    const d = pendingDecision(tj, 'tajikistan');
    if (d.step !== 'turn' || !d.options) throw new Error('expected a turn');
    expect(d.options.doors.map((x) => x.guest)).toEqual(['russia', 'china', 'pakistan', 'afghanistan']);
    expect(d.options.doorChangesLeft).toBe(s.scenario.rules.doors.changesPerTurn);
    const same = d.options.doors[0]!.settings.find((x) => x.price === d.options!.doors[0]!.price)!;
    expect(same.reason).toBe('DOOR_UNCHANGED');
    const ru = cloneState(s);
    ru.turn = ru.order.indexOf('russia');
    const r = pendingDecision(ru, 'russia');
    expect(r.step === 'turn' && r.options?.doors).toEqual([]);
  });
});
