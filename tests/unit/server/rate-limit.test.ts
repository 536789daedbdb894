import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../server/rate-limit';

describe('createRateLimiter', () => {
  it('allows `limit` hits per window and client, then refuses until the window ends', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 });
    expect(limiter.hit('a', 0)).toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 60 });
    expect(limiter.hit('a', 1000).allowed).toBe(true);
    expect(limiter.hit('a', 2000)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 58 });
    expect(limiter.hit('b', 2000).allowed).toBe(true);
    expect(limiter.hit('a', 60_000).allowed).toBe(true);
  });

  it('forgets clients whose window has ended', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000 });
    limiter.hit('a', 0);
    limiter.hit('b', 500);
    expect(limiter.size(600)).toBe(2);
    expect(limiter.size(1200)).toBe(1);
    expect(limiter.size(5000)).toBe(0);
  });
});
