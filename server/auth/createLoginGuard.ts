import { createHash } from 'node:crypto';
import { createRateLimiter } from '../http/createRateLimiter';
import type { Limits } from '../http/Limits';
import { tooManyRequests } from '../http/tooManyRequests';
import type { LoginFailures, StorageAdapter } from '../storage/types';

/** Failed password logins in a row before the username is locked, and for how long. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MS = 15 * 60 * 1000;
const MINUTE = 60_000;
const LOCKED =
  'For mange mislykkede forsøg på at logge ind. Vent 15 minutter, og prøv igen. ' +
  '(Too many failed login attempts. Wait 15 minutes and try again.)';

/** The store's key for a username's counter: a hash, so a mistyped name (maybe a CPR) is not kept in clear. */
export function toLoginFailureKey(username: string): string {
  return createHash('sha256').update(`forloeb-login\0${username}`).digest('base64url');
}

/**
 * Lock-out after repeated failures, per username as typed: the counter is a stored record keyed by a hash
 * of the name (storage.putLoginFailures), written the same way whether an account has that name or not —
 * a known and an unknown username cost the same scrypt and the same storage write, so neither the answer
 * nor its timing tells which names exist. Stored, so a lock holds across restarts and server processes.
 * A failure is forgotten after 15 minutes without another. Per address, attempts and failures are
 * throttled in memory.
 */
export function createLoginGuard(storage: StorageAdapter, limits: Limits, now: () => Date) {
  const attemptsByIp = createRateLimiter({ limit: limits.loginsPerIpPerMinute, windowMs: MINUTE, now });
  const failuresByIp = createRateLimiter({ limit: limits.failedLoginsPerIp, windowMs: LOCK_MS, now });
  const current = async (username: string): Promise<LoginFailures | undefined> => {
    const record = await storage.getLoginFailures(toLoginFailureKey(username));
    return record && Date.parse(record.expiresAt) > now().getTime() ? record : undefined;
  };

  return {
    /** Throws 429 with Retry-After when this address or this username may not try now. */
    async assertMayTry(ip: string, username: string): Promise<void> {
      const attempt = attemptsByIp.hit(ip);
      if (!attempt.ok) throw tooManyRequests(LOCKED, attempt.retryAfterSeconds);
      const byIp = failuresByIp.check(ip);
      if (!byIp.ok) throw tooManyRequests(LOCKED, byIp.retryAfterSeconds);
      const lockedUntil = (await current(username))?.lockedUntil;
      const lockedFor = Math.ceil(((lockedUntil ? Date.parse(lockedUntil) : 0) - now().getTime()) / 1000);
      if (lockedFor > 0) throw tooManyRequests(LOCKED, lockedFor);
    },
    /** Counts a failure for the name, an account's or not: one read and one write of its counter. */
    async failed(ip: string, username: string): Promise<void> {
      failuresByIp.hit(ip);
      const key = toLoginFailureKey(username);
      const at = now().getTime();
      const failedLogins = ((await current(username))?.failedLogins ?? 0) + 1;
      const locked = failedLogins >= MAX_FAILED_LOGINS;
      const expiresAt = new Date(at + LOCK_MS).toISOString();
      await storage.putLoginFailures(
        key,
        locked ? { key, failedLogins, lockedUntil: expiresAt, expiresAt } : { key, failedLogins, expiresAt },
        new Date(at).toISOString(),
      );
    },
    /** A successful login starts the count again. */
    async succeeded(username: string): Promise<void> {
      if (!(await current(username))) return;
      await storage.putLoginFailures(toLoginFailureKey(username), null, now().toISOString());
    },
  };
}

export type LoginGuard = ReturnType<typeof createLoginGuard>;
