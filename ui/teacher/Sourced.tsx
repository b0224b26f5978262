/**
 * A kit sentence on the page with its source: the text, a label naming its tag (from the article and
 * its line, background, game mechanism or speculation) and, where it quotes the article, the quote —
 * the English original, and the Russian translation beside it on a Russian page.
 */
import { useTranslation } from 'react-i18next';
import { inLang, type Quote, type Sentence } from './source.ts';
import './sourced.css';

/** The article's words, with their line. */
export function QuoteLine({ q }: { q: Quote }) {
  const { t, i18n } = useTranslation();
  return (
    <span className="kit-cited">
      <q className="kit-quote" data-line={q.line} lang={i18n.language === 'ru' ? 'ru' : 'en'}>
        {i18n.language === 'ru' ? q.ru : q.text}
      </q>
      <span className="kit-line"> ({t('kit.tag.article', { line: q.line })})</span>
    </span>
  );
}

export function Sourced({ s, as: Tag = 'p' }: { s: Sentence; as?: 'p' | 'li' }) {
  const { t, i18n } = useTranslation();
  const label = s.tag === 'article' ? null : t(`kit.tag.${s.tag}`);
  return (
    <Tag className={`kit-sentence tag-${s.tag}`} data-tag={s.tag}>
      {inLang(s.text, i18n.language)} {label && <span className="kit-tag">({label})</span>}
      {s.quote && (
        <>
          {' '}
          <QuoteLine q={s.quote} />
        </>
      )}
    </Tag>
  );
}
