/**
 * The "what if?" panel of the debrief and the replay. A student picks a decision of the game and another
 * legal move there; the computer plays the rest of the game from each many times on Web Workers (the
 * page only draws a progress bar, and a Cancel stops them), then the two spreads are shown side by side
 * with a few sentences on what changed. Every figure comes from `game/whatif.ts` and
 * `game/whatif-summary.ts`; the workers get only the viewer's position (no secret agenda while the game
 * is still being played: those are drawn in every playout).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { byPower, type GameRecord, type GameState, type Move } from '../../game/index.ts';
import { compareBranches, summarize } from '../../game/whatif-summary.ts';
import { alternatives, branchPoints, hiddenAgendas, positionFor, type BranchPoint } from '../../game/whatif.ts';
import { describeMove } from '../view/moveText.ts';
import { powerName } from '../view/names.ts';
import { BOT_CHOICES, PLAYOUT_CHOICES, type BotChoice } from './choices.ts';
import { Cancelled, startWhatIf, type WhatIfResult, type WhatIfRun } from './runner.ts';
import { Spreads } from './Spreads.tsx';
import { num, wt } from './strings.ts';
import { Verdict } from './Verdict.tsx';
import './whatif.css';

export interface WhatIfPanelProps {
  record: GameRecord;
  /** Every state of the game (`replay(record)`). */
  states: readonly GameState[];
  /** The decision to start on (an index into `record.moves`); the first decision when it is none. */
  at?: number;
  onClose?: () => void;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; result: WhatIfResult; point: BranchPoint; alternative: Move }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

