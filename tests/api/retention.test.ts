import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/startServer';
import { DATABASE_URL } from '../contract/storageAdapters';
import {
  createClient,
  createPregnantFamily,
  startTestServer,
  type Client,
  type TestServer,
} from './startTestServer';

let server: TestServer;
let clock = new Date('2026-11-20T09:00:00Z');
const policyFile = join(tmpdir(), `forloeb-retention-${process.pid}.json`);
const ids: Record<'ended' | 'active' | 'noPathway' | 'held', string> = {
  ended: '',
  active: '',
  noPathway: '',
  held: '',
};

const login = async (username: string) => {
  const client = createClient(server.url);
  await client.login(username);
  return client;
};
async function familyWithPathway(worker: Client, end: boolean) {
  const { family, child } = await createPregnantFamily(worker);
  const started = await worker.post(`/api/families/${family.id}/pathways`, {
    workflowId: 'test.consent',
    childId: child.id,
  });
  if (end)
    expect((await worker.post(`/api/pathways/${started.body.id}/events`, { type: 'DECIDE' })).status).toBe(
      200,
    );
  return family.id;
}

beforeAll(async () => {
  await writeFile(policyFile, JSON.stringify({ defaultYears: null, workflows: { 'test.consent': 5 } }));
  process.env.FORLOEB_RETENTION_FILE = policyFile;
  server = await startTestServer({
    definitionsDir: 'tests/fixtures/consents',
    schedulerIntervalMs: 0,
    now: () => clock,
  });
  const worker = await login('sundhedsplejerske');
  ids.ended = await familyWithPathway(worker, true);
  ids.active = await familyWithPathway(worker, false);
  ids.noPathway = (await createPregnantFamily(worker)).family.id;
  ids.held = await familyWithPathway(worker, true);
  const admin = await login('administrator');
  const hold = await admin.request('PUT', `/api/families/${ids.held}/legal-hold`, { reason: 'Klagesag' });
  expect(hold.status).toBe(200);
});
afterAll(async () => {
  delete process.env.FORLOEB_RETENTION_FILE;
  await rm(policyFile, { force: true });
  await server.dispose();
});

