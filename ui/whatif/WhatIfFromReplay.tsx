/**
 * The replay's way into "what if?": under the step's log, a button for the decision that led to the
 * position on the map ("What if Tajikistan had done otherwise here?"), which opens the panel on it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GameRecord, GameState } from '../../game/index.ts';
import { isDecision } from '../../game/sim/play.ts';
import { powerName } from '../view/names.ts';
import { wt } from './strings.ts';
import { WhatIfPanel } from './WhatIfPanel.tsx';

interface Props {
  record: GameRecord;
  states: readonly GameState[];
  /** The replay's state index: the decision is the move that led to it (`record.moves[index - 1]`). */
  index: number;
}

export function WhatIfFromReplay({ record, states, index }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  const move = record.moves[index - 1];
  const branchable = move !== undefined && isDecision(move.move);
  return (
    <div className="whatif-launch no-print">
      {branchable ? (
        <button type="button" onClick={() => setOpen(index - 1)} data-testid="whatif-open">
          {wt(t, 'openFor', { power: powerName(t, move.power) })}
        </button>
      ) : (
        open === null && <p className="whatif-note">{wt(t, 'noDecision')}</p>
      )}
      {open !== null && (
        <WhatIfPanel key={open} record={record} states={states} at={open} onClose={() => setOpen(null)} />
      )}
    </div>
  );
}
