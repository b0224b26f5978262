/** What a move would cost and do (the engine's preview, in sentences), shown before committing. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GameState, Move, Power } from '../../game/index.ts';
import { previewMove } from '../../game/preview.ts';
import { previewLines } from '../view/previewLines.ts';

interface Props {
  view: GameState;
  me: Power;
  move: Move;
  heading?: string;
}

export function PreviewBox({ view, me, move, heading }: Props) {
  const { t, i18n } = useTranslation();
  const lines = useMemo(() => {
    const p = previewMove(view, me, move);
    return p ? previewLines(t, view, me, p, i18n.language) : [];
  }, [view, me, move, t, i18n.language]);
  if (!lines.length) return null;
  return (
    <div className="preview" role="group" aria-label={heading ?? t('preview.heading')} data-testid="preview">
      <h4>{heading ?? t('preview.heading')}</h4>
      <ul>
        {lines.map((l) => (
          <li key={l.key} className={l.warn ? 'is-warn' : undefined}>
            {l.warn ? '⚠ ' : ''}
            {l.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
