/**
 * Run `run` in a task after the next frame has been drawn (a frame, then a zero-delay timer), or on the
 * next turn of the event loop where there are no frames (node). Returns what cancels it — a React
 * effect's clean-up as it is.
 */
export function afterNextFrame(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => (timer = setTimeout(run, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
