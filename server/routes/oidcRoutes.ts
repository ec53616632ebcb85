import type { Request, Response } from 'express';
import type { OidcFlow } from '../auth/createOidcClient';
import { readCookie } from '../auth/sessions';
import { toOidcUser } from '../auth/toOidcUser';
import { problems } from '../http/ProblemError';
import type { RouteSpec } from '../http/RouteSpec';
import type { Services } from './Services';

const FLOW_COOKIE = 'forloeb_oidc';
const FLOW_MAX_AGE_MS = 10 * 60 * 1000;
/** Where the app opens after a refused or failed broker login; the login page explains it. */
export const OIDC_FAILED_PATH = '/?login=oidc-failed';

/** Login through the municipality's identity broker (OpenID Connect); both routes 404 when it is not configured. */
export function oidcRoutes({ storage, sessions, accessLog, now }: Services): RouteSpec[] {
  const settings = sessions.oidc;
  const oidc = sessions.oidcClient;
  // SameSite=Lax: the broker sends the browser back with a cross-site top-level GET, which Strict would strip.
  const flowCookie = {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: sessions.secureCookies,
    path: '/api/oidc',
  };
  const readFlow = (req: Request): OidcFlow | undefined => {
    const raw = readCookie(req, FLOW_COOKIE);
    if (!raw) return undefined;
    try {
      const flow = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<OidcFlow>;
      return typeof flow.state === 'string' &&
        typeof flow.nonce === 'string' &&
        typeof flow.codeVerifier === 'string'
        ? (flow as OidcFlow)
        : undefined;
    } catch {
      return undefined;
    }
  };
  const fail = async (res: Response, reason: string) => {
    console.warn(`OpenID Connect login refused: ${reason}`);
    await accessLog.record({
      at: now().toISOString(),
      userId: 'unknown',
      action: 'login-failed',
      resource: 'session',
    });
    res.redirect(303, OIDC_FAILED_PATH);
  };

  return [
    {
      method: 'get',
      path: '/api/oidc/login',
      tag: 'session',
      summary: "Log in through the municipality's identity broker: redirects there",
      public: true,
      responses: { 303: { description: 'To the broker' }, 404: { description: 'No broker configured' } },
      async handle(_req, res) {
        if (!oidc) throw problems.notFound('Login gennem kommunens identitetsbroker');
        const { url, flow } = await oidc.start();
        res.cookie(FLOW_COOKIE, Buffer.from(JSON.stringify(flow)).toString('base64url'), {
          ...flowCookie,
          maxAge: FLOW_MAX_AGE_MS,
        });
        res.redirect(303, url.href);
      },
    },
    {
      method: 'get',
      path: '/api/oidc/callback',
      tag: 'session',
      summary: 'The broker sends the browser back here; starts the session and opens the app',
      public: true,
      responses: {
        303: { description: 'To the app (logged in), or to the login page with `login=oidc-failed`' },
        404: { description: 'No broker configured' },
      },
      async handle(req, res) {
        if (!oidc || !settings) throw problems.notFound('Login gennem kommunens identitetsbroker');
        const flow = readFlow(req);
        res.clearCookie(FLOW_COOKIE, flowCookie);
        if (!flow) return fail(res, 'no login in progress (cookie missing or expired)');
        const callbackUrl = new URL(settings.redirectUri);
        callbackUrl.search = new URL(req.originalUrl, 'http://callback').search;
        let claims: Record<string, unknown>;
        let idToken: string | undefined;
        try {
          ({ claims, idToken } = await oidc.finish(callbackUrl, flow));
        } catch (error) {
          return fail(res, (error as Error).message);
        }
        const user = toOidcUser(claims, settings, await storage.listUsers());
        if (!user) return fail(res, `the '${settings.roleClaim}' claim names no Forløb role`);
        await storage.putUser(user);
        await sessions.start(res, user, idToken ?? '');
        await accessLog.record({
          at: now().toISOString(),
          userId: user.id,
          action: 'login',
          resource: 'session',
        });
        res.redirect(303, '/');
      },
    },
  ];
}
