import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_MS, MAX_FAILED_LOGINS, toLoginFailureKey } from '../../server/auth/createLoginGuard';
import { IDLE_TIMEOUT_MS } from '../../server/auth/sessions';
import { startServer } from '../../server/startServer';
import { DATABASE_URL } from '../contract/storageAdapters';
import { createClient, startTestServer, type TestServer } from './startTestServer';

/** A clock the test moves by hand. */
function createClock(start = '2026-11-23T08:00:00Z') {
  let at = Date.parse(start);
  return { now: () => new Date(at), advance: (ms: number) => (at += ms) };
}

const servers: { dispose(): Promise<void> }[] = [];
afterEach(async () => {
  while (servers.length > 0) await servers.pop()!.dispose();
});

async function start(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const server = await startTestServer({ schedulerIntervalMs: 0, ...options });
  servers.push(server);
  return server;
}

const attempt = (url: string, username: string, password: string) =>
  createClient(url).request('POST', '/api/session', { username, password });

describe('logging in with a password', { timeout: 60_000 }, () => {
  it('locks an account for 15 minutes after 5 failures in a row, even for the right password', async () => {
    const clock = createClock();
    const server = await start({ now: clock.now });
    for (let i = 0; i < MAX_FAILED_LOGINS; i++)
      expect((await attempt(server.url, 'sundhedsplejerske', 'forkert')).status).toBe(401);

    const locked = await attempt(server.url, 'sundhedsplejerske', 'demo-sundhedsplejerske');
    expect(locked.status).toBe(429);
    expect(locked.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(locked.headers.get('retry-after'))).toBe(LOCK_MS / 1000);
    expect((locked.body as { detail: string }).detail).toMatch(/Vent 15 minutter.*Wait 15 minutes/);

    clock.advance(LOCK_MS + 1000);
    expect((await attempt(server.url, 'sundhedsplejerske', 'demo-sundhedsplejerske')).status).toBe(200);
    const user = (await server.storage.listUsers()).find((u) => u.username === 'sundhedsplejerske')!;
    expect(user.failedLogins).toBeUndefined();
    expect(user.lockedUntil).toBeUndefined();
  });

  it('answers an unknown username exactly like a known one, lock included', async () => {
    const server = await start();
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i <= MAX_FAILED_LOGINS; i++) {
      known.push((await attempt(server.url, 'redaktoer', 'forkert')).status);
      unknown.push((await attempt(server.url, 'findes-ikke', 'forkert')).status);
    }
    expect(known).toEqual([401, 401, 401, 401, 401, 429]);
    expect(unknown).toEqual(known);
    const a = await attempt(server.url, 'redaktoer', 'forkert');
    const b = await attempt(server.url, 'findes-ikke', 'forkert');
    expect(a.body).toEqual(b.body);
    for (const reply of [a, b])
      expect(Number(reply.headers.get('retry-after'))).toBeGreaterThan(LOCK_MS / 1000 - 60);
  });

  it('does the same work for a known and an unknown username: the same storage calls, the counter written', async () => {
    const server = await start();
    // Record every call the running server makes on its real store, in order (the calls go through).
    const calls: string[] = [];
    const storage = server.storage as unknown as Record<string, unknown>;
    for (const [name, method] of Object.entries(storage))
      if (typeof method === 'function')
        storage[name] = (...args: unknown[]) => {
          calls.push(name);
          return (method as (...a: unknown[]) => unknown).apply(server.storage, args);
        };
    const workOf = async (username: string) => {
      calls.length = 0;
      expect((await attempt(server.url, username, 'forkert')).status).toBe(401);
      return [...calls];
    };
    const known = await workOf('ledende');
    const unknown = await workOf('ledende2');
    expect(known).toEqual(unknown);
    expect(known.filter((c) => c === 'putLoginFailures')).toHaveLength(1);
    expect(known).not.toContain('putUser');
    // Both counters are stored, under a hash of the name (an unknown name is not kept in clear).
    for (const name of ['ledende', 'ledende2'])
      expect(await server.storage.getLoginFailures(toLoginFailureKey(name))).toMatchObject({
        failedLogins: 1,
      });
    expect(await readFile(join(server.dataDir, 'system.json'), 'utf8')).not.toContain('ledende2');
  });

  it('starts the count again after a successful login', async () => {
    const server = await start();
    const fail = () => attempt(server.url, 'administrator', 'forkert');
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) expect((await fail()).status).toBe(401);
    expect((await attempt(server.url, 'administrator', 'demo-administrator')).status).toBe(200);
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) expect((await fail()).status).toBe(401);
    expect((await attempt(server.url, 'administrator', 'demo-administrator')).status).toBe(200);
  });

  it('keeps the lock in the store, so a restarted server still refuses', async () => {
    const first = await startTestServer({ schedulerIntervalMs: 0 });
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await attempt(first.url, 'sundhedsplejerske', 'forkert');
    await first.close();
    const second = await startServer({ port: 0, dataDir: first.dataDir, schedulerIntervalMs: 0 });
    servers.push({ dispose: () => first.dispose().catch(() => second.close()) });
    try {
      expect((await attempt(second.url, 'sundhedsplejerske', 'demo-sundhedsplejerske')).status).toBe(429);
    } finally {
      await second.close();
    }
  });

  it('holds the lock across two server processes on one PostgreSQL database', async () => {
    const schema = `lockout_${Math.random().toString(36).slice(2, 10)}`;
    const tmp = await mkdtemp(join(tmpdir(), 'forloeb-lockout-'));
    const options = { port: 0, databaseUrl: DATABASE_URL, databaseSchema: schema, schedulerIntervalMs: 0 };
    const a = await startServer({ ...options, dataDir: join(tmp, 'a') });
    const b = await startServer({ ...options, dataDir: join(tmp, 'b') });
    servers.push({
      async dispose() {
        await a.close();
        await b.close();
        const client = new pg.Client({ connectionString: DATABASE_URL });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
        await rm(tmp, { recursive: true, force: true });
      },
    });
    // Failures alternate between the two servers: the count is one count.
    for (let i = 0; i < MAX_FAILED_LOGINS; i++)
      expect((await attempt(i % 2 === 0 ? a.url : b.url, 'redaktoer', 'forkert')).status).toBe(401);
    expect((await attempt(a.url, 'redaktoer', 'demo-redaktoer')).status).toBe(429);
    expect((await attempt(b.url, 'redaktoer', 'demo-redaktoer')).status).toBe(429);
  });

  it('throttles failures from one address across usernames', async () => {
    const server = await start({ limits: { failedLoginsPerIp: 3 } });
    for (const name of ['a', 'b', 'c']) expect((await attempt(server.url, name, 'forkert')).status).toBe(401);
    const throttled = await attempt(server.url, 'administrator', 'demo-administrator');
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie, Secure only behind TLS', async () => {
    const plain = await start();
    const plainCookie = (await attempt(plain.url, 'redaktoer', 'demo-redaktoer')).headers.get('set-cookie')!;
    expect(plainCookie).toMatch(/HttpOnly/i);
    expect(plainCookie).toMatch(/SameSite=Strict/i);
    expect(plainCookie).not.toMatch(/Secure/i);
    const secure = await start({ secureCookies: true });
    const secureCookie = (await attempt(secure.url, 'redaktoer', 'demo-redaktoer')).headers.get(
      'set-cookie',
    )!;
    expect(secureCookie).toMatch(/; Secure/i);
    expect(secureCookie).toMatch(/HttpOnly/i);
  });

  it('ends a session after 30 minutes without use', async () => {
    const clock = createClock();
    const server = await start({ now: clock.now });
    const client = createClient(server.url);
    await client.login('redaktoer');
    clock.advance(IDLE_TIMEOUT_MS - 1000);
    expect((await client.get('/api/session')).status).toBe(200);
    clock.advance(IDLE_TIMEOUT_MS + 1000);
    expect((await client.get('/api/session')).status).toBe(401);
  });

  it('never shows the password hash or the lock-out counters', async () => {
    const server = await start();
    await attempt(server.url, 'redaktoer', 'forkert');
    const client = createClient(server.url);
    const login = await client.login('redaktoer');
    const session = await client.get('/api/session');
    for (const body of [login.body, session.body])
      expect(JSON.stringify(body)).not.toMatch(/passwordHash|failedLogins|lockedUntil|scrypt/);
  });
});
