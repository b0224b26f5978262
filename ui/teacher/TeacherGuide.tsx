/**
 * The teacher's guide on a page, printable on A4: the same data as docs/teacher.md (guide.ts), for one
 * scenario — its aim, the 45 minutes phase by phase (what to do and say, when to pause, each claim with
 * its source), its debrief questions with the article's words, and how to grade.
 */
import { useTranslation } from 'react-i18next';
import { textIn, type Scenario } from '../../game/index.ts';
import { QUESTIONS } from '../debrief/argument.ts';
import { listOf } from '../view/names.ts';
import { GRADING, GRADING_NOTE, INTRO, PHASES, PLANS, fill } from './guide.ts';
import { phaseSpans } from './guideMarkdown.ts';
import { inLang } from './source.ts';
import { QuoteLine, Sourced } from './Sourced.tsx';

export function TeacherGuide({ scenario }: { scenario: Scenario }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const plan = PLANS.find((p) => p.scenario === scenario.id);
  const n = { rounds: scenario.rounds, scoring: scenario.scoring };
  const spans = phaseSpans();
  return (
    <article className="teacher-guide" data-testid="teacher-guide" data-scenario={scenario.id}>
      <h2>{t('kit.guide.lesson', { scenario: textIn(scenario.title, lang) })}</h2>
      <p>
        {t('kit.guide.intro')}{' '}
        {t('kit.guide.numbers', { rounds: scenario.rounds, scoring: listOf(scenario.scoring.map(String), lang) })}
      </p>
      <ul className="kit-list">
        {INTRO.map((s, i) => (
          <Sourced key={i} s={s} as="li" />
        ))}
      </ul>
      {plan && (
        <>
          <p>
            <strong>{t('kit.guide.aim')}:</strong> {inLang(plan.aim, lang)}
          </p>
          {PHASES.map(({ id }) => (
            <section key={id} className="guide-phase" data-phase={id}>
              <h3>
                {t(`kit.guide.phase.${id}`)} ({t('kit.guide.minutes', spans[id])})
              </h3>
              <table className="guide-table">
                <thead>
                  <tr>
                    <th scope="col">{t('kit.guide.minute')}</th>
                    <th scope="col">{t('kit.guide.what')}</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.lines[id].map((l, i) => (
                    <tr key={i} data-cue={l.cue}>
                      <td>{l.from}</td>
                      <td>
                        <strong>{t(`kit.guide.cue.${l.cue}`)}:</strong>{' '}
                        {l.source ? (
                          <Sourced
                            s={{ ...l.source, text: { en: fill(l.text.en, n, 'en'), ru: fill(l.text.ru, n, 'ru') } }}
                          />
                        ) : (
                          fill(inLang(l.text, lang), n, lang)
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
          <section>
            <h3>{t('kit.guide.questions')}</h3>
            <ol className="kit-list">
              {plan.questions.map((id) => {
                const q = QUESTIONS.find((x) => x.id === id)!;
                return (
                  <li key={id} data-question={id}>
                    {inLang(q.question, lang)}{' '}
                    {q.quotes.map((x, i) => (
                      <span key={i}>
                        <QuoteLine q={x} />{' '}
                      </span>
                    ))}
                    <em>{inLang(q.aim, lang)}</em>
                  </li>
                );
              })}
            </ol>
          </section>
        </>
      )}
      <section>
        <h3>{t('kit.guide.grading')}</h3>
        <ul className="kit-list" data-testid="guide-grading">
          {GRADING.map((g, i) => (
            <li key={i}>
              <strong>{t('kit.guide.points', { points: g.points })}</strong> {inLang(g.text, lang)}
            </li>
          ))}
        </ul>
        <p>
          <em>{inLang(GRADING_NOTE, lang)}</em>
        </p>
      </section>
    </article>
  );
}
