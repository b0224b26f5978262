/**
 * The dock: the decision being made (an operation's preview with Confirm, an event card's choices),
 * fixed at the bottom of the panel's column so that it is in view at every screen size without
 * scrolling. It stays in its place in the document (the tab order and screen readers meet it where it
 * belongs) and publishes its height as `--dock-h`, so the page keeps room for it below the content.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';

export function Dock({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement;
    const measure = () => root.style.setProperty('--dock-h', `${el.offsetHeight}px`);
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      root.style.removeProperty('--dock-h');
    };
  }, []);
  return (
    <div ref={ref} className="dock" role="group" aria-label={label} data-testid="dock">
      {children}
    </div>
  );
}
