/**
 * Progress of a long command on stderr: a bar redrawn in place on a terminal (at most every 100 ms),
 * otherwise a plain line every 10 s, so that a log file stays readable. Shared by `simulate` and
 * `balance`.
 */

/** A progress reporter for `total` games; `tool` names the plain lines (`balance: 10/40 games`). */
export function progress(
  tool: string,
  total: number,
): { add: (n: number, what?: string) => void; set: (done: number) => void; done: () => void } {
  let count = 0;
  let last = 0;
  const tty = process.stderr.isTTY;
  const add = (n: number, what = '') => {
    count += n;
    const now = performance.now();
    if (now - last < (tty ? 100 : 10_000) && count < total) return;
    last = now;
    const note = what ? `  ${what}` : '';
    if (tty) {
      const width = 30;
      const filled = Math.round((Math.min(count, total) / total) * width);
      process.stderr.write(
        `\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total} games${note}`,
      );
    } else process.stderr.write(`${tool}: ${count}/${total} games${what ? ` (${what})` : ''}\n`);
  };
  return {
    add,
    set: (done) => add(done - count),
    done: () => {
      if (tty) process.stderr.write('\r\x1b[K');
    },
  };
}
