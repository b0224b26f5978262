/**
 * Per-address limits on the join routes, so that join codes cannot be guessed at any useful rate:
 * after `failures` wrong codes (or refused joins) within a window an address is answered 429 until
 * the window has passed, and no address may make more than `requests` join requests in a window
 * (a classroom's devices make a handful each). With 31^6 codes and 10 guesses a minute, finding one
 * of a dozen live codes takes on average about 7 million minutes. The clock is a parameter.
 */

export interface LimitOptions {
  /** Failures allowed per address per window (default 10). */
  failures?: number;
  /** Requests allowed per address per window (default 120). */
  requests?: number;
  /** The window in milliseconds (default one minute). */
  windowMs?: number;
  /** The clock (default Date.now). */
  now?: () => number;
}

interface Count {
  start: number;
  requests: number;
  failures: number;
}

export class JoinLimiter {
  private readonly counts = new Map<string, Count>();
  private readonly failures: number;
  private readonly requests: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(options: LimitOptions = {}) {
    this.failures = options.failures ?? 10;
    this.requests = options.requests ?? 120;
    this.windowMs = options.windowMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  private count(address: string): Count {
    const now = this.now();
    let c = this.counts.get(address);
    if (!c || now - c.start >= this.windowMs) {
      c = { start: now, requests: 0, failures: 0 };
      this.counts.set(address, c);
      if (this.counts.size > 10_000) this.sweep(now);
    }
    return c;
  }

  /** Count a request; the seconds to wait when the address is over a limit, else null. */
  admit(address: string): number | null {
    const c = this.count(address);
    c.requests += 1;
    if (c.failures >= this.failures || c.requests > this.requests) {
      return Math.max(1, Math.ceil((c.start + this.windowMs - this.now()) / 1000));
    }
    return null;
  }

  /** Count a failure (a wrong code, a refused join). */
  fail(address: string): void {
    this.count(address).failures += 1;
  }

  private sweep(now: number): void {
    for (const [k, c] of this.counts) if (now - c.start >= this.windowMs) this.counts.delete(k);
  }
}
