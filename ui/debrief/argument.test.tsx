/**
 * The debrief's article sections rendered in both languages: every discussion question with its quotes
 * and lines, the hedges (their words in bold), the timeline in the article's order, and "after 2016"
 * marked as background, not from the article.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { i18next, setupI18n } from '../i18n/index.ts';
import { ArticleArgument } from './ArticleArgument.tsx';
import { AFTER_2016, HEDGES, QUESTIONS, TIMELINE } from './argument.ts';
import { Timeline } from './Timeline.tsx';

setupI18n('en');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe.each(['en', 'ru'])('the debrief’s article sections (%s)', (lang) => {
  it('ask every question on the argument, each with its quoted lines', async () => {
    await i18next.changeLanguage(lang);
    const html = renderToStaticMarkup(<ArticleArgument />);
    for (const id of ['counterweight', 'two-patrons', 'silence', 'tension', 'evidence', 'source', 'scale'])
      expect(html).toContain(`data-question="${id}"`);
    for (const q of QUESTIONS) {
      expect(text(html)).toContain(lang === 'ru' ? q.question.ru : q.question.en);
      for (const x of q.quotes) expect(text(html)).toContain(lang === 'ru' ? x.ru : x.text);
    }
    for (const h of HEDGES) expect(html).toContain(`data-hedge="${h.word}" data-line="${h.quote.line}"`);
    expect(html).toContain('<strong>almost certainly</strong>');
    expect(html).toContain('<strong>presumably</strong>');
  });

  it('tell the timeline in order, then what came after as background', async () => {
    await i18next.changeLanguage(lang);
    const html = renderToStaticMarkup(<Timeline />);
    const order = [...html.matchAll(/data-moment="([\w-]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(TIMELINE.map((m) => m.id));
    const idx = (id: string) => order.indexOf(id);
    expect(idx('feb-25')).toBeLessThan(idx('dushanbe'));
    expect(idx('dushanbe')).toBeLessThan(idx('august'));
    expect(idx('august')).toBeLessThan(idx('october'));
    const after = html.slice(html.indexOf('data-testid="after-2016"'));
    expect(after.match(/data-tag="background"/g)?.length).toBe(
      1 + AFTER_2016.filter((s) => s.tag === 'background').length,
    );
    expect(text(after)).toContain(i18next.t('kit.tag.background'));
    expect(text(html.slice(0, html.indexOf('data-testid="after-2016"')))).not.toContain(
      i18next.t('kit.tag.background'),
    );
  });
});
