// Fixed-window request counters per client, kept in memory and bounded: at most `maxKeys` clients
// are tracked (the least recently seen is forgotten first) and a key is at most 64 characters, so
// a flood of distinct or huge client keys cannot grow the process. Pure (the clock is passed in).

export interface RateLimitDecision {
  allowed: boolean;
  /** Requests left in the current window after this one. */
  remaining: number;
  /** Seconds until the window resets (for Retry-After). */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  /** Counts a request and says whether it is allowed. */
  hit(key: string, now: number): RateLimitDecision;
  /** Says whether a request would be allowed, without counting it. */
  peek(key: string, now: number): RateLimitDecision;
  /** Forgets a client (a successful login clears its failures). */
  reset(key: string): void;
  /** Number of clients currently tracked (windows not yet expired). */
  size(now: number): number;
}

export interface RateLimiterOptions {
  limit: number;
  windowMs: number;
  /** Most clients remembered at once (default 10,000: under 2 MB). */
  maxKeys?: number;
}

const maxKeyLength = 64;

export function createRateLimiter({
  limit,
  windowMs,
  maxKeys = 10_000,
}: RateLimiterOptions): RateLimiter {
  // A Map keeps insertion order: re-inserting on every hit makes its first entry the least recent.
  const windows = new Map<string, { count: number; resetAt: number }>();
  // A copy, not a slice: V8 may keep a sliced string's whole parent (an 8,000-character header) alive.
  const norm = (key: string) => Buffer.from(key.slice(0, maxKeyLength)).toString();
  const current = (key: string, now: number) => {
    const window = windows.get(key);
    return window && window.resetAt > now ? window : undefined;
  };
  const decision = (count: number, resetAt: number, now: number): RateLimitDecision => ({
    allowed: count <= limit,
    remaining: Math.max(0, limit - count),
    retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)),
  });

  return {
    hit(rawKey, now) {
      const key = norm(rawKey);
      const window = current(key, now) ?? { count: 0, resetAt: now + windowMs };
      window.count += 1;
      windows.delete(key);
      windows.set(key, window);
      while (windows.size > maxKeys) windows.delete(windows.keys().next().value!);
      return decision(window.count, window.resetAt, now);
    },
    peek(rawKey, now) {
      const window = current(norm(rawKey), now);
      return window
        ? decision(window.count + 1, window.resetAt, now)
        : decision(1, now + windowMs, now);
    },
    reset(rawKey) {
      windows.delete(norm(rawKey));
    },
    size(now) {
      for (const [key, window] of windows) if (window.resetAt <= now) windows.delete(key);
      return windows.size;
    },
  };
}
