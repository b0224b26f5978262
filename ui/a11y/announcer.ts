/**
 * Live regions for screen readers: one polite (moves, events, whose turn it is) and one assertive (the
 * privacy screen), created once on the page outside React so they survive every change of screen — a
 * live region only speaks when text changes inside a region that was already there. Messages that
 * arrive together are read together. The regions carry the page's language (`lang`), and a language
 * switch clears what was queued or left in them in the old language and says the new one in itself
 * ("Язык: Русский"), so a screen reader never goes on in the language the player left.
 */
import { LANGUAGE_NAMES, i18next } from '../i18n/index.ts';

export type Politeness = 'polite' | 'assertive';

const nodes: Partial<Record<Politeness, HTMLElement>> = {};
const queued: Record<Politeness, string[]> = { polite: [], assertive: [] };
let timer: ReturnType<typeof setTimeout> | null = null;
let listening = false;

/** Put the two live regions on the page (idempotent). */
export function mountAnnouncer(doc: Document = document): void {
  for (const p of ['polite', 'assertive'] as const) {
    if (nodes[p]?.isConnected) continue;
    const el = doc.createElement('div');
    el.className = 'sr-only';
    el.setAttribute('aria-live', p);
    el.setAttribute('role', p === 'polite' ? 'status' : 'alert');
    el.setAttribute('data-testid', `announce-${p}`);
    el.lang = i18next.language || doc.documentElement.lang || 'en';
    doc.body.appendChild(el);
    nodes[p] = el;
  }
  if (!listening) {
    listening = true;
    i18next.on('languageChanged', languageChanged);
  }
}

/**
 * The language changed: drop what was said or waiting in the old one, give the regions the new `lang`,
 * and say the language's name in itself. Nothing is said when the language is the one already spoken.
 */
export function languageChanged(lang: string): void {
  const before = nodes.polite?.lang;
  queued.polite = [];
  queued.assertive = [];
  for (const p of ['polite', 'assertive'] as const) {
    const el = nodes[p];
    if (!el) continue;
    el.textContent = '';
    el.lang = lang;
  }
  if (before && before !== lang) announce(i18next.t('a11y.language', { language: LANGUAGE_NAMES[lang] ?? lang }));
}

/** Have screen readers say `text` (politely, unless it must interrupt). */
export function announce(text: string, politeness: Politeness = 'polite'): void {
  if (!text.trim() || typeof document === 'undefined') return;
  mountAnnouncer();
  queued[politeness].push(text);
  if (timer === null) timer = setTimeout(flush, 120);
}

function flush(): void {
  timer = null;
  for (const p of ['polite', 'assertive'] as const) {
    const el = nodes[p];
    if (!el || !queued[p].length) continue;
    el.textContent = queued[p].join(' ');
    queued[p] = [];
  }
}