export function WhatIfPanel({ record, states, at, onClose }: WhatIfPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const points = useMemo(() => branchPoints(record.moves, states), [record, states]);
  const initial = points.find((p) => p.index === at) ?? points[0];
  const [pointIndex, setPointIndex] = useState(initial?.index ?? -1);
  const point = points.find((p) => p.index === pointIndex);
  const before = point ? states[point.index]! : null;
  const alts = useMemo(() => (point && before ? alternatives(before, point.power, point.move) : []), [point, before]);
  const [alt, setAlt] = useState(0);
  const [bots, setBots] = useState<BotChoice>(BOT_CHOICES[0]);
  const [playouts, setPlayouts] = useState<number>(PLAYOUT_CHOICES[0]);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const running = useRef<WhatIfRun | null>(null);
  useEffect(() => () => running.current?.cancel(), []);
  const secret = states[states.length - 1]!.step !== 'ended';
  const describe = (s: GameState, p: BranchPoint | { power: BranchPoint['power']; move: Move }) =>
    describeMove(t, s, p.power, p.move, lang, s.event?.card);

  function start() {
    if (!point || !before) return;
    const alternative = alts[Math.min(alt, alts.length - 1)];
    if (!alternative) return;
    const position = positionFor(states, point.index, null);
    setPhase({ kind: 'running', done: 0, total: 2 * playouts });
    const run = startWhatIf(
      {
        position,
        power: point.power,
        actual: point.move,
        alternative,
        // One seed a decision: every alternative meets the same dice as the move taken.
        seed: `whatif/${point.index}`,
        bots: byPower(() => bots),
      },
      playouts,
      (done, total) => setPhase((ph) => (ph.kind === 'running' ? { kind: 'running', done, total } : ph)),
    );
    running.current = run;
    run.result.then(
      (result) => {
        if (running.current === run) setPhase({ kind: 'done', result, point, alternative });
      },
      (e: Error) => {
        if (running.current !== run) return;
        setPhase(e instanceof Cancelled ? { kind: 'cancelled' } : { kind: 'failed', message: e.message });
      },
    );
  }
  function cancel() {
    running.current?.cancel();
  }
  function pick(index: number) {
    running.current?.cancel();
    running.current = null;
    setPointIndex(index);
    setAlt(0);
    setPhase({ kind: 'idle' });
  }

  const busy = phase.kind === 'running';
  const hidden = before ? hiddenAgendas(positionFor(states, point!.index, null)).length > 0 : secret;
  return (
    <section className="whatif" aria-labelledby="whatif-heading" data-testid="whatif" data-phase={phase.kind}>
      <div className="whatif-head">
        <h3 id="whatif-heading">{wt(t, 'heading')}</h3>
        {onClose && (
          <button type="button" onClick={onClose} className="no-print" data-testid="whatif-close">
            {wt(t, 'close')}
          </button>
        )}
      </div>
      <p>{wt(t, 'intro')}</p>
      <p className="whatif-note" data-testid="whatif-note">
        {wt(t, hidden ? 'secretNote' : 'publicNote')}
      </p>
      <div className="whatif-form no-print">
        <label>
          {wt(t, 'decision')}
          <select
            value={pointIndex}
            onChange={(e) => pick(Number(e.target.value))}
            disabled={busy}
            data-testid="whatif-decision"
          >
            {points.map((p) => (
              <option key={p.index} value={p.index}>
                {wt(t, 'decisionOption', {
                  round: p.round,
                  power: powerName(t, p.power),
                  move: describe(states[p.index]!, p),
                })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {wt(t, 'instead')}
          <select
            value={alt}
            onChange={(e) => setAlt(Number(e.target.value))}
            disabled={busy || alts.length === 0}
            data-testid="whatif-alternative"
          >
            {alts.map((m, i) => (
              <option key={i} value={i}>
                {before && point ? describe(before, { power: point.power, move: m }) : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          {wt(t, 'bots')}
          <select
            value={bots}
            onChange={(e) => setBots(e.target.value as BotChoice)}
            disabled={busy}
            data-testid="whatif-bots"
          >
            <option value="novice">{wt(t, 'botNovice')}</option>
            <option value="planner">{wt(t, 'botPlanner')}</option>
          </select>
        </label>
        <label>
          {wt(t, 'playouts')}
          <select
            value={playouts}
            onChange={(e) => setPlayouts(Number(e.target.value))}
            disabled={busy}
            data-testid="whatif-playouts"
          >
            {PLAYOUT_CHOICES.map((n) => (
              <option key={n} value={n}>
                {wt(t, 'playoutsN', { n: num(n, lang) })}
              </option>
            ))}
          </select>
        </label>
        {busy ? (
          <button type="button" onClick={cancel} data-testid="whatif-cancel">
            {wt(t, 'cancel')}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={start}
            disabled={alts.length === 0}
            data-testid="whatif-run"
          >
            {wt(t, 'run')}
          </button>
        )}
      </div>
      {points.length > 0 && alts.length === 0 && <p>{wt(t, 'noAlternative')}</p>}
      <div aria-live="polite" className="whatif-status">
        {phase.kind === 'running' && (
          <>
            <progress
              value={phase.done}
              max={phase.total}
              data-testid="whatif-progress"
              aria-label={wt(t, 'progress', { done: phase.done, total: phase.total })}
            />{' '}
            <span>{wt(t, 'progress', { done: num(phase.done, lang), total: num(phase.total, lang) })}</span>
          </>
        )}
        {phase.kind === 'cancelled' && <p data-testid="whatif-cancelled">{wt(t, 'cancelled')}</p>}
        {phase.kind === 'failed' && (
          <p className="whatif-failed" data-testid="whatif-failed">
            {wt(t, 'failed', { message: phase.message })}
          </p>
        )}
      </div>
      {phase.kind === 'done' && <Results phase={phase} describe={describe} states={states} />}
    </section>
  );
}

function Results({
  phase,
  describe,
  states,
}: {
  phase: Extract<Phase, { kind: 'done' }>;
  describe: (s: GameState, p: { power: BranchPoint['power']; move: Move }) => string;
  states: readonly GameState[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { result, point, alternative } = phase;
  const actual = useMemo(() => summarize(result.actual), [result]);
  const other = useMemo(() => summarize(result.alternative), [result]);
  const verdict = useMemo(() => compareBranches(result.actual, result.alternative, point.power), [result, point]);
  const before = states[point.index]!;
  const altText = describe(before, { power: point.power, move: alternative });
  const total = result.actual.length + result.alternative.length;
  return (
    <div className="whatif-results" data-testid="whatif-results">
      <p className="whatif-branches">
        <span className="whatif-actual">{wt(t, 'asPlayedMove', { move: describe(before, point) })}</span>
        {' · '}
        <span className="whatif-alt">{wt(t, 'whatIfMove', { move: altText })}</span>
      </p>
      <Verdict verdict={verdict} move={altText} />
      <Spreads actual={actual} alternative={other} playouts={result} />
      <p
        className="whatif-timing"
        data-testid="whatif-timing"
        data-ms={Math.round(result.ms)}
        data-playouts={total}
        data-workers={result.workers}
      >
        {wt(t, 'timing', { total: num(total, lang), seconds: num(result.ms / 1000, lang), workers: result.workers })}
      </p>
    </div>
  );
}
