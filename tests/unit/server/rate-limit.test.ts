import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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

  it('peeks without counting, and reset forgets a client', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000 });
    expect(limiter.peek('a', 0).allowed).toBe(true);
    expect(limiter.peek('a', 0).allowed).toBe(true);
    limiter.hit('a', 0);
    expect(limiter.peek('a', 10)).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    limiter.reset('a');
    expect(limiter.peek('a', 10).allowed).toBe(true);
  });

  it('stays bounded: 50,000 distinct 8,000-character keys keep at most maxKeys short ones', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    const limiter = createRateLimiter({ limit: 5, windowMs: 600_000, maxKeys: 10_000 });
    const pad = 'x'.repeat(7990);
    for (let i = 0; i < 50_000; i++) limiter.hit(`${i}${pad}`, i);
    expect(limiter.size(50_000)).toBe(10_000);
    gc();
    // Kept whole, 10,000 keys of 8 KB would hold 80 MB (50,000 of them, 400 MB); copied to 64 characters, about 2 MB.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(10 * 1024 * 1024);
    // The most recent clients are the ones remembered.
    expect(limiter.peek(`49999${pad}`, 50_000).remaining).toBe(3);
  }, 30_000);
});
