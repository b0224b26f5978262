/**
 * The in-app document viewer: the rulebook, the teacher notes and the scenario file format (the
 * repository's docs/, rendered from Markdown with `marked`), or a scenario's own teacher notes (goals,
 * background with sources, debrief questions), in a modal dialog over the screen that opened it. Links
 * between documents open in the viewer; the headings carry GitHub's anchors, so a document's table of
 * contents works too. Loaded on demand (it is not part of the first screen).
 */
import { Marked } from 'marked';
import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SCENARIOS } from '../../game/scenarios/index.ts';
import { textIn } from '../../game/text.ts';
import '../common/common.css';
import { OFFERED, docNames, linkedDoc, loadDoc, slug, type DocRoute } from './docs.ts';
import './docs.css';

const marked = new Marked({
  gfm: true,
  renderer: {
    heading({ tokens, depth }) {
      const html = this.parser.parseInline(tokens);
      return `<h${depth} id="${slug(html)}">${html}</h${depth}>\n`;
    },
  },
});

interface Props {
  route: DocRoute;
  onOpen: (route: DocRoute) => void;
  onClose: () => void;
}

type Loaded = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; html: string; lang: string };

/** The document in the reader's language where it has a translation (loaded again when the language changes). */
function useDoc(name: string | null, language: string): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    if (name === null) return;
    let live = true;
    setLoaded({ state: 'loading' });
    void loadDoc(name, language).then((doc) => {
      if (!live) return;
      if (!doc) setLoaded({ state: 'missing' });
      else if (doc.markdown)
        setLoaded({ state: 'ready', html: marked.parse(doc.text, { async: false }), lang: doc.lang });
      else setLoaded({ state: 'ready', html: `<pre><code>${escapeHtml(doc.text)}</code></pre>`, lang: doc.lang });
    });
    return () => void (live = false);
  }, [name, language]);
  return loaded;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function ScenarioNotes({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const s = SCENARIOS[id];
  if (!s) return <p>{t('docViewer.missing')}</p>;
  const notes = s.teacherNotes;
  return (
    <article className="doc-body" data-testid="scenario-notes">
      <h1>
        {t('startPage.notes')}: {textIn(s.title, lang)}
      </h1>
      <h2>{t('docViewer.goals')}</h2>
      <ul>
        {notes.goals.map((g, i) => (
          <li key={i}>{textIn(g, lang)}</li>
        ))}
      </ul>
      <h2>{t('docViewer.background')}</h2>
      {notes.background.map((b, i) => (
        <p key={i}>
          {textIn(b.text, lang)}{' '}
          <span className="source">{t('docViewer.source', { citation: b.source.citation })}</span>
        </p>
      ))}
      <h2>{t('docViewer.questions')}</h2>
      <ol>
        {notes.questions.map((q, i) => (
          <li key={i}>{textIn(q, lang)}</li>
        ))}
      </ol>
    </article>
  );
}

export default function DocViewer({ route, onOpen, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const name = route.kind === 'doc' ? route.name : null;
  const loaded = useDoc(name, i18n.language);
  const offered = useMemo(() => OFFERED.filter((d) => docNames().includes(d)), []);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => {
      if (d?.open) d.close();
    };
  }, []);
  useEffect(() => {
    body.current?.scrollTo?.({ top: 0 });
    heading.current?.focus();
  }, [route, loaded.state]);
  const label = (d: string) =>
    t(d === 'rules' ? 'startPage.docRules' : d === 'teacher' ? 'startPage.docTeacher' : 'startPage.docScenarios');
  const onClick = (e: MouseEvent) => {
    const a = (e.target as HTMLElement).closest('a');
    const href = a?.getAttribute('href');
    if (!a || !href) return;
    if (href.startsWith('#')) {
      e.preventDefault();
      const target = body.current?.querySelector(`[id="${CSS.escape(decodeURIComponent(href.slice(1)))}"]`);
      target?.scrollIntoView({ block: 'start' });
      return;
    }
    const doc = linkedDoc(href);
    if (doc) {
      e.preventDefault();
      onOpen({ kind: 'doc', name: doc });
    }
  };
  const title = name ? (OFFERED.includes(name as (typeof OFFERED)[number]) ? label(name) : name) : t('startPage.notes');
  return (
    <dialog
      ref={dialog}
      className="doc-viewer"
      aria-labelledby="doc-viewer-title"
      data-testid="doc-viewer"
      data-doc={name ?? `notes/${route.kind === 'notes' ? route.scenario : ''}`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="doc-head">
        <h2 id="doc-viewer-title" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <nav aria-label={t('docViewer.contents')}>
          {offered.map((d) => (
            <button
              key={d}
              type="button"
              aria-current={d === name ? 'page' : undefined}
              onClick={() => onOpen({ kind: 'doc', name: d })}
              data-testid={`doc-tab-${d}`}
            >
              {label(d)}
            </button>
          ))}
        </nav>
        <button type="button" className="primary" onClick={onClose} data-testid="doc-close">
          {t('docViewer.close')}
        </button>
      </header>
      <div
        className="doc-scroll"
        ref={body}
        onClick={onClick}
        tabIndex={0}
        role="region"
        aria-labelledby="doc-viewer-title"
      >
        {route.kind === 'notes' ? (
          <ScenarioNotes id={route.scenario} />
        ) : loaded.state === 'loading' ? (
          <p>{t('docViewer.loading')}</p>
        ) : loaded.state === 'missing' ? (
          <p role="alert">{t('docViewer.missing')}</p>
        ) : (
          <>
            {loaded.lang === 'en' && i18n.language !== 'en' && <p className="doc-lang">{t('docViewer.english')}</p>}
            <article
              className="doc-body"
              lang={loaded.lang === 'mul' ? undefined : loaded.lang}
              dangerouslySetInnerHTML={{ __html: loaded.html }}
            />
          </>
        )}
      </div>
    </dialog>
  );
}
