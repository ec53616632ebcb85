import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOffset } from '../../runtime';
import { startServer, type RunningServer } from '../../server/startServer';
import { DATABASE_URL } from '../contract/storageAdapters';
import { createClient, createPregnantFamily, startD1, validExample } from './startTestServer';

const schema = `servers_${Math.random().toString(36).slice(2, 10)}`;
let clock = new Date('2027-01-01T08:00:00Z');
const options = {
  port: 0,
  databaseUrl: DATABASE_URL,
  databaseSchema: schema,
  now: () => clock,
  schedulerIntervalMs: 0,
};
let tmp: string;
let a: RunningServer;
let b: RunningServer;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'forloeb-pg-'));
  a = await startServer({
    ...options,
    dataDir: join(tmp, 'a'),
    definitionsDir: 'tests/fixtures/scheduler',
  });
  b = await startServer({
    ...options,
    dataDir: join(tmp, 'b'),
    definitionsDir: 'tests/fixtures/scheduler',
  });
});
afterAll(async () => {
  await a.close();
  await b.close();
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
  await rm(tmp, { recursive: true, force: true });
});

describe('two server processes on one PostgreSQL database', () => {
  it('see each other’s writes, and their schedulers together send each due event exactly once', async () => {
    const client = createClient(a.url);
    await client.login();
    for (let i = 0; i < 40; i++) {
      const family = (
        await client.post('/api/families', {
          members: [{ role: 'child', name: `Barn ${i}`, birthDate: addOffset('2026-11-01', { days: i }) }],
        })
      ).body;
      expect(
        (
          await client.post(`/api/families/${family.id}/pathways`, {
            workflowId: 'test.monthly',
            childId: family.members[0].id,
          })
        ).status,
      ).toBe(201);
    }
    const other = createClient(b.url);
    await other.login();
    expect(((await other.get('/api/families')).body as unknown[]).length).toBe(40);

    let fired = 0;
    for (let day = 0; day <= 240; day += 7) {
      clock = new Date(Date.parse('2027-01-01T08:00:00Z') + day * 86_400_000);
      const counts = await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
      fired += counts[0] + counts[1];
    }
    expect(fired).toBe(40 * 6);
    for (const { id } of await b.storage.listFamilies()) {
      const [instance] = Object.values((await b.storage.getFamily(id))!.pathways);
      expect(instance!.history.filter((h) => h.event.type === 'MONTH_REACHED')).toHaveLength(6);
    }
  }, 120_000);
});

describe('the D1 pathway on PostgreSQL', () => {
  let c: RunningServer;
  const d1Schema = `${schema}_d1`;
  beforeAll(async () => {
    c = await startServer({ ...options, databaseSchema: d1Schema, dataDir: join(tmp, 'd1') });
  });
  afterAll(async () => {
    await c.close();
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${d1Schema} CASCADE`);
    await client.end();
  });

  it('walks the first steps and refuses a stale If-Match from a second session', async () => {
    const hanne = createClient(c.url);
    await hanne.login();
    const { family, child } = await createPregnantFamily(hanne);
    const pathway = await startD1(hanne, family.id, child.id);
    const body = { formId: 'F01-family-registration', data: await validExample('F01-family-registration') };
    const colleague = createClient(c.url);
    await colleague.login();
    const replies = await Promise.all([
      hanne.post(`/api/pathways/${pathway.id}/submissions`, body, { 'if-match': '"1"' }),
      colleague.post(`/api/pathways/${pathway.id}/submissions`, body, { 'if-match': '"1"' }),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([201, 412]);
    const view = (await hanne.get(`/api/pathways/${pathway.id}`)).body;
    expect(view.steps.map((s: { state: string }) => s.state)).toEqual(['offer']);
  });
});
