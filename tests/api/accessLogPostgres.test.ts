import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/startServer';
import { DATABASE_URL } from '../contract/storageAdapters';
import { createClient, createPregnantFamily } from './startTestServer';

const schema = `accesslog_${Math.random().toString(36).slice(2, 10)}`;
let tmp: string;
let a: RunningServer;
let b: RunningServer;
const query = async (sql: string, values: unknown[] = []) => {
  const client = new pg.Client({ connectionString: DATABASE_URL, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
};

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'forloeb-pg-log-'));
  const options = { port: 0, databaseUrl: DATABASE_URL, databaseSchema: schema, schedulerIntervalMs: 0 };
  a = await startServer({ ...options, dataDir: join(tmp, 'a'), definitionsDir: 'tests/fixtures/consents' });
  b = await startServer({ ...options, dataDir: join(tmp, 'b'), definitionsDir: 'tests/fixtures/consents' });
});
afterAll(async () => {
  await a.close();
  await b.close();
  await query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await rm(tmp, { recursive: true, force: true });
});

describe('the access log on PostgreSQL', () => {
  it('keeps one hash chain when two server processes append at the same time', async () => {
    const onA = createClient(a.url);
    const onB = createClient(b.url);
    await onA.login();
    await onB.login();
    const { family } = await createPregnantFamily(onA);
    const before = Number((await query('SELECT count(*) FROM access_log')).rows[0].count);
    const replies = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? onA : onB).get(`/api/families/${family.id}`)),
    );
    expect(replies.every((r) => r.status === 200)).toBe(true);
    const { rows } = await query('SELECT seq, line FROM access_log ORDER BY seq');
    expect(rows).toHaveLength(before + 40);
    expect(rows.map((r) => Number(r.seq))).toEqual(rows.map((_, i) => i + 1));

    const auditor = createClient(b.url);
    await auditor.login('administrator');
    const verified = await auditor.get('/api/audit/verify');
    // …plus the auditor's own login.
    expect(verified.body).toMatchObject({ ok: true, entries: rows.length + 1, problems: [] });
    // Both processes hash a search the same way: the key is shared through the database.
    await onA.get('/api/families?q=Sara');
    await onB.get('/api/families?q=Sara');
    const searches = (
      await query(`SELECT line FROM access_log WHERE line LIKE '%"search"%' ORDER BY seq`)
    ).rows.map((r) => JSON.parse(r.line).search.hash);
    expect(searches).toHaveLength(2);
    expect(searches[0]).toBe(searches[1]);
  });

  it('names the row that was changed or deleted in the table', async () => {
    const auditor = createClient(a.url);
    await auditor.login('administrator');
    const { rows } = await query('SELECT seq, line FROM access_log ORDER BY seq');
    const third = rows[2]!;
    await query('UPDATE access_log SET line = $1 WHERE seq = $2', [
      third.line.replace(/"action":"\w+"/, '"action":"login"'),
      third.seq,
    ]);
    const edited = await auditor.get('/api/audit/verify');
    expect(edited.body.ok).toBe(false);
    expect(edited.body.problems).toContainEqual({ line: 3, reason: 'was changed after it was written' });
    await query('UPDATE access_log SET line = $1 WHERE seq = $2', [third.line, third.seq]);
    await query('DELETE FROM access_log WHERE seq = 5');
    const deleted = await auditor.get('/api/audit/verify');
    expect(deleted.body.problems).toContainEqual({ line: 5, reason: 'is number 6, expected 5' });
  });
});
