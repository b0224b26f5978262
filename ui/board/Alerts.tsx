/**
 * Warnings above the board that the class must not miss: a computer player that failed (and the legal
 * move played in its place, so the game goes on), and a game that this browser could not save. They
 * are announced (role="alert") and stay until dismissed or, for the save, until a save succeeds.
 */
import { useTranslation } from 'react-i18next';
import type { GameState, Move, Power } from '../../game/index.ts';
import { describeMove } from '../view/moveText.ts';
import { powerName, tr } from '../view/names.ts';

/** A computer player that failed: its bot id, how it failed, and the move played instead (null: none). */
export interface BotFailureNotice {
  power: Power;
  bot: string;
  problem: 'threw' | 'illegal';
  fallback: Move | null;
}

export interface BoardAlertsProps {
  view: GameState;
  botFailure: BotFailureNotice | null;
  saveFailed: boolean;
  onDismissBotFailure?: () => void;
}

export function BoardAlerts({ view, botFailure, saveFailed, onDismissBotFailure }: BoardAlertsProps) {
  const { t, i18n } = useTranslation();
  if (!botFailure && !saveFailed) return null;
  return (
    <div className="board-alerts">
      {botFailure && (
        <div className="notice" role="alert" data-testid="bot-failure">
          <p>
            {t(botFailure.problem === 'threw' ? 'alerts.botThrew' : 'alerts.botIllegal', {
              power: powerName(t, botFailure.power),
              level: tr(t, `bots.${botFailure.bot}`, { defaultValue: botFailure.bot }),
            })}{' '}
            {botFailure.fallback
              ? t('alerts.botFallback', {
                  move: describeMove(t, view, botFailure.power, botFailure.fallback, i18n.language),
                })
              : t('alerts.botStuck')}
          </p>
          {onDismissBotFailure && (
            <button type="button" onClick={onDismissBotFailure} data-testid="dismiss-bot-failure">
              {t('alerts.dismiss')}
            </button>
          )}
        </div>
      )}
      {saveFailed && (
        <div className="notice" role="alert" data-testid="save-failed">
          <p>
            <strong>{t('alerts.saveFailed')}</strong> {t('alerts.saveFailedHint')}
          </p>
        </div>
      )}
    </div>
  );
}
