import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStorage } from '../../server/storage/postgres/createPostgresStorage';
import { DATABASE_URL } from '../contract/storageAdapters';
import { generateHedensted, type HedenstedSpec } from '../support/generateHedensted';
import { generateIshoejD3 } from '../support/generateIshoejD3';
import { createClient, startTestServer, type Client, type TestServer } from './startTestServer';

interface Cell {
  denominator: number;
  numerator: number;
  rate?: number;
  categories: Record<string, number>;
}

// PostgreSQL reads the reporting rows in SQL (not from whole aggregates): the same population must give
// the same numbers as on the embedded store.
describe('reports on PostgreSQL', () => {
  const schema = `reports_${Math.random().toString(36).slice(2, 10)}`;
  let server: TestServer;
  let lead: Client;
  let hedensted: HedenstedSpec;

  beforeAll(async () => {
    server = await startTestServer({
      schedulerIntervalMs: 0,
      databaseUrl: DATABASE_URL,
      databaseSchema: schema,
    });
    hedensted = await generateHedensted(server);
    await generateIshoejD3(server);
    lead = createClient(server.url);
    await lead.login('ledende');
  }, 180_000);
  afterAll(async () => {
    await server?.dispose();
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });

  it('shows 57 %, 61 % and 33 % for Hedensted and 75 % for the Ishøj D3 school year', async () => {
    const reply = await lead.get<{ kpiId: string; result?: { total: Cell } }[]>('/api/reports/dashboard');
    expect(reply.status).toBe(200);
    const totals = new Map(reply.body.map((e) => [e.kpiId, e.result?.total]));
    for (const [kpiId, expected] of Object.entries(hedensted.expected)) {
      const total = totals.get(kpiId)!;
      expect({
        kpiId,
        numerator: total.numerator,
        denominator: total.denominator,
        percent: Math.round(total.rate! * 100),
      }).toEqual({
        kpiId,
        ...expected,
      });
    }
    expect(totals.get('K01')).toMatchObject({ numerator: 30, denominator: 40 });
    expect(totals.get('K07')?.categories).toEqual({ accepted: 31, declined: 16, notReached: 4 });
  });

  it('fills the reporting rows of families stored before they existed, once, when the store opens', async () => {
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    const count = async () =>
      Number((await client.query(`SELECT count(*) AS n FROM ${schema}.report_facts`)).rows[0].n);
    const before = await count();
    await client.query(`DELETE FROM ${schema}.report_facts`);
    await client.query(`UPDATE ${schema}.report_facts_state SET backfilled = false`);
    const reopened = createPostgresStorage({ connectionString: DATABASE_URL, schema, poolSize: 2 });
    await reopened.open();
    await reopened.close();
    expect(await count()).toBe(before);
    expect(
      (await client.query(`SELECT backfilled FROM ${schema}.report_facts_state`)).rows[0].backfilled,
    ).toBe(true);
    await client.end();
    expect(before).toBeGreaterThan(0);
  });

  it('drills down to the same families', async () => {
    const reply = await lead.get<{ familyId: string }[]>('/api/reports/kpis/K09/families?part=numerator');
    expect(reply.body).toHaveLength(6);
  });
});
