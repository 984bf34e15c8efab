/**
 * Per-user rate limit: at most `limit` interactions in any `windowMs`. Kept
 * in memory only, and a user's entry is forgotten once their window has
 * passed: the limiter stores nothing about anyone for longer than that.
 */
export interface RateDecision {
  ok: boolean;
  /** When refused: milliseconds until the next interaction is allowed. */
  retryAfterMs: number;
}

export class RateLimiter {
  private readonly recent = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    readonly limit = 5,
    readonly windowMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {
    // Forget quiet users even when nobody asks anything (unref: never keeps the process alive).
    setInterval(() => this.sweep(this.now()), windowMs).unref();
  }

  /** Count one interaction for `user` if allowed. */
  take(user: string): RateDecision {
    const now = this.now();
    this.sweep(now);
    const times = (this.recent.get(user) ?? []).filter((t) => now - t < this.windowMs);
    if (times.length >= this.limit) {
      this.recent.set(user, times);
      return { ok: false, retryAfterMs: this.windowMs - (now - (times[0] as number)) };
    }
    times.push(now);
    this.recent.set(user, times);
    return { ok: true, retryAfterMs: 0 };
  }

  /** Users currently remembered (for tests and memory checks). */
  get size(): number {
    return this.recent.size;
  }

  /** Forget users whose window has passed, at most once per window. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [user, times] of this.recent) {
      if (times.every((t) => now - t >= this.windowMs)) this.recent.delete(user);
    }
  }
}
