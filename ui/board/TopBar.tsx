/**
 * The board's top bar: round and step tracker with this round's turn order, great-power tension, the
 * computer players' speed, undo, the teacher's debrief of the game so far, and the way out (the game
 * is saved after every move).
 */
import { useTranslation } from 'react-i18next';
import { actingPower, inDangerZone, type GameState, type Power } from '../../game/index.ts';
import { SPEEDS, type Speed } from '../../game/seats.ts';
import { HowToPlayButton } from '../howto/HowToPlay.tsx';
import { LanguagePicker } from '../i18n/LanguagePicker.tsx';
import { PowerMark } from '../panel/PowerMark.tsx';
import { powerName } from '../view/names.ts';

interface Props {
  view: GameState;
  speed: Speed;
  canUndo: boolean;
  viewer: Power | null;
  onUndo: () => void;
  onSpeed: (s: Speed) => void;
  onQuit: () => void;
  /** Open the debrief of the game so far (public facts only). */
  onDebrief?: () => void;
  /** Open the projector view in a second window. */
  onProjector?: () => void;
}

const STEPS = ['income', 'event', 'actions', 'threat', 'scoring'] as const;

export function TopBar({ view, speed, canUndo, viewer, onUndo, onSpeed, onQuit, onDebrief, onProjector }: Props) {
  const { t } = useTranslation();
  const current = view.step === 'event' ? 'event' : view.step === 'actions' ? 'actions' : null;
  const acting = actingPower(view);
  const { max, danger } = view.scenario.rules.tension;
  const inDanger = inDangerZone(view);
  return (
    <header className="topbar">
      <h1 className="brand">{t('app.title')}</h1>
      <div className="tracker" data-testid="tracker">
        <strong data-testid="round">{t('board.round', { round: view.round, rounds: view.scenario.rounds })}</strong>
        <ol className="steps" aria-label={t('board.round', { round: view.round, rounds: view.scenario.rounds })}>
          {STEPS.map((s) => (
            <li
              key={s}
              className={
                s === current ? 'is-now' : STEPS.indexOf(s) < STEPS.indexOf(current ?? 'income') ? 'is-done' : ''
              }
              aria-current={s === current ? 'step' : undefined}
            >
              {t(`steps.${s}`)}
            </li>
          ))}
        </ol>
        <ol className="order" aria-label={t('steps.order')}>
          {view.order.map((p, i) => (
            <li
              key={p}
              className={p === acting ? 'is-now' : i < view.turn && view.step === 'actions' ? 'is-done' : ''}
              aria-current={p === acting ? 'true' : undefined}
              title={powerName(t, p)}
            >
              <PowerMark power={p} />
            </li>
          ))}
        </ol>
      </div>
      <div
        className={inDanger ? 'tension is-danger' : 'tension'}
        title={t('board.tensionHint', { max, danger })}
        data-testid="tension"
        data-tension={view.tension}
        data-danger={inDanger}
      >
        <span>
          {inDanger ? '⚠ ' : ''}
          {t('board.tension', { tension: view.tension, max })}
        </span>
        <meter
          min={0}
          max={max}
          low={danger - 1}
          high={danger}
          optimum={0}
          value={view.tension}
          aria-label={t('board.tensionHint', { max, danger })}
        />
      </div>
      <label className="speed">
        <span>{t('board.speedShort')}</span>
        <select value={speed} onChange={(e) => onSpeed(e.target.value as Speed)} data-testid="speed">
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {t(`speed.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={onUndo}
        disabled={!canUndo}
        aria-label={t('board.undo')}
        title={t('board.undo')}
        data-testid="undo"
      >
        ↶ <span className="undo-word">{t('board.undoShort')}</span>
      </button>
      {onDebrief && (
        <button
          type="button"
          className="topbar-debrief"
          onClick={onDebrief}
          aria-label={t('board.debrief')}
          title={t('board.debriefHint')}
          data-testid="open-debrief"
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M1 15h14M3 13V8M7 13V3M11 13V6" stroke="currentColor" strokeWidth="2.2" fill="none" />
          </svg>
        </button>
      )}
      {onProjector && (
        <button
          type="button"
          className="topbar-projector"
          onClick={onProjector}
          title={t('layout.projectorHint')}
          aria-label={t('layout.projector')}
          data-testid="open-projector"
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M1 2h14v9H1zM8 11v3M4 15h8" stroke="currentColor" strokeWidth="1.8" fill="none" />
          </svg>{' '}
          <span className="projector-word">{t('layout.projector')}</span>
        </button>
      )}
      <HowToPlayButton scenario={view.scenario} />
      <LanguagePicker compact />
      <button type="button" onClick={onQuit} data-testid="quit">
        {t('board.quit')}
      </button>
      {viewer && <span className="sr-only">{t('board.viewFor', { power: powerName(t, viewer) })}</span>}
    </header>
  );
}
