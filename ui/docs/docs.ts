/**
 * The documents the app can open (the repository's docs/, bundled at build time, each its own chunk
 * loaded when opened), and the in-app address of each: `#/docs/<name>` for a document,
 * `#/docs/notes/<scenario id>` for a scenario's teacher notes. A document that is not in this build (the
 * teacher notes before they are written) is simply not listed.
 */

/** Markdown documents by name ("rules" for docs/rules.md), loaded on demand. */
const MARKDOWN = import.meta.glob<string>('../../docs/*.md', { query: '?raw', import: 'default' });
/** Example files the documents link to (docs/examples/*.json), shown as text. */
const EXAMPLES = import.meta.glob<string>('../../docs/examples/*.json', { query: '?raw', import: 'default' });

const nameOf = (path: string) => path.replace(/^.*\/docs\//, '').replace(/\.md$/, '');

/** A translation sits beside its document as `<name>.<language>.md` ("rules.ru" for docs/rules.ru.md). */
const TRANSLATION = /\.([a-z]{2})$/;

/** Documents written in both languages in one file (docs/teacher.md has every lesson in English and Russian). */
const BILINGUAL: readonly string[] = ['teacher'];

/** The documents a teacher is offered, in order, when they exist in this build. */
export const OFFERED = ['rules', 'teacher', 'scenarios'] as const;

/** Names of every bundled document ("rules", "teacher", "examples/my-first-scenario.json", …), translations not listed. */
export function docNames(): string[] {
  return [...Object.keys(MARKDOWN), ...Object.keys(EXAMPLES)].map(nameOf).filter((n) => !TRANSLATION.test(n));
}

export function hasDoc(name: string): boolean {
  return docNames().includes(name);
}

/** A loaded document: its text, whether it is Markdown, and the language it is written in ('mul' for both). */
export interface Doc {
  text: string;
  markdown: boolean;
  lang: string;
}

/**
 * The document's text in the reader's language where a translation exists (docs/rules.ru.md for "rules" in
 * Russian), else the original in English; null when it is not in this build.
 */
export async function loadDoc(name: string, language = 'en'): Promise<Doc | null> {
  const markdown = (n: string) => Object.entries(MARKDOWN).find(([p]) => nameOf(p) === n)?.[1];
  if (TRANSLATION.test(name) || !hasDoc(name)) return null;
  const translated = language !== 'en' ? markdown(`${name}.${language}`) : undefined;
  if (translated) return { text: await translated(), markdown: true, lang: language };
  const md = markdown(name);
  if (md) return { text: await md(), markdown: true, lang: BILINGUAL.includes(name) ? 'mul' : 'en' };
  const ex = Object.entries(EXAMPLES).find(([p]) => nameOf(p) === name);
  if (ex) return { text: await ex[1](), markdown: false, lang: 'en' };
  return null;
}

/** What a `#/docs/…` address asks for. */
export type DocRoute = { kind: 'doc'; name: string } | { kind: 'notes'; scenario: string };

export function docHref(route: DocRoute): string {
  return route.kind === 'doc' ? `#/docs/${route.name}` : `#/docs/notes/${route.scenario}`;
}

/** The route in a location hash, or null when the hash is not a document's address. */
export function parseDocHash(hash: string): DocRoute | null {
  const m = /^#\/docs\/(.+)$/.exec(hash);
  if (!m) return null;
  const rest = decodeURIComponent(m[1]!);
  if (rest.startsWith('notes/')) return { kind: 'notes', scenario: rest.slice('notes/'.length) };
  return { kind: 'doc', name: rest };
}

/** A link inside a document (relative to docs/), as a document name, or null if it leads elsewhere. */
export function linkedDoc(href: string): string | null {
  if (/^[a-z]+:|^\/\//i.test(href) || href.startsWith('#')) return null;
  const path = href
    .split('#')[0]!
    .replace(/^\.\//, '')
    .replace(/^docs\//, '');
  const name = path.replace(/\.md$/, '');
  return hasDoc(name) ? name : null;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}
