/**
 * The debrief's timeline: the article's events in order — the 2012 base agreement, Russia's 2009–2012
 * initiative, 25 February 2016 in Beijing, the meeting in Dushanbe, August in Xinjiang, October at
 * Ishkoshim — each with its line; then what happened after 2016, marked as background (not from the
 * article). Content from argument.ts.
 */
import { useTranslation } from 'react-i18next';
import { Sourced } from '../teacher/Sourced.tsx';
import { inLang } from '../teacher/source.ts';
import { AFTER_2016, TIMELINE } from './argument.ts';
import './argument.css';

export function Timeline() {
  const { t, i18n } = useTranslation();
  return (
    <section className="debrief-timeline" aria-labelledby="debrief-timeline" data-testid="timeline">
      <h3 id="debrief-timeline">{t('kit.debrief.timeline')}</h3>
      <ol className="timeline">
        {TIMELINE.map((m) => (
          <li key={m.id} data-moment={m.id}>
            <strong className="timeline-when">{inLang(m.when, i18n.language)}</strong>
            <Sourced s={m.what} />
          </li>
        ))}
      </ol>
      <section className="debrief-after" aria-labelledby="debrief-after" data-testid="after-2016" data-tag="background">
        <h4 id="debrief-after">{t('kit.debrief.after')}</h4>
        <p className="kit-tag">{t('kit.debrief.afterIntro')}</p>
        <ul>
          {AFTER_2016.map((s, i) => (
            <Sourced key={i} s={s} as="li" />
          ))}
        </ul>
      </section>
    </section>
  );
}
