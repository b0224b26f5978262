/** The latest operation and what followed it, in sentences; the map highlights the regions named. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GameState } from '../../game/index.ts';
import type { BotNote } from '../../game/ai/index.ts';
import type { RecentChanges } from '../view/changes.ts';
import { logLines } from '../view/logLines.ts';

/** The log entry a log line starts at ("e12" → 12, "n12-china" → 12). */
const entryOf = (key: string) => Number(key.match(/^[en](\d+)/)?.[1] ?? -1);

export function ChangeList({
  view,
  notes,
  recent,
}: {
  view: GameState;
  notes: readonly BotNote[];
  recent: RecentChanges;
}) {
  const { t, i18n } = useTranslation();
  const lines = useMemo(
    () => logLines(t, view, notes, i18n.language).filter((l) => entryOf(l.key) >= recent.from),
    [t, view, notes, i18n.language, recent.from],
  );
  if (!lines.length) return null;
  return (
    <section className="changes" aria-labelledby="changes-title" data-testid="changes">
      <h3 id="changes-title">{t('changes.heading')}</h3>
      <ul>
        {lines.map((l) => (
          <li key={l.key} className={`tone-${l.tone}`}>
            {l.text}
          </li>
        ))}
      </ul>
      {recent.regions.size > 0 && <p className="hint">{t('changes.mapHint')}</p>}
    </section>
  );
}
