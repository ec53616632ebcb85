import { randomBytes } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { DEFAULT_LIMITS, type Limits } from '../http/Limits';
import { problems } from '../http/ProblemError';
import type { StorageAdapter, User, UserRole } from '../storage/types';
import { createLoginGuard } from './createLoginGuard';
import { createOidcClient } from './createOidcClient';
import type { OidcSettings } from './OidcSettings';

export const SESSION_COOKIE = 'forloeb_session';
/** The broker's ID token of an OpenID Connect session: the `id_token_hint` of the broker's logout. */
export const OIDC_LOGOUT_COOKIE = 'forloeb_oidc_logout';
/** A session ends after this long without use (the tablet left in a family's home). */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;

export interface PublicUser {
  id: string;
  username: string;
  name: string;
  roles: UserRole[];
  team: string;
  municipality?: string;
}

/** What the API ever shows of a user: never the password hash, the lock-out counters or the OIDC subject. */
export function toPublicUser(user: User): PublicUser {
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    roles: user.roles,
    team: user.team,
    ...(user.municipality ? { municipality: user.municipality } : {}),
  };
}

export interface SessionOptions {
  /** Secure cookies (behind TLS): SECURE_COOKIES=true. Also turns on HSTS. */
  secureCookies: boolean;
  now: () => Date;
  /** Rate limits and the overload guard; missing values take the defaults. */
  limits?: Partial<Limits>;
  /** Login through a municipality's identity broker, when configured. */
  oidc?: OidcSettings;
}

/**
 * Server-side sessions: the cookie holds only a random id. The last use is kept in memory for the idle
 * timeout; a restart keeps sessions but restarts their idle clock. How people log in (password lock-out,
 * limits, OpenID Connect) is configured here too, so routes and middleware read it from one place.
 */
export function createSessions(storage: StorageAdapter, options: SessionOptions) {
  const lastSeen = new Map<string, number>();
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const oidcClient = options.oidc ? createOidcClient(options.oidc) : undefined;

  const cookieOptions = {
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: options.secureCookies,
    path: '/',
  };

  return {
    secureCookies: options.secureCookies,
    limits,
    loginGuard: createLoginGuard(storage, limits, options.now),
    oidc: options.oidc,
    oidcClient,
    /** Starts a session; `idToken` marks one that came through the broker (for the broker's logout). */
    async start(res: Response, user: User, idToken?: string): Promise<void> {
      const id = randomBytes(32).toString('base64url');
      await storage.putSession({ id, userId: user.id, createdAt: options.now().toISOString() });
      lastSeen.set(id, options.now().getTime());
      res.cookie(SESSION_COOKIE, id, cookieOptions);
      // Only the logout route reads it; HttpOnly and SameSite=Strict like the session cookie.
      if (idToken !== undefined)
        res.cookie(OIDC_LOGOUT_COOKIE, idToken, { ...cookieOptions, path: '/api/session' });
      else res.clearCookie(OIDC_LOGOUT_COOKIE, { ...cookieOptions, path: '/api/session' });
    },
    /**
     * Ends the session here; for a session that came through the broker, answers where to send the
     * browser so the broker's session ends too (undefined: nothing more to do).
     */
    async end(req: Request, res: Response): Promise<URL | undefined> {
      const id = readCookie(req, SESSION_COOKIE);
      if (id) {
        lastSeen.delete(id);
        await storage.deleteSession(id);
      }
      res.clearCookie(SESSION_COOKIE, cookieOptions);
      const idToken = readCookie(req, OIDC_LOGOUT_COOKIE);
      if (idToken === undefined) return undefined;
      res.clearCookie(OIDC_LOGOUT_COOKIE, { ...cookieOptions, path: '/api/session' });
      return oidcClient?.logoutUrl(idToken || undefined);
    },
    /** Puts the logged-in user on `res.locals.user`, or answers 401. */
    requireUser: (async (req, res, next) => {
      const id = readCookie(req, SESSION_COOKIE);
      const session = id ? await storage.getSession(id) : undefined;
      const now = options.now().getTime();
      const seen = id ? (lastSeen.get(id) ?? now) : now;
      if (!id || !session || now - seen > IDLE_TIMEOUT_MS) {
        if (id && session) await storage.deleteSession(id);
        throw problems.unauthorized();
      }
      const user = await storage.getUser(session.userId);
      if (!user) throw problems.unauthorized();
      lastSeen.set(id, now);
      res.locals.user = toPublicUser(user);
      next();
    }) as RequestHandler,
  };
}

export type Sessions = ReturnType<typeof createSessions>;

/** Reads one cookie without a parser dependency. */
export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

export function getUser(res: Response): PublicUser {
  const user = res.locals.user as PublicUser | undefined;
  if (!user) throw problems.unauthorized();
  return user;
}
