/**
 * A panel that shows neither the doors nor the log, re-rendered only when what it shows may have changed:
 * its props by identity, and its `view` by `sameView` with the parts a door change touches set aside.
 */
import { memo, type FunctionComponent } from 'react';
import type { GameState } from '../../game/index.ts';
import { DOOR_PARTS, sameView } from '../view/sameView.ts';

export function memoPanel<P extends { view: GameState }>(panel: FunctionComponent<P>) {
  return memo(panel, (a, b) =>
    (Object.keys(a) as (keyof P)[]).every((k) => (k === 'view' ? sameView(a.view, b.view, DOOR_PARTS) : a[k] === b[k])),
  );
}
