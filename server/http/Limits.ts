/**
 * Rate limits and the overload guard. The defaults are far above what a person does (a health visitor
 * saves a form every few seconds at most) and stop scripted floods; `toLimits` reads overrides from the
 * environment (`RATE_LIMIT_*`, `MAX_CONCURRENT_REQUESTS`).
 */
export interface Limits {
  /** Writes (POST/PUT/PATCH/DELETE) per logged-in user per minute. */
  writesPerUserPerMinute: number;
  /** Writes per client address per minute (before login is known). */
  writesPerIpPerMinute: number;
  /** Login attempts per client address per minute. */
  loginsPerIpPerMinute: number;
  /** Failed logins per client address per 15 minutes, across usernames. */
  failedLoginsPerIp: number;
  /** API requests in progress at once; beyond this the server answers 503 with Retry-After. */
  maxConcurrentRequests: number;
}

export const DEFAULT_LIMITS: Limits = {
  writesPerUserPerMinute: 3000,
  writesPerIpPerMinute: 6000,
  // A municipality's offices reach the server from few addresses (NAT): the address limits on logins are
  // wide, and the lock per account is the real defence against guessing.
  loginsPerIpPerMinute: 300,
  failedLoginsPerIp: 100,
  maxConcurrentRequests: 256,
};

const ENV_NAMES: Record<keyof Limits, string> = {
  writesPerUserPerMinute: 'RATE_LIMIT_WRITES_PER_USER_PER_MINUTE',
  writesPerIpPerMinute: 'RATE_LIMIT_WRITES_PER_IP_PER_MINUTE',
  loginsPerIpPerMinute: 'RATE_LIMIT_LOGINS_PER_IP_PER_MINUTE',
  failedLoginsPerIp: 'RATE_LIMIT_FAILED_LOGINS_PER_IP',
  maxConcurrentRequests: 'MAX_CONCURRENT_REQUESTS',
};

/** Limits from the environment; a value that is not a positive integer fails loudly at start. */
export function toLimits(env: Record<string, string | undefined>): Partial<Limits> {
  const limits: Partial<Limits> = {};
  for (const [key, name] of Object.entries(ENV_NAMES) as [keyof Limits, string][]) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`${name} must be a positive integer, not '${raw}'`);
    limits[key] = value;
  }
  return limits;
}
