import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, startTestServer, type Client, type TestServer } from './startTestServer';

const family = { members: [{ role: 'pregnant', name: 'Sara Jensen' }] };

describe('cross-site request forgery', () => {
  let server: TestServer;
  let client: Client;
  const count = async () => ((await client.get('/api/families')).body as unknown[]).length;

  beforeAll(async () => {
    server = await startTestServer({ schedulerIntervalMs: 0 });
    client = createClient(server.url);
    await client.login();
  }, 60_000);
  afterAll(() => server.dispose());

  it('refuses a write whose Origin is another site, and changes nothing', async () => {
    const before = await count();
    const reply = await client.post('/api/families', family, { origin: 'https://evil.example' });
    expect(reply.status).toBe(403);
    expect(reply.headers.get('content-type')).toContain('application/problem+json');
    expect(await count()).toBe(before);
  });

  it('refuses a write a browser marks as cross-site or same-site (another subdomain)', async () => {
    for (const site of ['cross-site', 'same-site'])
      expect((await client.post('/api/families', family, { 'sec-fetch-site': site })).status).toBe(403);
  });

  it('refuses an opaque origin (a sandboxed frame or a data: page)', async () => {
    expect((await client.post('/api/families', family, { origin: 'null' })).status).toBe(403);
  });

  it("accepts a write from the app's own origin, as the browser marks it", async () => {
    const reply = await client.post('/api/families', family, {
      origin: server.url,
      'sec-fetch-site': 'same-origin',
    });
    expect(reply.status).toBe(201);
  });

  it('behind a reverse proxy on this machine, compares the Origin with the forwarded host', async () => {
    const proxied = {
      origin: 'https://forloeb.kommune.example',
      'x-forwarded-host': 'forloeb.kommune.example',
    };
    expect((await client.post('/api/families', family, proxied)).status).toBe(201);
    const forged = { origin: 'https://evil.example', 'x-forwarded-host': 'forloeb.kommune.example' };
    expect((await client.post('/api/families', family, forged)).status).toBe(403);
  });

  it('refuses a cross-site login (login CSRF) and a cross-site logout', async () => {
    const anonymous = createClient(server.url);
    const login = await anonymous.request(
      'POST',
      '/api/session',
      { username: 'sundhedsplejerske', password: 'demo-sundhedsplejerske' },
      { origin: 'https://evil.example' },
    );
    expect(login.status).toBe(403);
    expect(login.headers.get('set-cookie')).toBeNull();
    const logout = await client.request('DELETE', '/api/session', undefined, {
      origin: 'https://evil.example',
    });
    expect(logout.status).toBe(403);
    expect((await client.get('/api/session')).status).toBe(200);
  });

  it('refuses a form post (the classic CSRF) because writes must be JSON', async () => {
    const reply = await client.post('/api/families', 'members=x', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(reply.status).toBe(415);
  });

  it('reads are not affected (a link from another site still opens the app)', async () => {
    expect(
      (await client.request('GET', '/api/session', undefined, { 'sec-fetch-site': 'cross-site' })).status,
    ).toBe(200);
  });
});

describe('security headers', () => {
  let plain: TestServer;
  let secure: TestServer;
  beforeAll(async () => {
    plain = await startTestServer({ schedulerIntervalMs: 0 });
    secure = await startTestServer({ schedulerIntervalMs: 0, secureCookies: true });
  }, 60_000);
  afterAll(async () => {
    await plain.dispose();
    await secure.dispose();
  });

  it('sends a strict CSP, nosniff, no referrer, no framing and a narrow permissions policy on every response', async () => {
    for (const path of ['/', '/api/session', '/api/openapi.json', '/healthz', '/api/no-such-route']) {
      const { headers } = await fetch(`${plain.url}${path}`);
      const csp = headers.get('content-security-policy') ?? '';
      const directives = new Map(
        csp.split(';').map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name!, values.join(' ')] as const;
        }),
      );
      expect(directives.get('default-src')).toBe("'self'");
      expect(directives.get('frame-ancestors')).toBe("'none'");
      expect(directives.get('object-src')).toBe("'none'");
      expect(directives.get('base-uri')).toBe("'self'");
      expect(directives.get('form-action')).toBe("'self'");
      // Form validators are generated on the server and imported from 'self' (server/validators): no eval.
      expect(directives.get('script-src')).toBe("'self'");
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('permissions-policy')).toContain('camera=()');
      expect(headers.get('permissions-policy')).toContain('geolocation=()');
      expect(headers.get('x-powered-by')).toBeNull();
      expect(headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('sends HSTS when the server runs behind TLS (secure cookies)', async () => {
    const { headers } = await fetch(`${secure.url}/api/session`);
    expect(headers.get('strict-transport-security')).toMatch(/max-age=\d{8,}/);
  });

  it('never lets an API answer be cached', async () => {
    const { headers } = await fetch(`${plain.url}/api/session/options`);
    expect(headers.get('cache-control')).toBe('no-store');
  });
});
