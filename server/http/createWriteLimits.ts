import type { RequestHandler } from 'express';
import { createRateLimiter } from './createRateLimiter';
import type { Limits } from './Limits';
import { tooManyRequests } from './tooManyRequests';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const MINUTE = 60_000;

/**
 * Per-address and per-user limits on writes, answered 429 with Retry-After. The address limit runs before
 * the session is read; the user limit after it, so one user on many devices shares one budget.
 */
export function createWriteLimits(limits: Limits, now: () => Date) {
  const byIp = createRateLimiter({ limit: limits.writesPerIpPerMinute, windowMs: MINUTE, now });
  const byUser = createRateLimiter({ limit: limits.writesPerUserPerMinute, windowMs: MINUTE, now });
  const detail = 'For mange ændringer på kort tid. Vent lidt, og prøv igen.';
  const perIp: RequestHandler = (req, _res, next) => {
    if (!WRITES.has(req.method)) return next();
    const { ok, retryAfterSeconds } = byIp.hit(req.ip ?? 'unknown');
    next(ok ? undefined : tooManyRequests(detail, retryAfterSeconds));
  };
  const perUser: RequestHandler = (req, res, next) => {
    const user = res.locals.user as { id: string } | undefined;
    if (!WRITES.has(req.method) || !user) return next();
    const { ok, retryAfterSeconds } = byUser.hit(user.id);
    next(ok ? undefined : tooManyRequests(detail, retryAfterSeconds));
  };
  return { perIp, perUser };
}
