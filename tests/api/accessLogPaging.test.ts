import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChainedEntry } from '../../server/audit/AccessEntry';
import { startServer, type RunningServer, type ServerOptions } from '../../server/startServer';
import { DATABASE_URL } from '../contract/storageAdapters';
import { createClient, createPregnantFamily, type Client } from './startTestServer';

interface Store {
  name: string;
  options: (dataDir: string) => Partial<ServerOptions>;
  /** The whole log as stored, oldest first (what the views must page through). */
  entries: (dataDir: string) => Promise<ChainedEntry[]>;
}

const schema = `auditpage_${Math.random().toString(36).slice(2, 10)}`;
const sql = async (text: string, values: unknown[] = []) => {
  const client = new pg.Client({ connectionString: DATABASE_URL, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
};
const stores: Store[] = [
  {
    name: 'embedded',
    options: () => ({}),
    entries: async (dataDir) =>
      (await readFile(join(dataDir, 'access.log'), 'utf8'))
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as ChainedEntry),
  },
  {
    name: 'PostgreSQL',
    options: () => ({ databaseUrl: DATABASE_URL, databaseSchema: schema }),
    entries: async () =>
      (await sql('SELECT line FROM access_log ORDER BY seq')).rows.map(
        (r: { line: string }) => JSON.parse(r.line) as ChainedEntry,
      ),
  },
];
const folders: string[] = [];
afterAll(async () => {
  await sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

/** Every page of a view, following the `before` cursor until a short page. */
async function allPages(client: Client, path: string, limit: number) {
  const rows: { seq: number }[] = [];
  for (let pages = 0; pages < 100; pages++) {
    const before = rows.at(-1)?.seq;
    const reply = await client.get(
      `${path}${path.includes('?') ? '&' : '?'}limit=${limit}${before ? `&before=${before}` : ''}`,
    );
    expect(reply.status).toBe(200);
    rows.push(...(reply.body as { seq: number }[]));
    if (reply.body.length < limit) return { rows, pages: pages + 1 };
  }
  throw new Error('paging did not end');
}

describe.each(stores)('paged audit views ($name store)', (store) => {
  it('pages the citizen and staff views by seq, newest first, each row once, the same after a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'forloeb-audit-paging-'));
    folders.push(dataDir);
    const start = () => startServer({ port: 0, dataDir, schedulerIntervalMs: 0, ...store.options(dataDir) });
    let server: RunningServer = await start();
    try {
      const worker = createClient(server.url);
      await worker.login();
      const { family } = await createPregnantFamily(worker);
      const { family: other } = await createPregnantFamily(worker);
      for (let i = 0; i < 23; i++) await worker.get(`/api/families/${i % 3 ? family.id : other.id}`);
      const me = (await worker.get('/api/session')).body.user.id as string;
      const admin = createClient(server.url);
      await admin.login('administrator');

      const check = async (admin: Client) => {
        const log = await store.entries(dataDir);
        const aboutFamily = log
          .filter((e) => e.familyId === family.id || e.familyIds?.includes(family.id))
          .map((e) => e.seq)
          .reverse();
        const byWorker = log
          .filter((e) => e.userId === me)
          .map((e) => e.seq)
          .reverse();
        const citizen = await allPages(admin, `/api/audit/families/${family.id}?staff=hide`, 4);
        expect(citizen.rows.map((r) => r.seq)).toEqual(aboutFamily);
        expect(citizen.pages).toBeGreaterThan(3);
        const staff = await allPages(admin, `/api/audit/users/${me}`, 5);
        expect(staff.rows.map((r) => r.seq)).toEqual(byWorker);
        const sample = (await admin.get('/api/audit/spot-check?size=12')).body as { seq: number }[];
        const now = await store.entries(dataDir);
        expect(new Set(sample.map((r) => r.seq)).size).toBe(12);
        const families = new Set(now.filter((e) => e.familyId || e.familyIds?.length).map((e) => e.seq));
        expect(sample.every((r) => families.has(r.seq))).toBe(true);
        expect(sample.map((r) => r.seq)).toEqual([...sample.map((r) => r.seq)].sort((a, b) => b - a));
      };
      await check(admin);
      for (const bad of ['0', '-3', 'abc', '1.5'])
        expect((await admin.get(`/api/audit/users/${me}?before=${bad}`)).status).toBe(400);
      expect((await admin.get(`/api/audit/users/${me}?limit=1001`)).status).toBe(400);

      // The index is rebuilt when the log opens again (PostgreSQL: columns filled for an older log).
      await server.close();
      if (store.name === 'PostgreSQL') {
        await sql('DROP INDEX access_log_user, access_log_families');
        await sql('ALTER TABLE access_log DROP COLUMN user_id, DROP COLUMN families');
      }
      server = await start();
      const again = createClient(server.url);
      await again.login('administrator');
      if (store.name === 'PostgreSQL')
        expect((await sql('SELECT count(*) AS n FROM access_log WHERE user_id IS NULL')).rows[0].n).toBe('0');
      await check(again);
    } finally {
      await server.close();
    }
  });
});
