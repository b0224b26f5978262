/**
 * What changed since the last operation: the log entries from the latest operation on (that move and
 * whatever the round's end did after it), and the regions they touched, which the map highlights.
 */
import type { GameState, LogEntry, Power, RegionId } from '../../game/index.ts';

const OPERATIONS = new Set<LogEntry['t']>(['aid', 'base', 'exercise', 'special', 'formed', 'joined', 'left', 'pass']);

export interface RecentChanges {
  /** Index of the first log entry of the latest operation (the log's length when there is none). */
  from: number;
  /** The power whose operation it was. */
  power: Power | null;
  regions: Set<RegionId>;
}

/** The entries of the latest operation: its door changes just before it, the operation and what followed. */
export function recentChanges(view: GameState): RecentChanges {
  const log = view.log;
  let from = log.length;
  for (let i = log.length - 1; i >= 0; i--) {
    if (OPERATIONS.has(log[i]!.t)) {
      from = i;
      break;
    }
  }
  const e = log[from];
  const power = e && 'power' in e ? e.power : e?.t === 'formed' ? (e.members[0] ?? null) : null;
  while (from > 0) {
    const prev = log[from - 1]!;
    if (prev.t !== 'door' || prev.power !== power) break;
    from--;
  }
  const regions = new Set<RegionId>();
  for (let i = from; i < log.length; i++) {
    const x = log[i]!;
    if ('region' in x && x.region) regions.add(x.region);
    if (x.t === 'spread') regions.add(x.to);
  }
  return { from, power, regions };
}
