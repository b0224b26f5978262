/** The game log, newest first, in sentences; the computer players' reasons appear with their moves. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GameState } from '../../game/index.ts';
import type { BotNote } from '../../game/ai/index.ts';
import { logLines } from '../view/logLines.ts';

export function GameLog({ view, notes }: { view: GameState; notes: readonly BotNote[] }) {
  const { t, i18n } = useTranslation();
  const lines = useMemo(() => logLines(t, view, notes, i18n.language).reverse(), [t, view, notes, i18n.language]);
  return (
    <section className="log" aria-labelledby="log-title">
      <h3 id="log-title">{t('log.heading')}</h3>
      <ol className="log-lines" data-testid="log" reversed>
        {lines.map((l) => (
          <li key={l.key} className={`tone-${l.tone}`} data-power={l.power}>
            {l.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
