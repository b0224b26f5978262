/**
 * Where a game's scenario comes from, as a badge and a sentence (`provenanceNote`): "Shipped scenario",
 * or "Modified scenario: this game file's Autumn 2016 differs from the shipped one in: …", or
 * "Custom scenario". Shown on the import screen, the debrief and the replay, and printed with them.
 * `SourceTag` tags one text of a scenario: from the article, background, a game rule or speculation.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { provenance, textIn, type Scenario, type Source } from '../../game/index.ts';
import { listOf, powerName } from '../view/names.ts';
import { provenanceNote } from './provenance.ts';

export function ProvenanceBadge({ scenario }: { scenario: Scenario }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const note = useMemo(
    () =>
      provenanceNote(provenance(scenario), scenario, {
        lang,
        power: (p) => powerName(t, p),
        list: (items) => listOf(items, lang),
      }),
    [scenario, t, lang],
  );
  return (
    <p className={`provenance provenance-${note.kind}`} data-testid="provenance" data-kind={note.kind}>
      <strong className="provenance-badge">{note.badge}</strong> {note.sentence}
    </p>
  );
}

/**
 * What a text is and where it comes from, beside the text: "Source: EDM 13/185, line 19: “…”" and a
 * tag — from the article, background, game rule or speculation — in the reader's language. Shown with
 * event cards, the end screen's history, the debrief and the teacher notes.
 */
export function SourceTag({ source, className = 'source' }: { source: Source; className?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <p className={className} data-testid="source" data-kind={source.kind}>
      {t('event.source', { citation: textIn(source.citation, i18n.language) })}{' '}
      <span className={`source-kind source-kind-${source.kind}`} title={t(`event.kindHelp.${source.kind}`)}>
        ({t(`event.kind.${source.kind}`)})
      </span>
    </p>
  );
}
