import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toOidcSettings } from '../../server/auth/OidcSettings';
import { startOidcProvider, type OidcBroker } from './startOidcProvider';
import { createClient, startTestServer, type TestServer } from './startTestServer';

/**
 * OpenID Connect login against a real provider (`oidc-provider`, in-process on 127.0.0.1), driven through
 * the real redirect chain with manual redirects: Forløb → the broker's login and consent pages → back to
 * Forløb's callback → the app, logged in.
 */

let broker: OidcBroker;
let server: TestServer;
let issuer: string;
let appUrl: string;

beforeAll(async () => {
  broker = await startOidcProvider();
  ({ issuer, appUrl } = broker);
  server = await startTestServer({ port: broker.appPort, schedulerIntervalMs: 0, oidc: broker.settings });
}, 60_000);

afterAll(async () => {
  await server?.dispose();
  await broker?.close();
});

/** A browser in miniature: one cookie jar per host, redirects followed by hand, forms posted by hand. */
function createBrowser() {
  const jars = new Map<string, Map<string, string>>();
  const cookieHeader = (url: URL) =>
    [...(jars.get(url.host) ?? new Map<string, string>()).entries()].map(([k, v]) => `${k}=${v}`).join('; ');
  const remember = (url: URL, response: Response) => {
    const jar = jars.get(url.host) ?? new Map<string, string>();
    jars.set(url.host, jar);
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      if (/expires=Thu, 01 Jan 1970/i.test(line) || /max-age=0/i.test(line)) jar.delete(name!.trim());
      else jar.set(name!.trim(), value.join('='));
    }
  };
  const send = async (url: URL, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: cookieHeader(url) },
    });
    remember(url, response);
    return response;
  };
  return {
    cookies: (host: string) => jars.get(host) ?? new Map<string, string>(),
    send,
    /** Follows redirects from `start`; returns every URL visited and the last response. */
    async follow(start: URL, init: RequestInit = {}, holdCallback = false) {
      const visited: URL[] = [start];
      let response = await send(start, init);
      while (response.status >= 300 && response.status < 400) {
        const next = new URL(response.headers.get('location')!, visited.at(-1));
        visited.push(next);
        // An attacker's browser stops before Forløb's callback, to hand the code to someone else.
        if (holdCallback && next.pathname === '/api/oidc/callback') break;
        response = await send(next);
      }
      return { visited, response };
    },
  };
}

type Browser = ReturnType<typeof createBrowser>;

/** Posts the broker's form on the page (login, then consent) and follows where it leads. */
async function submitForm(
  browser: Browser,
  page: { url: URL; html: string },
  fields: Record<string, string>,
  holdCallback = false,
) {
  const action = /<form[^>]*action="([^"]+)"/.exec(page.html)?.[1];
  if (!action) throw new Error(`no form on ${page.url.href}: ${page.html.slice(0, 200)}`);
  const url = new URL(action.replaceAll('&amp;', '&'), page.url);
  return browser.follow(
    url,
    {
      method: 'POST',
      body: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    },
    holdCallback,
  );
}

/** The whole login: start at Forløb, sign in at the broker as `account`, consent, land back in the app. */
async function logInThroughBroker(account: string, holdCallback = false) {
  const browser = createBrowser();
  const start = await browser.follow(new URL('/api/oidc/login', appUrl));
  const loginPage = { url: start.visited.at(-1)!, html: await start.response.text() };
  const afterLogin = await submitForm(
    browser,
    loginPage,
    { prompt: 'login', login: account, password: 'x' },
    holdCallback,
  );
  let last = afterLogin;
  if (last.visited.at(-1)!.host !== new URL(appUrl).host) {
    const consentPage = { url: last.visited.at(-1)!, html: await last.response.text() };
    last = await submitForm(browser, consentPage, { prompt: 'consent' }, holdCallback);
  }
  return { browser, visited: [...start.visited, ...afterLogin.visited, ...last.visited] };
}

