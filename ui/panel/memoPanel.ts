/**
 * A panel that re-renders only when what it shows may have changed: its props by identity, and its
 * `view` by `sameView` with the parts it never reads set aside.
 */
import { memo, type FunctionComponent } from 'react';
import type { GameState } from '../../game/index.ts';
import { sameView } from '../view/sameView.ts';

export function memoPanel<P extends { view: GameState }>(
  panel: FunctionComponent<P>,
  ignore: readonly (keyof GameState)[],
) {
  return memo(panel, (a, b) =>
    (Object.keys(a) as (keyof P)[]).every((k) => (k === 'view' ? sameView(a.view, b.view, ignore) : a[k] === b[k])),
  );
}
