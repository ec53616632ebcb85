/**
 * Counts hits per key in fixed windows, in memory (per server process: a limit, not an accounting). Keys
 * are dropped when their window ends, so memory stays bounded by the keys seen in one window.
 */
export function createRateLimiter(options: { limit: number; windowMs: number; now: () => Date }) {
  const windows = new Map<string, { startedAt: number; count: number }>();
  let lastSweep = 0;

  const sweep = (now: number) => {
    if (now - lastSweep < options.windowMs) return;
    lastSweep = now;
    for (const [key, window] of windows) if (now - window.startedAt >= options.windowMs) windows.delete(key);
  };

  const current = (key: string, now: number) => {
    const window = windows.get(key);
    if (window && now - window.startedAt < options.windowMs) return window;
    const fresh = { startedAt: now, count: 0 };
    windows.set(key, fresh);
    return fresh;
  };

  return {
    /** Counts one hit; `retryAfterSeconds` is set when the key is over its limit. */
    hit(key: string): { ok: boolean; retryAfterSeconds: number } {
      const now = options.now().getTime();
      sweep(now);
      const window = current(key, now);
      window.count += 1;
      const ok = window.count <= options.limit;
      return { ok, retryAfterSeconds: ok ? 0 : secondsLeft(window.startedAt, now) };
    },
    /** Whether the key is over its limit now, without counting. */
    check(key: string): { ok: boolean; retryAfterSeconds: number } {
      const now = options.now().getTime();
      const window = windows.get(key);
      if (!window || now - window.startedAt >= options.windowMs || window.count < options.limit)
        return { ok: true, retryAfterSeconds: 0 };
      return { ok: false, retryAfterSeconds: secondsLeft(window.startedAt, now) };
    },
    reset(key: string): void {
      windows.delete(key);
    },
  };

  function secondsLeft(startedAt: number, now: number): number {
    return Math.max(1, Math.ceil((startedAt + options.windowMs - now) / 1000));
  }
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
