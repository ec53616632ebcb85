import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toRetentionHour } from '../../server/retention/createRetentionSchedule';
import { startServer } from '../../server/startServer';
import { DATABASE_URL } from '../contract/storageAdapters';
import { createClient, createPregnantFamily, startTestServer, type Client } from './startTestServer';

const definitionsDir = 'tests/fixtures/consents';
const policyFile = join(tmpdir(), `forloeb-retention-schedule-${process.pid}.json`);
/** Families are created on this day; `test.consent` is kept 5 years, so they expire on 2031-11-20. */
const CREATED = new Date('2026-11-20T09:00:00Z');
/** 02:00 and 03:30 in Copenhagen (CET, UTC+1) on a day after they expired. */
const BEFORE_HOUR = new Date('2031-11-21T01:00:00Z');
const AFTER_HOUR = new Date('2031-11-21T02:30:00Z');

async function endedFamily(worker: Client): Promise<string> {
  const { family, child } = await createPregnantFamily(worker);
  const started = await worker.post(`/api/families/${family.id}/pathways`, {
    workflowId: 'test.consent',
    childId: child.id,
  });
  expect((await worker.post(`/api/pathways/${started.body.id}/events`, { type: 'DECIDE' })).status).toBe(200);
  return family.id;
}
async function waitFor(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until;) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

beforeAll(async () => {
  await writeFile(policyFile, JSON.stringify({ defaultYears: null, workflows: { 'test.consent': 5 } }));
  process.env.FORLOEB_RETENTION_FILE = policyFile;
});
afterAll(async () => {
  delete process.env.FORLOEB_RETENTION_FILE;
  await rm(policyFile, { force: true });
});

describe('the scheduled retention job', () => {
  it('reads FORLOEB_RETENTION_HOUR: default 03, an hour 0–23, or off', () => {
    expect(toRetentionHour(undefined)).toBe(3);
    expect(toRetentionHour('22')).toBe(22);
    expect(toRetentionHour('off')).toBeNull();
    expect(() => toRetentionHour('24')).toThrow(/0–23/);
    expect(() => toRetentionHour('3am')).toThrow(/0–23/);
  });

  it("runs on the scheduler's timer once the hour has come, once a day, never twice at once", async () => {
    let clock = CREATED;
    const server = await startTestServer({
      definitionsDir,
      now: () => clock,
      schedulerIntervalMs: 40,
      retentionHour: 3,
    });
    try {
      const worker = createClient(server.url);
      await worker.login();
      const expired = await endedFamily(worker);
      clock = BEFORE_HOUR;
      // The timer runs many rounds before the hour: the expired family stays.
      expect(await waitFor(async () => !(await server.storage.getFamily(expired)), 400)).toBe(false);
      expect(await server.retention.tick()).toEqual({ status: 'not-yet' });

      clock = AFTER_HOUR;
      expect(await waitFor(async () => !(await server.storage.getFamily(expired)), 5000)).toBe(true);
      expect(await server.retention.tick()).toEqual({ status: 'done' });
      const deletions = (await readAccessLog(server)).filter((e) => e.action === 'delete');
      expect(deletions).toEqual([
        expect.objectContaining({ userId: 'system', purpose: 'retention', familyId: expired }),
      ]);

      // The next day it runs again (and finds a family that expired since); two ticks share one run.
      const again = createClient(server.url);
      await again.login(); // the first session timed out over the years
      const later = await endedFamily(again);
      clock = new Date('2036-11-22T02:30:00Z');
      const [first, second] = await Promise.all([server.retention.tick(), server.retention.tick()]);
      expect(first).toBe(second);
      expect(['ran', 'done']).toContain(first.status); // the timer may have got there first
      expect(await waitFor(async () => !(await server.storage.getFamily(later)), 5000)).toBe(true);
    } finally {
      await server.dispose();
    }
  });

  it('does nothing when switched off, and reads no families without a policy', async () => {
    let clock = CREATED;
    const off = await startTestServer({
      definitionsDir,
      now: () => clock,
      schedulerIntervalMs: 0,
      retentionHour: null,
    });
    try {
      const worker = createClient(off.url);
      await worker.login();
      const expired = await endedFamily(worker);
      clock = AFTER_HOUR;
      expect(await off.retention.tick()).toEqual({ status: 'off' });
      expect(await off.storage.getFamily(expired)).toBeDefined();
    } finally {
      await off.dispose();
    }
    delete process.env.FORLOEB_RETENTION_FILE;
    const noPolicy = await startTestServer({
      definitionsDir,
      now: () => AFTER_HOUR,
      schedulerIntervalMs: 0,
      retentionHour: 0,
    });
    try {
      expect(await noPolicy.retention.tick()).toEqual({ status: 'no-policy' });
    } finally {
      process.env.FORLOEB_RETENTION_FILE = policyFile;
      await noPolicy.dispose();
    }
  });
});

describe('the scheduled retention job on PostgreSQL', () => {
  it('runs in one process only when two share the database, and once a day', async () => {
    const schema = `retsched_${Math.random().toString(36).slice(2, 10)}`;
    let clock = CREATED;
    const options = {
      port: 0,
      databaseUrl: DATABASE_URL,
      databaseSchema: schema,
      definitionsDir,
      schedulerIntervalMs: 0,
      retentionHour: 3,
      now: () => clock,
    };
    const a = await startServer({ ...options, dataDir: join(tmpdir(), `${schema}-a`) });
    const b = await startServer({ ...options, dataDir: join(tmpdir(), `${schema}-b`) });
    try {
      const worker = createClient(a.url);
      await worker.login();
      const expired = await Promise.all([endedFamily(worker), endedFamily(worker), endedFamily(worker)]);
      clock = AFTER_HOUR;
      const ticks = await Promise.all([a.retention.tick(), b.retention.tick()]);
      const ran = ticks.filter((t) => t.status === 'ran');
      expect(ran).toHaveLength(1);
      expect(ticks.map((t) => t.status).sort()).toEqual(
        expect.arrayContaining(['ran', expect.stringMatching(/^(busy|done)$/)]),
      );
      // Whichever process was busy finds the day done on its next round.
      expect(await a.retention.tick()).toEqual({ status: 'done' });
      expect(await b.retention.tick()).toEqual({ status: 'done' });
      for (const id of expired) expect(await b.storage.getFamily(id)).toBeUndefined();
      const lines = await query(schema, 'SELECT line FROM access_log WHERE line LIKE \'%"delete"%\'');
      expect(lines.rows.map((r) => JSON.parse(r.line).familyId).sort()).toEqual([...expired].sort());
    } finally {
      await a.close();
      await b.close();
      await query(undefined, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await rm(join(tmpdir(), `${schema}-a`), { recursive: true, force: true });
      await rm(join(tmpdir(), `${schema}-b`), { recursive: true, force: true });
    }
  });
});

async function readAccessLog(server: { dataDir: string }) {
  return (await readFile(join(server.dataDir, 'access.log'), 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
async function query(schema: string | undefined, sql: string) {
  const client = new pg.Client({
    connectionString: DATABASE_URL,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  await client.connect();
  try {
    return await client.query<{ line: string }>(sql);
  } finally {
    await client.end();
  }
}
