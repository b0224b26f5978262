/**
 * Measurements the layout and projector tests take in the real page (strings evaluated in the page:
 * a transpiler may wrap inner functions in helpers the page does not have): sideways overflow, touch
 * targets, the smallest text, the map's text as drawn on screen, whether an element is in view and not
 * covered, and the contrast of an element's text on its own background.
 */
import type { Page } from 'playwright-core';
import { contrast, type Rgb } from '../../ui/a11y/colour.ts';

/** Pixels the page scrolls sideways (0 when it does not). */
export async function sidewaysSpill(page: Page): Promise<number> {
  return (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
}

export interface Small {
  what: string;
  width: number;
  height: number;
}

/** Every visible button and menu smaller than `min` px either way. */
export async function smallTargets(page: Page, min = 44): Promise<Small[]> {
  return (await page.evaluate(`(() => {
    const out = [];
    for (const el of document.querySelectorAll('button, select, summary')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (el.closest('.sr-only')) continue;
      if (r.width < ${min} - 0.5 || r.height < ${min} - 0.5)
        out.push({ what: (el.getAttribute('data-testid') || el.tagName) + ' "' + (el.textContent || '').trim().slice(0, 30) + '"', width: Math.round(r.width), height: Math.round(r.height) });
    }
    return out;
  })()`)) as Small[];
}

/** The smallest font size (px) of visible HTML text, and where it is. */
export async function smallestText(page: Page, root = 'body'): Promise<{ size: number; what: string }> {
  return (await page.evaluate(`(() => {
    let best = { size: Infinity, what: '' };
    const walker = document.createTreeWalker(document.querySelector(${JSON.stringify(root)}), NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent.trim()) continue;
      const el = n.parentElement;
      if (!el || el.closest('svg, .sr-only, option, [hidden]')) continue;
      if (!el.getClientRects().length) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      const size = parseFloat(style.fontSize);
      if (size < best.size) best = { size, what: el.tagName + '.' + el.className + ' "' + n.textContent.trim().slice(0, 40) + '"' };
    }
    return best;
  })()`)) as { size: number; what: string };
}

/** The smallest on-screen size (px) of the map's text matching `selector` (font size times the map's scale). */
export async function smallestMapText(page: Page, selector: string, root = 'body'): Promise<number> {
  return (await page.evaluate(`(() => {
    let best = Infinity;
    for (const el of document.querySelector(${JSON.stringify(root)}).querySelectorAll(${JSON.stringify(selector)})) {
      const m = el.getScreenCTM();
      if (!m || !el.getClientRects().length) continue;
      best = Math.min(best, parseFloat(getComputedStyle(el).fontSize) * Math.hypot(m.a, m.b));
    }
    return best;
  })()`)) as number;
}

/**
 * Whether the element is wholly inside the viewport as the page stands (no scrolling done) and is what a
 * tap at its centre would hit (not covered by anything).
 */
export async function inView(page: Page, selector: string): Promise<{ ok: boolean; box: number[]; hit: string }> {
  return (await page.evaluate(`(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    if (!el) return { ok: false, box: [], hit: 'missing' };
    const r = el.getBoundingClientRect();
    const inside = r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight + 0.5 && r.right <= window.innerWidth + 0.5;
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    const hit = top ? (top === el || el.contains(top) ? 'itself' : top.tagName + '.' + top.className) : 'nothing';
    return { ok: inside && hit === 'itself', box: [r.left, r.top, r.right, r.bottom].map(Math.round), hit };
  })()`)) as { ok: boolean; box: number[]; hit: string };
}

/** Scroll the page and every scrolling panel back to the top-left: the board as it first appears. */
export async function scrollHome(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.scrollTo(0, 0);
    for (const el of document.querySelectorAll('.side, .log-wrap, .region-table-wrap')) el.scrollTop = 0;
  })()`);
}

const rgb = (css: string): Rgb => {
  const m = css.match(/rgba?\(([^)]+)\)/);
  if (!m) throw new Error(`not an rgb() colour: ${css}`);
  return m[1]!
    .split(',')
    .slice(0, 3)
    .map((x) => Number(x.trim())) as unknown as Rgb;
};

/** The contrast of an element's text colour on its own background colour, as computed now. */
export async function textContrast(page: Page, selector: string): Promise<number> {
  const [fg, bg] = (await page.evaluate(`(() => {
    const s = getComputedStyle(document.querySelector(${JSON.stringify(selector)}));
    return [s.color, s.backgroundColor];
  })()`)) as [string, string];
  return contrast(rgb(fg), rgb(bg));
}

/** The elements reaching past the right edge of the viewport (for a failure message). */
export async function spillers(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const out = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.right > window.innerWidth + 0.5 && r.width > 0)
        out.push(el.tagName + '.' + (el.getAttribute('class') || '') + ' ' + Math.round(r.right) + ' "' + (el.textContent || '').trim().slice(0, 30) + '"');
    }
    return out.slice(-8);
  })()`)) as string[];
}
