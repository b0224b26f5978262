/**
 * The replay viewer: step forward and back through a finished or imported game on the board's map.
 * It opens the record with the engine's replay cursor (`openReplay`, `cursorAt`, `stepForward`, …),
 * shows the spectator's view of each state on the map (`viewFor(state, null)`; every agenda is public
 * once the game has ended), says what the step's move did in the board's own log sentences, and takes
 * the arrow keys, Home and End. Read-only: the map's clicks do nothing here.
 */
import { useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  cursorAt,
  lastIndex,
  openReplay,
  roundSpans,
  stepBack,
  stepForward,
  toRound,
  type GameRecord,
} from '../../game/index.ts';
import { viewFor } from '../../game/view.ts';
import { MapView } from '../map/MapView.tsx';
import type { TargetState } from '../map/RegionCard.tsx';
import { describeMove } from '../view/moveText.ts';
import { coalitionName, powerName } from '../view/names.ts';
import { entryText } from '../view/logLines.ts';
import { dt } from '../debrief/strings.ts';
import '../debrief/debrief.css';
import { WhatIfFromReplay } from '../whatif/WhatIfFromReplay.tsx';

export interface ReplayViewerProps {
  record: GameRecord;
  /** Start at this state index (default: the start). */
  start?: number;
  onClose?: () => void;
}

const NO_TARGETS: ReadonlyMap<string, TargetState> = new Map();
const nothing = () => {};

export function ReplayViewer({ record, start = 0, onClose }: ReplayViewerProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const opened = useMemo(() => openReplay(record), [record]);
  const [index, setIndex] = useState(start);
  const r = opened.ok ? opened.value : null;
  const spans = useMemo(() => (r ? roundSpans(r).filter((s) => s.round > 0) : []), [r]);
  const key = useCallback(
    (e: KeyboardEvent) => {
      if (!r) return;
      const c = cursorAt(r, index);
      const to =
        e.key === 'ArrowRight'
          ? stepForward(r, c)
          : e.key === 'ArrowLeft'
            ? stepBack(r, c)
            : e.key === 'Home'
              ? cursorAt(r, 0)
              : e.key === 'End'
                ? cursorAt(r, lastIndex(r))
                : null;
      if (to) {
        e.preventDefault();
        setIndex(to.index);
      }
    },
    [r, index],
  );
  if (!r) {
    return (
      <section className="replay" data-testid="replay">
        <ul className="problems">
          {(opened.ok ? [] : opened.error).map((p, i) => (
            <li key={i}>{p.path ? `${p.path}: ${p.message}` : p.message}</li>
          ))}
        </ul>
      </section>
    );
  }
  const c = cursorAt(r, index);
  const view = viewFor(c.state, null);
  const before = c.index > 0 ? r.states[c.index - 1]! : null;
  const coalition = (id: string) => coalitionName(t, c.state, id, lang);
  return (
    <section className="replay" aria-labelledby="replay-heading" data-testid="replay" onKeyDown={key} tabIndex={-1}>
      <h2 id="replay-heading" tabIndex={-1}>
        {dt(lang, 'replayHeading')}
      </h2>
      <div className="replay-controls" role="toolbar" aria-label={dt(lang, 'replayHeading')}>
        <button type="button" onClick={() => setIndex(0)} disabled={c.atStart} aria-label={dt(lang, 'first')}>
          |◀
        </button>
        <button
          type="button"
          onClick={() => setIndex(stepBack(r, c).index)}
          disabled={c.atStart}
          aria-label={dt(lang, 'back')}
          data-testid="replay-back"
        >
          ◀
        </button>
        <button
          type="button"
          onClick={() => setIndex(stepForward(r, c).index)}
          disabled={c.atEnd}
          aria-label={dt(lang, 'forward')}
          data-testid="replay-forward"
        >
          ▶
        </button>
        <button type="button" onClick={() => setIndex(lastIndex(r))} disabled={c.atEnd} aria-label={dt(lang, 'last')}>
          ▶|
        </button>
        <label>
          {dt(lang, 'jumpToRound')}{' '}
          <select
            value={c.round}
            onChange={(e) => setIndex(toRound(r, Number(e.target.value)).index)}
            data-testid="replay-round"
          >
            {c.round === 0 && <option value={0}>{dt(lang, 'setup')}</option>}
            {spans.map((s) => (
              <option key={s.round} value={s.round}>
                {s.round}
              </option>
            ))}
          </select>
        </label>
        <span aria-live="polite" data-testid="replay-step">
          {dt(lang, 'stepOf', { step: c.index, total: lastIndex(r) })}
        </span>
        {onClose && (
          <button type="button" onClick={onClose}>
            {dt(lang, 'close')}
          </button>
        )}
      </div>
      <div className="replay-log" aria-live="polite" data-testid="replay-log">
        {c.move && before ? (
          <p>
            <strong>{powerName(t, c.move.power)}</strong>:{' '}
            {describeMove(t, before, c.move.power, c.move.move, lang, before.event?.card)}
          </p>
        ) : (
          <p>{dt(lang, 'beforeFirstMove')}</p>
        )}
        <ul>
          {c.log.map((e, i) => (
            <li key={i}>{entryText(t, c.state, e, lang, coalition)}</li>
          ))}
        </ul>
      </div>
      <WhatIfFromReplay record={record} states={r.states} index={c.index} />
      <MapView view={view} targets={NO_TARGETS} selected={null} onPick={nothing} acting={null} />
    </section>
  );
}
