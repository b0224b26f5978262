/**
 * Whether two views of the game show the same thing to a panel that does not read the parts it ignores:
 * the engine's states share every part a move left unchanged (immer), so parts are compared by identity —
 * except the two that `viewFor` copies for each view (the agendas and the starting baseline), compared by
 * content. Panels memoised with it skip the re-render of a move that touched nothing they show (a door
 * change re-renders the doors, not every power's objectives).
 */
import type { GameState } from '../../game/index.ts';

/** The parts a door change touches that most panels never read: the doors, their change count, the log. */
export const DOOR_PARTS = ['doors', 'doorChanges', 'log'] as const satisfies readonly (keyof GameState)[];

const sameRecord = (a: Record<string, unknown> | null, b: Record<string, unknown> | null): boolean =>
  a === b || (!!a && !!b && Object.keys(a).every((k) => a[k] === b[k]));

export function sameView(a: GameState, b: GameState, ignore: readonly (keyof GameState)[] = []): boolean {
  if (a === b) return true;
  for (const key of Object.keys(a) as (keyof GameState)[]) {
    if (a[key] === b[key] || ignore.includes(key)) continue;
    if (key === 'agendas' && sameRecord(a.agendas, b.agendas)) continue;
    if (
      key === 'baseline' &&
      a.baseline &&
      b.baseline &&
      a.baseline.objectives === b.baseline.objectives &&
      sameRecord(a.baseline.agenda, b.baseline.agenda)
    )
      continue;
    return false;
  }
  return true;
}
