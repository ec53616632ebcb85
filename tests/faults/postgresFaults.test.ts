import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createClient } from '../api/startTestServer';
import { DATABASE_URL } from '../contract/storageAdapters';
import { spawnServer } from './spawnServer';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const newFamily = (n: number) => ({
  members: [
    { role: 'pregnant', name: `Mor ${n}` },
    { role: 'child', name: 'Barn', dueDate: '2027-06-01' },
  ],
});

/**
 * What a restart looks like from the server: every connection dropped by the database, again and again for
 * a while. Only this server's connections are cut (by application name), so other tests on the same
 * database are not disturbed.
 */
async function cutConnections(admin: pg.Client, schema: string, forMs: number): Promise<number> {
  let cut = 0;
  const until = Date.now() + forMs;
  while (Date.now() < until) {
    const result = await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
      [`forloeb:${schema}`],
    );
    cut += result.rowCount ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return cut;
}

describe('the PostgreSQL store when the database drops its connections', () => {
  const schema = `faults_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  let dataDir = '';
  afterAll(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
    await admin.end().catch(() => undefined);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('answers 503 (never 500 or a dropped request) while it is gone, resumes by itself, and loses nothing acknowledged', async () => {
    await admin.connect();
    dataDir = await mkdtemp(join(tmpdir(), 'forloeb-pgfault-'));
    const env = { DATA_DIR: dataDir, DATABASE_URL, DATABASE_SCHEMA: schema };
    let server = await spawnServer(env);
    const client = createClient(server.url);
    await client.login();
    const acknowledged: string[] = [];
    const statuses: number[] = [];
    let stop = false;
    const writer = (async () => {
      for (let n = 0; !stop; n++) {
        const reply = await client.post('/api/families', newFamily(n));
        statuses.push(reply.status);
        if (reply.status === 201) acknowledged.push((reply.body as { id: string }).id);
        if (reply.status === 503) expect(reply.headers.get('retry-after')).toBeTruthy();
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const cut = await cutConnections(admin, schema, 2000);
    stop = true;
    await writer;
    expect(cut).toBeGreaterThan(0);
    expect(statuses.filter((s) => s !== 201 && s !== 503)).toEqual([]);
    expect(statuses).toContain(503);

    // Resumes by itself: ready again and taking writes, without a restart.
    let ready = false;
    for (let attempt = 0; attempt < 50 && !ready; attempt++) {
      ready = (await fetch(`${server.url}/readyz`)).status === 200;
      if (!ready) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(ready).toBe(true);
    const after = await client.post('/api/families', newFamily(999));
    expect(after.status).toBe(201);
    acknowledged.push((after.body as { id: string }).id);

    await server.stop();
    server = await spawnServer(env);
    const reader = createClient(server.url);
    await reader.login();
    const stored = new Set(((await reader.get('/api/families')).body as { id: string }[]).map((f) => f.id));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    await server.stop();
  });
});
