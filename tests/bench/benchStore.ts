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
  open(): StorageAdapter;
  dispose(): Promise<void>;
}

export async function createBenchStore(kind: StoreKind, label: string): Promise<BenchStore> {
  const dir = await tempDir(`forloeb-bench-${kind}-`);
  if (kind === 'lowdb') {
    return {
      env: { DATA_DIR: dir.path },
      open: () => createLowdbStorage(dir.path),
      dispose: () => dir.dispose(),
    };
  }
  const schema = `bench_${label}_${Math.random().toString(36).slice(2, 8)}`;
  return {
    env: { DATA_DIR: dir.path, DATABASE_URL, DATABASE_SCHEMA: schema },
    open: () => createPostgresStorage({ connectionString: DATABASE_URL, schema }),
    async dispose() {
      await dir.dispose();
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
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
}

export async function readRssMb(server: ServerProcess): Promise<number> {
  const status = await readFile(`/proc/${server.child.pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}
