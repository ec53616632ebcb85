import { ANY_ROLE } from '../auth/roleGroups';
import { getUser, toPublicUser } from '../auth/sessions';
import { verifyPassword } from '../auth/passwords';
import { problems } from '../http/ProblemError';
import type { RouteSpec } from '../http/RouteSpec';
import { loginInput, user } from '../http/schemas';
import { validateBody } from '../http/validateBody';
import type { Services } from './Services';

const userBody = { type: 'object', required: ['user'], properties: { user } };
const optionsBody = {
  type: 'object',
  required: ['oidc'],
  properties: {
    oidc: {
      description: "The identity broker's login, or null when only local accounts exist",
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['name', 'loginUrl'],
          properties: { name: { type: 'string' }, loginUrl: { type: 'string' } },
        },
      ],
    },
  },
};

export function sessionRoutes({ storage, sessions, accessLog, now }: Services): RouteSpec[] {
  return [
    {
      method: 'post',
      path: '/api/session',
      tag: 'session',
      summary: 'Log in with username and password',
      public: true,
      body: loginInput,
      responses: {
        200: { description: 'Logged in; sets the session cookie', schema: userBody },
        401: { description: 'Wrong username or password' },
        429: {
          description:
            'Too many failed attempts for this username (5 in a row lock it for 15 minutes) or from this address; Retry-After says when to try again',
        },
      },
      async handle(req, res) {
        const input = validateBody<{ username: string; password: string }>(loginInput, req.body);
        const username = input.username.trim().toLowerCase();
        const found = (await storage.listUsers()).find((u) => u.username === username);
        const ip = req.ip ?? 'unknown';
        await sessions.loginGuard.assertMayTry(ip, username);
        // The same work for known and unknown usernames — scrypt against a dummy hash, the counter's read and
        // write (loginGuard) and the log entry — so the timing does not tell which usernames exist.
        const ok = await verifyPassword(input.password, found?.passwordHash || DUMMY_HASH);
        if (!found || !ok) {
          await sessions.loginGuard.failed(ip, username);
          await accessLog.record({
            at: now().toISOString(),
            userId: found?.id ?? 'unknown',
            action: 'login-failed',
            resource: 'session',
          });
          throw problems.unauthorized('Forkert brugernavn eller adgangskode.');
        }
        await sessions.loginGuard.succeeded(username);
        await sessions.start(res, found);
        await accessLog.record({
          at: now().toISOString(),
          userId: found.id,
          action: 'login',
          resource: 'session',
        });
        res.json({ user: toPublicUser(found) });
      },
    },
    {
      method: 'get',
      path: '/api/session',
      tag: 'session',
      summary: 'The logged-in user',
      roles: ANY_ROLE,
      responses: { 200: { description: 'The user', schema: userBody } },
      handle(_req, res) {
        res.json({ user: getUser(res) });
      },
    },
    {
      method: 'delete',
      path: '/api/session',
      tag: 'session',
      summary: 'Log out; a session that came through the identity broker is ended at the broker too',
      public: true,
      responses: {
        200: {
          description:
            "Logged out here; `logoutUrl` is the broker's end-session address (with id_token_hint and post_logout_redirect_uri) to send the browser to",
          schema: {
            type: 'object',
            required: ['logoutUrl'],
            properties: { logoutUrl: { type: 'string', format: 'uri' } },
          },
        },
        204: { description: 'Logged out' },
      },
      async handle(req, res) {
        let logoutUrl: URL | undefined;
        try {
          logoutUrl = await sessions.end(req, res);
        } catch (error) {
          // The session here is over either way; a broker that cannot be reached only costs its logout.
          console.warn(`Broker logout unavailable: ${(error as Error).message}`);
        }
        if (logoutUrl) res.json({ logoutUrl: logoutUrl.href });
        else res.status(204).end();
      },
    },
    {
      method: 'get',
      path: '/api/session/options',
      tag: 'session',
      summary: 'How one can log in here: local accounts, and the identity broker when configured',
      public: true,
      responses: { 200: { description: 'Login options', schema: optionsBody } },
      handle(_req, res) {
        const { oidc } = sessions;
        res.json({ oidc: oidc ? { name: oidc.displayName, loginUrl: '/api/oidc/login' } : null });
      },
    },
  ];
}

const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
