/**
 * Where a game's scenario comes from, as a badge and a sentence (`provenanceNote`): "Shipped scenario",
 * or "Modified scenario: this game file's Autumn 2016 differs from the shipped one in: …", or
 * "Custom scenario". Shown on the import screen, the debrief and the replay, and printed with them.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { provenance, type Scenario } from '../../game/index.ts';
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
