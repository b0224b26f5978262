/**
 * The past games on this device (finished, or set aside when a new game started), newest first: what
 * each was and how it ended, with its debrief (charts, replay and the downloads), a way back into an
 * unfinished one, and deletion — asked first.
 */
import { useTranslation } from 'react-i18next';
import type { LocalText } from '../../game/schema.ts';
import { textIn } from '../../game/text.ts';
import type { Power } from '../../game/vocabulary.ts';
import type { ConfirmQuestion } from '../common/Confirm.tsx';

/** What the list shows of a past game (src/app/past.ts keeps them). */
export interface PastSummary {
  id: string;
  savedAt: string;
  title: LocalText;
  round: number;
  rounds: number;
  ended: boolean;
  winners: Power[];
}

interface Props {
  games: readonly PastSummary[];
  onDebrief?: (id: string) => void;
  onResume?: (id: string) => void;
  onDelete?: (id: string) => void;
  confirm: (q: ConfirmQuestion) => Promise<boolean>;
  winnersOf: (winners: Power[]) => string;
}

export function PastGames({ games, onDebrief, onResume, onDelete, confirm, winnersOf }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const when = (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime())
      ? iso
      : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
  };
  return (
    <section className="past-games" aria-labelledby="past-games-title" data-testid="past-games">
      <h2 id="past-games-title">{t('pastGames.heading')}</h2>
      <ul>
        {games.map((g) => {
          const title = textIn(g.title, lang);
          const date = when(g.savedAt);
          const ask = async () => {
            const yes = await confirm({
              title: t('confirmDialog.pastTitle'),
              body: t('confirmDialog.pastBody', { scenario: title, when: date }),
              yes: t('confirmDialog.pastYes'),
              no: t('confirmDialog.keep'),
            });
            if (yes) onDelete?.(g.id);
          };
          return (
            <li key={g.id} className="past-game" data-testid="past-game" data-ended={g.ended}>
              <div>
                <strong>{title}</strong>
                <br />
                <span className="muted">
                  {g.ended
                    ? t('pastGames.finished', { date })
                    : t('pastGames.setAside', { round: g.round, rounds: g.rounds, date })}
                  {g.ended && g.winners.length > 0 && ` · ${t('pastGames.winners', { winners: winnersOf(g.winners) })}`}
                </span>
              </div>
              <div className="confirm-row">
                {onDebrief && (
                  <button type="button" onClick={() => onDebrief(g.id)} data-testid="past-debrief">
                    {t('pastGames.debrief')}
                  </button>
                )}
                {onResume && !g.ended && (
                  <button type="button" onClick={() => onResume(g.id)} data-testid="past-resume">
                    {t('pastGames.resume')}
                  </button>
                )}
                {onDelete && (
                  <button type="button" onClick={() => void ask()} data-testid="past-delete">
                    {t('pastGames.delete')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
