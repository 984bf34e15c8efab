import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/discord/rateLimit.ts';

describe('per-user rate limit', () => {
  it('GIVEN 5 commands in 10 s THEN the 6th waits until the first leaves the window', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(5, 10_000, () => now);
    for (let i = 0; i < 5; i++) {
      expect(limiter.take('alice').ok).toBe(true);
      now += 1000;
    }
    expect(limiter.take('alice')).toEqual({ ok: false, retryAfterMs: 5000 });
    expect(limiter.take('bob').ok).toBe(true);
    now += 5000;
    expect(limiter.take('alice').ok).toBe(true);
  });

  it('GIVEN users who stopped asking THEN they are forgotten after the window', () => {
    let now = 0;
    const limiter = new RateLimiter(5, 10_000, () => now);
    for (let i = 0; i < 100; i++) limiter.take(`user${i}`);
    expect(limiter.size).toBe(100);
    now += 20_000;
    limiter.take('someone');
    expect(limiter.size).toBe(1);
  });
});

describe('forgetting', () => {
  it('GIVEN no one asks anything more THEN users are still forgotten once their window has passed', async () => {
    const { vi } = await import('vitest');
    vi.useFakeTimers();
    try {
      let now = 0;
      const limiter = new RateLimiter(5, 10_000, () => now);
      limiter.take('alice');
      expect(limiter.size).toBe(1);
      now = 25_000;
      vi.advanceTimersByTime(25_000);
      expect(limiter.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