describe('retention', () => {
  it('shows the policy in force; without a configured period nothing would be deleted', async () => {
    const admin = await login('administrator');
    expect((await admin.get('/api/retention/policy')).body).toEqual({
      defaultYears: null,
      workflows: { 'test.consent': 5 },
    });
  });

  it('deletes nothing before the period has passed', async () => {
    clock = new Date('2031-11-19T09:00:00Z');
    const admin = await login('administrator');
    const run = await admin.post('/api/retention/run', {});
    expect(run.status).toBe(200);
    expect(run.body.deleted).toEqual([]);
    expect(run.body.kept).toEqual({ held: 1, active: 1, 'no-period': 1, 'not-yet': 1 });
  });

  it('deletes an ended family after its period, keeps held, active and unconfigured ones, and records ids and counts', async () => {
    clock = new Date('2031-11-21T09:00:00Z');
    const admin = await login('administrator');
    const dry = await admin.post('/api/retention/run', { dryRun: true });
    expect(dry.body).toMatchObject({
      dryRun: true,
      deleted: [{ familyId: ids.ended, counts: { members: 2, pathways: 1, submissions: 0, consents: 0 } }],
    });
    expect(await server.storage.getFamily(ids.ended)).toBeDefined();

    const run = await admin.post('/api/retention/run', {});
    expect(run.body.deleted.map((d: { familyId: string }) => d.familyId)).toEqual([ids.ended]);
    expect(run.body.kept).toEqual({ held: 1, active: 1, 'no-period': 1, 'not-yet': 0 });
    expect(await server.storage.getFamily(ids.ended)).toBeUndefined();
    expect(existsSync(join(server.dataDir, 'families', `${ids.ended}.json`))).toBe(false);
    const worker = await login('sundhedsplejerske');
    expect((await worker.get(`/api/families/${ids.ended}`)).status).toBe(404);
    expect((await worker.get('/api/families')).body.map((f: { id: string }) => f.id)).not.toContain(
      ids.ended,
    );

    const log = (await readFile(join(server.dataDir, 'access.log'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const deletion = log.filter((e) => e.action === 'delete');
    expect(deletion).toEqual([
      expect.objectContaining({
        purpose: 'retention',
        resource: `family:${ids.ended}`,
        familyId: ids.ended,
        counts: { members: 2, pathways: 1, submissions: 0, consents: 0 },
      }),
    ]);
  });

  it('lets only administrators run the job or set a hold', async () => {
    const worker = await login('sundhedsplejerske');
    expect((await worker.post('/api/retention/run', {})).status).toBe(403);
    expect(
      (await worker.request('PUT', `/api/families/${ids.active}/legal-hold`, { reason: 'x' })).status,
    ).toBe(403);
  });

  it('deletes a held family only after the hold is lifted, and the deletion survives a restart', async () => {
    const admin = await login('administrator');
    expect((await admin.request('DELETE', `/api/families/${ids.held}/legal-hold`)).status).toBe(204);
    expect((await admin.request('DELETE', `/api/families/${ids.held}/legal-hold`)).status).toBe(404);
    const run = await admin.post('/api/retention/run', {});
    expect(run.body.deleted.map((d: { familyId: string }) => d.familyId)).toEqual([ids.held]);

    await server.close();
    const again = await startServer({
      port: 0,
      dataDir: server.dataDir,
      definitionsDir: 'tests/fixtures/consents',
      schedulerIntervalMs: 0,
      now: () => clock,
    });
    expect(await again.storage.getFamily(ids.held)).toBeUndefined();
    expect(await again.storage.getFamily(ids.active)).toBeDefined();
    await again.close();
    server = {
      ...server,
      close: async () => undefined,
      dispose: () => rm(server.dataDir, { recursive: true, force: true }),
    };
  });
});

describe('retention on PostgreSQL', () => {
  it('deletes an expired family with its indexes and due rows, in one transaction', async () => {
    const schema = `retention_${Math.random().toString(36).slice(2, 10)}`;
    let pgClock = new Date('2026-11-20T09:00:00Z');
    const dataDir = join(tmpdir(), schema);
    const pgServer = await startServer({
      port: 0,
      dataDir,
      databaseUrl: DATABASE_URL,
      databaseSchema: schema,
      definitionsDir: 'tests/fixtures/consents',
      schedulerIntervalMs: 0,
      now: () => pgClock,
    });
    try {
      const worker = createClient(pgServer.url);
      await worker.login();
      const { family, child } = await createPregnantFamily(worker);
      const started = await worker.post(`/api/families/${family.id}/pathways`, {
        workflowId: 'test.consent',
        childId: child.id,
      });
      await worker.post(`/api/pathways/${started.body.id}/events`, { type: 'DECIDE' });
      const kept = await familyWithPathwayOn(worker);
      pgClock = new Date('2032-01-01T00:00:00Z');
      const admin = createClient(pgServer.url);
      await admin.login('administrator');
      const run = await admin.post('/api/retention/run', {});
      expect(run.body.deleted.map((d: { familyId: string }) => d.familyId)).toEqual([family.id]);
      expect(await pgServer.storage.getFamily(family.id)).toBeUndefined();
      expect(await pgServer.storage.findFamilyOfPathway(started.body.id)).toBeUndefined();
      expect(await pgServer.storage.getFamily(kept)).toBeDefined();
      expect(await pgServer.storage.deleteFamily(family.id)).toBe(false);
    } finally {
      await pgServer.close();
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

async function familyWithPathwayOn(worker: Client) {
  const { family, child } = await createPregnantFamily(worker);
  await worker.post(`/api/families/${family.id}/pathways`, { workflowId: 'test.consent', childId: child.id });
  return family.id;
}
