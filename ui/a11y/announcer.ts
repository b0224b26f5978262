/**
 * Live regions for screen readers: one polite (moves, events, whose turn it is) and one assertive (the
 * privacy screen), created once on the page outside React so they survive every change of screen — a
 * live region only speaks when text changes inside a region that was already there. Messages that
 * arrive together are read together.
 */

export type Politeness = 'polite' | 'assertive';

const nodes: Partial<Record<Politeness, HTMLElement>> = {};
const queued: Record<Politeness, string[]> = { polite: [], assertive: [] };
let timer: ReturnType<typeof setTimeout> | null = null;

/** Put the two live regions on the page (idempotent). */
export function mountAnnouncer(doc: Document = document): void {
  for (const p of ['polite', 'assertive'] as const) {
    if (nodes[p]?.isConnected) continue;
    const el = doc.createElement('div');
    el.className = 'sr-only';
    el.setAttribute('aria-live', p);
    el.setAttribute('role', p === 'polite' ? 'status' : 'alert');
    el.setAttribute('data-testid', `announce-${p}`);
    doc.body.appendChild(el);
    nodes[p] = el;
  }
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