describe('login through the identity broker (OpenID Connect)', () => {
  it('offers the broker on the login page', async () => {
    const reply = await createClient(server.url).get('/api/session/options');
    expect(reply.body).toEqual({ oidc: { name: 'Ishøj Kommune', loginUrl: '/api/oidc/login' } });
  });

  it('sends the browser to the broker with PKCE (S256), state and nonce', async () => {
    const response = await fetch(`${appUrl}/api/oidc/login`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!);
    expect(location.origin).toBe(issuer);
    expect(location.searchParams.get('response_type')).toBe('code');
    expect(location.searchParams.get('client_id')).toBe('forloeb');
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    expect(location.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(location.searchParams.get('state')).toBeTruthy();
    expect(location.searchParams.get('nonce')).toBeTruthy();
    const flowCookie = response.headers.getSetCookie().find((c) => c.startsWith('forloeb_oidc='))!;
    expect(flowCookie).toMatch(/HttpOnly/i);
    expect(flowCookie).toMatch(/SameSite=Lax/i);
  });

  it('logs a health visitor in: session cookie, roles, team and municipality from the claims', async () => {
    const { browser, visited } = await logInThroughBroker('hanne');
    const callback = visited.find((u) => u.pathname === '/api/oidc/callback')!;
    expect(callback.searchParams.get('code')).toBeTruthy();
    expect(visited.at(-1)!.href).toBe(`${appUrl}/`);
    expect(browser.cookies(new URL(appUrl).host).has('forloeb_session')).toBe(true);

    const session = await browser.send(new URL('/api/session', appUrl));
    expect(session.status).toBe(200);
    const { user } = (await session.json()) as { user: Record<string, unknown> };
    expect(user).toMatchObject({
      username: 'hanne',
      name: 'Hanne Broker',
      roles: ['sundhedsplejerske'],
      team: 'team-a',
      municipality: 'ishoej',
    });
    // The session works like a password session: she may read families.
    expect((await browser.send(new URL('/api/families', appUrl))).status).toBe(200);
  });

  it("maps the broker's role names to Forløb roles and finds the same user next time", async () => {
    const first = await logInThroughBroker('lene');
    const firstUser = (await (await first.browser.send(new URL('/api/session', appUrl))).json()) as {
      user: { id: string; roles: string[] };
    };
    expect(firstUser.user.roles).toEqual(['ledende_sundhedsplejerske']);
    const second = await logInThroughBroker('lene');
    const secondUser = (await (await second.browser.send(new URL('/api/session', appUrl))).json()) as {
      user: { id: string };
    };
    expect(secondUser.user.id).toBe(firstUser.user.id);
    expect((await server.storage.listUsers()).filter((u) => u.username === 'lene')).toHaveLength(1);
  });

  it('never logs a broker user into a local account with the same username', async () => {
    const { browser } = await logInThroughBroker('redaktoer');
    const { user } = (await (await browser.send(new URL('/api/session', appUrl))).json()) as {
      user: { username: string; name: string };
    };
    expect(user.username).toBe(`redaktoer@${new URL(issuer).host}`);
    expect(user.name).toBe('Broker Redaktør');
    const local = (await server.storage.listUsers()).find((u) => u.username === 'redaktoer')!;
    expect(local.oidcSubject).toBeUndefined();
  });

  it("ends the broker's session too on logout: end_session_endpoint, id_token_hint, post_logout_redirect_uri", async () => {
    const app = new URL(appUrl).host;
    const { browser } = await logInThroughBroker('hanne');
    // While the broker's session lives, a new login goes straight through (single sign-on) …
    const silent = await browser.follow(new URL('/api/oidc/login', appUrl));
    expect(silent.visited.at(-1)!.href).toBe(`${appUrl}/`);

    const out = await browser.send(new URL('/api/session', appUrl), { method: 'DELETE' });
    expect(out.status).toBe(200);
    const logoutUrl = new URL(((await out.json()) as { logoutUrl: string }).logoutUrl);
    const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as {
      end_session_endpoint: string;
    };
    expect(`${logoutUrl.origin}${logoutUrl.pathname}`).toBe(discovery.end_session_endpoint);
    expect(logoutUrl.searchParams.get('id_token_hint')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(logoutUrl.searchParams.get('post_logout_redirect_uri')).toBe(`${appUrl}/`);
    expect(browser.cookies(app).has('forloeb_session')).toBe(false);
    expect(browser.cookies(app).has('forloeb_oidc_logout')).toBe(false);
    expect((await browser.send(new URL('/api/session', appUrl))).status).toBe(401);

    // At the broker: confirm the sign-out; it sends the browser back to the app.
    const confirm = await browser.follow(logoutUrl);
    const html = await confirm.response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const hidden = Object.fromEntries(
      [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]),
    );
    const done = await browser.follow(new URL(action!, confirm.visited.at(-1)), {
      method: 'POST',
      body: new URLSearchParams({ ...hidden, logout: 'yes' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(done.visited.at(-1)!.href).toBe(`${appUrl}/`);
    // … and after the logout the broker asks who she is again.
    const again = await browser.follow(new URL('/api/oidc/login', appUrl));
    expect(again.visited.at(-1)!.host).toBe(new URL(issuer).host);
    expect(await again.response.text()).toMatch(/name="login"/);
  });

  it('logs a password session out here only (no broker address)', async () => {
    const local = createClient(server.url);
    await local.login('redaktoer');
    const out = await local.request('DELETE', '/api/session');
    expect(out.status).toBe(204);
    expect((await local.get('/api/session')).status).toBe(401);
  });

  it('refuses a user whose claims name no Forløb role, and creates no user', async () => {
    const { browser, visited } = await logInThroughBroker('gaest');
    expect(visited.at(-1)!.href).toBe(`${appUrl}/?login=oidc-failed`);
    expect(browser.cookies(new URL(appUrl).host).has('forloeb_session')).toBe(false);
    expect((await server.storage.listUsers()).some((u) => u.username === 'gaest')).toBe(false);
  });

  it("refuses another person's valid code and state (login CSRF on the callback)", async () => {
    // The attacker logs in at the broker as herself and keeps the callback URL instead of following it.
    const attacker = await logInThroughBroker('hanne', true);
    const stolen = attacker.visited.at(-1)!;
    expect(stolen.pathname).toBe('/api/oidc/callback');
    expect(stolen.searchParams.get('code')).toBeTruthy();
    // The victim has a login of her own in progress (her flow cookie) and is lured to the attacker's URL.
    const victim = createBrowser();
    await victim.send(new URL('/api/oidc/login', appUrl));
    const { visited } = await victim.follow(stolen);
    expect(visited.at(-1)!.href).toBe(`${appUrl}/?login=oidc-failed`);
    expect(victim.cookies(new URL(appUrl).host).has('forloeb_session')).toBe(false);
  });

  it('refuses a callback without a login in progress', async () => {
    const response = await fetch(`${appUrl}/api/oidc/callback?code=x&state=y`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/?login=oidc-failed');
    expect(response.headers.getSetCookie().some((c) => c.startsWith('forloeb_session='))).toBe(false);
  });
});

describe('OpenID Connect configuration from the environment', () => {
  const base = {
    OIDC_ISSUER: 'https://broker.kommune.example',
    OIDC_CLIENT_ID: 'forloeb',
    OIDC_REDIRECT_URI: 'https://forloeb.kommune.example/api/oidc/callback',
  };

  it('is off without OIDC_ISSUER, and reads the defaults otherwise', () => {
    expect(toOidcSettings({})).toBeUndefined();
    expect(toOidcSettings(base)).toMatchObject({
      roleClaim: 'roles',
      teamClaim: 'team',
      scope: 'openid profile',
    });
  });

  it('names what is missing, and refuses a role map to an unknown role', () => {
    expect(() => toOidcSettings({ OIDC_ISSUER: base.OIDC_ISSUER })).toThrow(
      /OIDC_CLIENT_ID and OIDC_REDIRECT_URI must be set/,
    );
    expect(() => toOidcSettings({ ...base, OIDC_ROLE_MAP: '{"SP":"superbruger"}' })).toThrow(
      /maps 'SP' to unknown role 'superbruger'/,
    );
  });
});
