import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createClient, validExample } from '../api/startTestServer';
import { DATABASE_URL } from '../contract/storageAdapters';
import { spawnServer } from './spawnServer';

/** 100 cycles in CI; `CRASH_CYCLES` changes it (the benchmark harness runs more). */
const CYCLES = Number(process.env.CRASH_CYCLES ?? 100);
const WRITERS = 6;

interface Acknowledged {
  families: Set<string>;
  submissions: Set<string>;
}

/** Writers that register families, start D1 and submit its first form, remembering what the server acknowledged. */
async function writeUntilKilled(url: string, acked: Acknowledged, stop: { now: boolean }) {
  const client = createClient(url);
  const registration = await validExample('F01-family-registration');
  try {
    await client.login();
  } catch {
    return; // killed before the first write
  }
  const writer = async (n: number) => {
    while (!stop.now) {
      try {
        const family = await client.post('/api/families', {
          members: [
            { role: 'pregnant', name: `Mor ${n}` },
            { role: 'child', name: 'Barn', dueDate: '2027-06-01' },
          ],
        });
        if (family.status !== 201) continue;
        acked.families.add(family.body.id);
        const pathway = await client.post(`/api/families/${family.body.id}/pathways`, {
          workflowId: 'ishoej.d1',
          childId: family.body.members[1].id,
        });
        if (pathway.status !== 201) continue;
        const submitted = await client.post(`/api/pathways/${pathway.body.id}/submissions`, {
          formId: 'F01-family-registration',
          data: registration,
        });
        if (submitted.status === 201) acked.submissions.add(submitted.body.submission.id);
      } catch {
        return; // the connection died with the server
      }
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, (_, n) => writer(n)));
}

async function verify(url: string, acked: Acknowledged) {
  const client = createClient(url);
  await client.login();
  const stored = new Set(((await client.get('/api/families')).body as { id: string }[]).map((f) => f.id));
  const lostFamilies = [...acked.families].filter((id) => !stored.has(id));
  const lostSubmissions: string[] = [];
  for (const id of acked.submissions)
    if ((await client.get(`/api/submissions/${id}`)).status !== 200) lostSubmissions.push(id);
  return { lostFamilies, lostSubmissions };
}

const homes: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const dispose of homes) await dispose();
});

const adapters = [
  {
    name: 'lowdb',
    async env() {
      const dir = await mkdtemp(join(tmpdir(), 'forloeb-crash-'));
      homes.push(() => rm(dir, { recursive: true, force: true }));
      return { DATA_DIR: dir };
    },
  },
  {
    name: 'postgres',
    async env() {
      const dir = await mkdtemp(join(tmpdir(), 'forloeb-crash-pg-'));
      const schema = `crash_${Math.random().toString(36).slice(2, 10)}`;
      homes.push(async () => {
        await rm(dir, { recursive: true, force: true });
        const client = new pg.Client({ connectionString: DATABASE_URL });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      });
      return { DATA_DIR: dir, DATABASE_URL, DATABASE_SCHEMA: schema };
    },
  },
];

describe.each(adapters)('SIGKILL during concurrent writes ($name)', (adapter) => {
  it(`loses no acknowledged write over ${CYCLES} kill-and-restart cycles`, async () => {
    const env = await adapter.env();
    const acked: Acknowledged = { families: new Set(), submissions: new Set() };
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const server = await spawnServer(env);
      if (cycle > 0) {
        const { lostFamilies, lostSubmissions } = await verify(server.url, acked);
        expect({ cycle, lostFamilies, lostSubmissions }).toEqual({
          cycle,
          lostFamilies: [],
          lostSubmissions: [],
        });
        acked.submissions.clear(); // verified; keep the next cycle's check short
      }
      const stop = { now: false };
      const writing = writeUntilKilled(server.url, acked, stop);
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 400));
      await server.kill();
      stop.now = true;
      await writing;
    }
    const last = await spawnServer(env);
    expect(await verify(last.url, acked)).toEqual({ lostFamilies: [], lostSubmissions: [] });
    expect(acked.families.size).toBeGreaterThan(CYCLES);
    await last.stop();
  }, 900_000);
});
