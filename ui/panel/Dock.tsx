/**
 * The dock: the decision being made (an operation's preview with Confirm, an event card's choices),
 * fixed at the bottom of the panel's column so that it is in view at every screen size without
 * scrolling. It stays in its place in the document (the tab order and screen readers meet it where it
 * belongs) and publishes its height as `--dock-h` on the panel and the board, so the page keeps room for it
 * below the content.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';

export function Dock({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Set on the two boxes that keep the room (the panel; on narrow screens the board), and uninherited
    // (@property in styles.css): the dock's arrival restyles those two, not every element of the page.
    const holders = [el.closest<HTMLElement>('.side'), el.closest<HTMLElement>('.board')].filter((h) => h !== null);
    const publish = (height: number) => holders.forEach((h) => h.style.setProperty('--dock-h', `${height}px`));
    // Measured after layout, in the frame that first shows the dock (no layout forced inside React's commit).
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(([entry]) => publish(entry?.borderBoxSize[0]?.blockSize ?? el.offsetHeight));
    if (observer) observer.observe(el);
    else publish(el.offsetHeight);
    return () => {
      observer?.disconnect();
      holders.forEach((h) => h.style.removeProperty('--dock-h'));
    };
  }, []);
  return (
    <div ref={ref} className="dock" role="group" aria-label={label} data-testid="dock">
      {children}
    </div>
  );
}
