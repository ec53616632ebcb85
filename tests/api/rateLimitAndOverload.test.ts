import { afterEach, describe, expect, it } from 'vitest';
import { toLimits } from '../../server/http/Limits';
import { createClient, startD1InCourse, startTestServer, type TestServer } from './startTestServer';

const servers: TestServer[] = [];
afterEach(async () => {
  while (servers.length > 0) await servers.pop()!.dispose();
});

function createClock(start = '2026-11-23T08:00:00Z') {
  let at = Date.parse(start);
  return { now: () => new Date(at), advance: (ms: number) => (at += ms) };
}

async function start(options: Parameters<typeof startTestServer>[0]): Promise<TestServer> {
  const server = await startTestServer({ schedulerIntervalMs: 0, ...options });
  servers.push(server);
  return server;
}

const family = { members: [{ role: 'pregnant', name: 'Sara Jensen' }] };

describe('rate limits', { timeout: 60_000 }, () => {
  it('answers 429 with Retry-After once a user has written too much, and only to that user', async () => {
    const clock = createClock();
    const server = await start({ now: clock.now, limits: { writesPerUserPerMinute: 3 } });
    const hanne = createClient(server.url);
    await hanne.login();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await hanne.post('/api/families', family)).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    const refused = await hanne.post('/api/families', family);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    // Reads go on, the refused writes changed nothing, and a colleague is not affected.
    expect(((await hanne.get('/api/families')).body as unknown[]).length).toBe(3);
    const other = createClient(server.url);
    await other.login('ledende');
    expect((await other.post('/api/families', family)).status).toBe(201);
    // The window passes: the user may write again.
    clock.advance(61_000);
    expect((await hanne.post('/api/families', family)).status).toBe(201);
  });

  it('limits writes per address across users', async () => {
    const server = await start({ limits: { writesPerIpPerMinute: 4 } });
    const a = createClient(server.url);
    const b = createClient(server.url);
    await a.login(); // the login is a write too: 1
    await b.login('ledende'); // 2
    expect((await a.post('/api/families', family)).status).toBe(201); // 3
    expect((await b.post('/api/families', family)).status).toBe(201); // 4
    expect((await a.post('/api/families', family)).status).toBe(429);
    expect((await b.post('/api/families', family)).status).toBe(429);
  });

  it('limits login attempts per address', async () => {
    const server = await start({ limits: { loginsPerIpPerMinute: 2 } });
    const login = () =>
      createClient(server.url).request('POST', '/api/session', {
        username: 'redaktoer',
        password: 'demo-redaktoer',
      });
    expect((await login()).status).toBe(200);
    expect((await login()).status).toBe(200);
    const third = await login();
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).not.toBeNull();
  });
});

describe('overload', { timeout: 60_000 }, () => {
  it('answers a burst of 300 clients only with successes, 429 or 503 (Retry-After), and recovers', async () => {
    const clock = createClock();
    const server = await start({
      now: clock.now,
      limits: { maxConcurrentRequests: 8, writesPerUserPerMinute: 150 },
    });
    const hanne = createClient(server.url);
    await hanne.login();
    const { pathway } = await startD1InCourse(hanne);
    const draft = `/api/pathways/${pathway.id}/drafts/F05-visit`;
    const replies = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        i % 2 === 0
          ? hanne.request('PUT', draft, { data: { note: `udkast ${i}` }, version: 0 })
          : hanne.get('/api/families'),
      ),
    );
    const statuses = new Map<number, number>();
    for (const reply of replies) statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
    const unexpected = [...statuses.keys()].filter((s) => ![200, 412, 429, 503].includes(s));
    expect(unexpected, JSON.stringify(Object.fromEntries(statuses))).toEqual([]);
    expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
    for (const reply of replies.filter((r) => r.status === 503 || r.status === 429))
      expect(Number(reply.headers.get('retry-after'))).toBeGreaterThan(0);

    // Once the burst is over the server answers normally again.
    expect((await hanne.get('/api/families')).status).toBe(200);
    clock.advance(61_000);
    const saved = await hanne.get(draft);
    expect(saved.status).toBe(200);
    const next = await hanne.request('PUT', draft, {
      data: { note: 'efter' },
      version: (saved.body as { version: number }).version,
    });
    expect(next.status).toBe(200);
  });
});

describe('limits from the environment', () => {
  it('reads positive integers and refuses anything else by name', () => {
    expect(toLimits({ RATE_LIMIT_WRITES_PER_USER_PER_MINUTE: '10', MAX_CONCURRENT_REQUESTS: '4' })).toEqual({
      writesPerUserPerMinute: 10,
      maxConcurrentRequests: 4,
    });
    expect(() => toLimits({ MAX_CONCURRENT_REQUESTS: '0' })).toThrow(
      /MAX_CONCURRENT_REQUESTS must be a positive integer/,
    );
  });
});
