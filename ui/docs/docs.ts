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

/** The documents a teacher is offered, in order, when they exist in this build. */
export const OFFERED = ['rules', 'teacher', 'scenarios'] as const;

/** Names of every bundled document ("rules", "teacher", "examples/my-first-scenario.json", …). */
export function docNames(): string[] {
  return [...Object.keys(MARKDOWN), ...Object.keys(EXAMPLES)].map(nameOf);
}

export function hasDoc(name: string): boolean {
  return docNames().includes(name);
}

/** The document's text and whether it is Markdown, or null when it is not in this build. */
export async function loadDoc(name: string): Promise<{ text: string; markdown: boolean } | null> {
  const md = Object.entries(MARKDOWN).find(([p]) => nameOf(p) === name);
  if (md) return { text: await md[1](), markdown: true };
  const ex = Object.entries(EXAMPLES).find(([p]) => nameOf(p) === name);
  if (ex) return { text: await ex[1](), markdown: false };
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
