/**
 * The debrief's lesson on the source: the article's argument as discussion questions — China as a
 * counterweight, Tajikistan's two patrons, Moscow's silence, the Moscow–Dushanbe tension it predicts,
 * evidence against speculation, the nature of the source, the scale of the money — each with the
 * article's words and lines, then the article's own hedges. Content from argument.ts; nothing secret.
 */
import { useTranslation } from 'react-i18next';
import { QuoteLine } from '../teacher/Sourced.tsx';
import { inLang } from '../teacher/source.ts';
import { HEDGES, QUESTIONS } from './argument.ts';
import './argument.css';

/** A quote with its hedge word in bold. */
function Hedged({ text, word }: { text: string; word: string }) {
  const at = text.toLowerCase().indexOf(word.toLowerCase());
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <strong>{text.slice(at, at + word.length)}</strong>
      {text.slice(at + word.length)}
    </>
  );
}

export function ArticleArgument() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section className="debrief-argument" aria-labelledby="debrief-argument" data-testid="article-argument">
      <h3 id="debrief-argument">{t('kit.debrief.argument')}</h3>
      <p>{t('kit.debrief.argumentIntro')}</p>
      <ol className="argument-questions">
        {QUESTIONS.map((q) => (
          <li key={q.id} data-question={q.id}>
            <p className="argument-question">{inLang(q.question, lang)}</p>
            <ul>
              {q.quotes.map((x, i) => (
                <li key={i}>
                  <QuoteLine q={x} />
                </li>
              ))}
            </ul>
            <p className="argument-aim">
              <em>{t('kit.debrief.forTeacher')}:</em> {inLang(q.aim, lang)}
            </p>
          </li>
        ))}
      </ol>
      <h4>{t('kit.debrief.hedges')}</h4>
      <p>{t('kit.debrief.hedgesIntro')}</p>
      <ul className="argument-hedges" data-testid="hedges">
        {HEDGES.map((h) => (
          <li key={h.word} data-hedge={h.word} data-line={h.quote.line}>
            “<Hedged text={h.quote.text} word={h.word} />”{' '}
            <span className="kit-line">({t('kit.tag.article', { line: h.quote.line })})</span>
            {lang === 'ru' && <span className="argument-translation"> — «{h.quote.ru}»</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
