import { createRateLimiter } from '../http/createRateLimiter';
import type { Limits } from '../http/Limits';
import { tooManyRequests } from '../http/tooManyRequests';
import type { StorageAdapter, User } from '../storage/types';

/** Failed password logins in a row before the account is locked, and for how long. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MS = 15 * 60 * 1000;
const MINUTE = 60_000;
const LOCKED =
  'For mange mislykkede forsøg på at logge ind. Vent 15 minutter, og prøv igen. ' +
  '(Too many failed login attempts. Wait 15 minutes and try again.)';

/**
 * Lock-out after repeated failures. An account's counter and lock live on the user record (storage.putUser),
 * so the lock holds across server processes on PostgreSQL. An unknown username is locked the same way in
 * memory, so the answers never tell whether a username exists. Per address, attempts and failures are
 * throttled in memory.
 */
export function createLoginGuard(storage: StorageAdapter, limits: Limits, now: () => Date) {
  const attemptsByIp = createRateLimiter({ limit: limits.loginsPerIpPerMinute, windowMs: MINUTE, now });
  const failuresByIp = createRateLimiter({ limit: limits.failedLoginsPerIp, windowMs: LOCK_MS, now });
  // Unknown usernames count and lock like accounts do, in memory (a failure count window, then a lock).
  const unknownNames = createRateLimiter({ limit: MAX_FAILED_LOGINS, windowMs: LOCK_MS, now });
  const unknownLocks = new Map<string, number>();
  const unknownLockedFor = (username: string): number => {
    const until = unknownLocks.get(username) ?? 0;
    if (until <= now().getTime()) unknownLocks.delete(username);
    return Math.ceil((until - now().getTime()) / 1000);
  };

  return {
    /** Throws 429 with Retry-After when this address or this username may not try now. */
    assertMayTry(ip: string, username: string, user: User | undefined): void {
      const attempt = attemptsByIp.hit(ip);
      if (!attempt.ok) throw tooManyRequests(LOCKED, attempt.retryAfterSeconds);
      const byIp = failuresByIp.check(ip);
      if (!byIp.ok) throw tooManyRequests(LOCKED, byIp.retryAfterSeconds);
      const lockedFor = user
        ? Math.ceil(((user.lockedUntil ? Date.parse(user.lockedUntil) : 0) - now().getTime()) / 1000)
        : unknownLockedFor(username);
      if (lockedFor > 0) throw tooManyRequests(LOCKED, lockedFor);
    },
    async failed(ip: string, username: string, user: User | undefined): Promise<void> {
      failuresByIp.hit(ip);
      if (!user) {
        unknownNames.hit(username);
        if (!unknownNames.check(username).ok) {
          unknownNames.reset(username);
          unknownLocks.set(username, now().getTime() + LOCK_MS);
        }
        return;
      }
      const failedLogins = (user.failedLogins ?? 0) + 1;
      const { failedLogins: _f, lockedUntil: _l, ...rest } = user;
      await storage.putUser(
        failedLogins >= MAX_FAILED_LOGINS
          ? { ...rest, lockedUntil: new Date(now().getTime() + LOCK_MS).toISOString() }
          : { ...rest, failedLogins },
      );
    },
    /** A successful login starts the count again. */
    async succeeded(user: User): Promise<User> {
      if (user.failedLogins === undefined && user.lockedUntil === undefined) return user;
      const { failedLogins: _f, lockedUntil: _l, ...rest } = user;
      await storage.putUser(rest);
      return rest;
    },
  };
}

export type LoginGuard = ReturnType<typeof createLoginGuard>;
