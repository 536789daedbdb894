// A fixed-window request counter per client, kept in memory: enough for one receiver process.
// Pure (the clock is passed in) so it is tested without waiting.

export interface RateLimitDecision {
  allowed: boolean;
  /** Requests left in the current window after this one. */
  remaining: number;
  /** Seconds until the window resets (for Retry-After). */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  hit(key: string, now: number): RateLimitDecision;
  /** Number of clients currently tracked (windows not yet expired). */
  size(now: number): number;
}

export function createRateLimiter(options: { limit: number; windowMs: number }): RateLimiter {
  const { limit, windowMs } = options;
  const windows = new Map<string, { count: number; resetAt: number }>();
  let nextSweep = 0;

  const sweep = (now: number) => {
    if (now < nextSweep) return;
    for (const [key, window] of windows) if (window.resetAt <= now) windows.delete(key);
    nextSweep = now + windowMs;
  };

  return {
    hit(key, now) {
      sweep(now);
      let window = windows.get(key);
      if (!window || window.resetAt <= now) {
        window = { count: 0, resetAt: now + windowMs };
        windows.set(key, window);
      }
      window.count += 1;
      return {
        allowed: window.count <= limit,
        remaining: Math.max(0, limit - window.count),
        retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)),
      };
    },
    size(now) {
      sweep(now);
      let count = 0;
      for (const window of windows.values()) if (window.resetAt > now) count += 1;
      return count;
    },
  };
}
