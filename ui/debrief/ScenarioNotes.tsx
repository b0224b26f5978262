/**
 * "Teacher notes and sources": for one scenario, what comes from the source article and what does not
 * — the summary and each power's blurb with their tags, the learning goals, the background notes (each
 * with its source and tag: from the article, background, game rule, speculation) and the discussion
 * questions. Folded by default; shown on the start screen for the scenario chosen.
 */
import { useTranslation } from 'react-i18next';
import { SOURCE_KINDS, textIn, type Scenario } from '../../game/index.ts';
import { powerName } from '../view/names.ts';
import { SourceTag } from './ProvenanceBadge.tsx';

export function ScenarioNotes({ scenario }: { scenario: Scenario }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const notes = scenario.teacherNotes;
  return (
    <details className="scenario-notes" data-testid="scenario-notes">
      <summary>{t('notes.heading')}</summary>
      <p>{t('notes.intro', { scenario: textIn(scenario.title, lang) })}</p>
      <dl className="source-kinds">
        {SOURCE_KINDS.map((k) => (
          <div key={k}>
            <dt className={`source-kind source-kind-${k}`}>{t(`event.kind.${k}`)}</dt>
            <dd>{t(`event.kindHelp.${k}`)}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('notes.summary')}</h3>
      <p>{textIn(scenario.summary, lang)}</p>
      {scenario.summarySource && <SourceTag source={scenario.summarySource} />}
      <h3>{t('notes.powers')}</h3>
      <dl className="notes-powers">
        {scenario.order.map((p) => (
          <div key={p} data-power={p}>
            <dt>{powerName(t, p)}</dt>
            <dd>
              {textIn(scenario.powers[p].blurb, lang)}
              {scenario.powers[p].source && <SourceTag source={scenario.powers[p].source} />}
            </dd>
          </div>
        ))}
      </dl>
      <h3>{t('notes.goals')}</h3>
      <ul>
        {notes.goals.map((g, i) => (
          <li key={i}>{textIn(g, lang)}</li>
        ))}
      </ul>
      <h3>{t('notes.background')}</h3>
      <ul data-testid="teacher-background">
        {notes.background.map((b, i) => (
          <li key={i}>
            {textIn(b.text, lang)}
            <SourceTag source={b.source} />
          </li>
        ))}
      </ul>
      <h3>{t('notes.questions')}</h3>
      <ul>
        {notes.questions.map((q, i) => (
          <li key={i}>{textIn(q, lang)}</li>
        ))}
      </ul>
      <p className="source">{t('notes.game')}</p>
    </details>
  );
}
