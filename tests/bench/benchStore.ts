import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { createLowdbStorage } from '../../server/storage/createLowdbStorage';
import { createPostgresStorage } from '../../server/storage/postgres/createPostgresStorage';
import type { FamilyAggregate, StorageAdapter } from '../../server/storage/types';
import { DATABASE_URL } from '../contract/storageAdapters';
import type { ServerProcess } from '../faults/spawnServer';
import { tempDir } from './seedFamilies';

export type StoreKind = 'lowdb' | 'postgres';

/** A store of its own for one benchmark run: the server's environment, a direct handle, and cleanup. */
export interface BenchStore {
  env: Record<string, string>;
  /** The PostgreSQL schema when the caller named one to reuse: kept on dispose, so the next run skips seeding. */
  reused?: string;
  open(): StorageAdapter;
  /**
   * After a bulk import, what a running database has long done: the store's tables vacuumed and analysed
   * (this machine's PostgreSQL runs without autovacuum) and the import's pages written out (CHECKPOINT), so
   * that a measurement does not meet the import's own after-work.
   */
  settle(): Promise<void>;
  dispose(): Promise<void>;
}

/** `reuse` names a PostgreSQL schema to seed once and keep (ignored for the embedded store). */
export async function createBenchStore(kind: StoreKind, label: string, reuse?: string): Promise<BenchStore> {
  const dir = await tempDir(`forloeb-bench-${kind}-`);
  if (kind === 'lowdb') {
    return {
      env: { DATA_DIR: dir.path },
      open: () => createLowdbStorage(dir.path),
      settle: async () => {},
      dispose: () => dir.dispose(),
    };
  }
  const schema = reuse ?? `bench_${label}_${Math.random().toString(36).slice(2, 8)}`;
  return {
    env: { DATA_DIR: dir.path, DATABASE_URL, DATABASE_SCHEMA: schema },
    ...(reuse ? { reused: reuse } : {}),
    open: () => createPostgresStorage({ connectionString: DATABASE_URL, schema }),
    async settle() {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      try {
        const { rows } = await client.query<{ name: string }>(
          'SELECT tablename AS name FROM pg_tables WHERE schemaname = $1',
          [schema],
        );
        for (const { name } of rows) await client.query(`VACUUM (ANALYZE) ${schema}."${name}"`);
        await client.query('CHECKPOINT');
      } finally {
        await client.end();
      }
    },
    async dispose() {
      await dir.dispose();
      if (reuse) return;
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

/**
 * A named list a benchmark keeps in a reused schema between runs (e.g. the pathways not yet submitted to);
 * undefined when the schema has none yet, i.e. was not seeded.
 */
export async function readBenchList(schema: string, name: string): Promise<string[] | undefined> {
  return withClient(async (client) => {
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.bench_lists (name text PRIMARY KEY, items text[] NOT NULL)`,
    );
    const { rows } = await client.query<{ items: string[] }>(
      `SELECT items FROM ${schema}.bench_lists WHERE name = $1`,
      [name],
    );
    return rows[0]?.items;
  });
}

export async function writeBenchList(schema: string, name: string, items: string[]): Promise<void> {
  await withClient((client) =>
    client.query(
      `INSERT INTO ${schema}.bench_lists (name, items) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET items = $2`,
      [name, items],
    ),
  );
}

async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const IMPORT_CHUNK = 2000;

/**
 * Stores `families` straight through the adapter (far faster than the API), in chunks; `keep` sees each
 * family as it goes by, e.g. to remember the pathways a benchmark will submit to.
 */
export async function importBenchFamilies(
  store: BenchStore,
  families: Iterable<FamilyAggregate>,
  keep: (aggregate: FamilyAggregate) => void = () => {},
): Promise<void> {
  const storage = store.open();
  await storage.open();
  try {
    let chunk: FamilyAggregate[] = [];
    for (const aggregate of families) {
      keep(aggregate);
      chunk.push(aggregate);
      if (chunk.length === IMPORT_CHUNK) {
        await storage.importFamilies(chunk);
        chunk = [];
      }
    }
    if (chunk.length > 0) await storage.importFamilies(chunk);
  } finally {
    await storage.close();
  }
  await store.settle();
}

/** CPU time the server process has used so far (user + system), in ms: less noisy than latency on a shared machine. */
export async function readCpuMs(server: ServerProcess): Promise<number> {
  const stat = await readFile(`/proc/${server.child.pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th, in ticks
  // of 10 ms (USER_HZ is 100 on Linux).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

export async function readRssMb(server: ServerProcess): Promise<number> {
  const status = await readFile(`/proc/${server.child.pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}
