import { mkdtemp, rm } from 'node:fs/promises';
import { afterEach, beforeEach } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createLowdbStorage } from '../../server/storage/createLowdbStorage';
import { createPostgresStorage } from '../../server/storage/postgres/createPostgresStorage';
import type { StorageAdapter } from '../../server/storage/types';

export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A place for an adapter's data that the test owns: a temp folder, or a fresh PostgreSQL schema. */
export interface AdapterHome {
  name: string;
  /** A new adapter over the same data (to prove what survives a close and reopen). */
  open(): StorageAdapter;
  dispose(): Promise<void>;
}

export const adapterKinds: { name: string; createHome: () => Promise<AdapterHome> }[] = [
  {
    name: 'lowdb',
    async createHome() {
      const dir = await mkdtemp(join(tmpdir(), 'forloeb-contract-'));
      return {
        name: 'lowdb',
        open: () => createLowdbStorage(dir),
        dispose: () => rm(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'postgres',
    async createHome() {
      const schema = `t_${Math.random().toString(36).slice(2, 10)}`;
      return {
        name: 'postgres',
        open: () => createPostgresStorage({ connectionString: DATABASE_URL, schema, poolSize: 4 }),
        async dispose() {
          const client = new pg.Client({ connectionString: DATABASE_URL });
          await client.connect();
          await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          await client.end();
        },
      };
    },
  },
];

/**
 * Gives each test a freshly opened adapter in a home of its own, closed and removed afterwards; `reopen`
 * closes it and opens a new adapter over the same data. `onOpen` receives every adapter opened.
 */
export function useOpenAdapter(
  createHome: () => Promise<AdapterHome>,
  onOpen: (storage: StorageAdapter) => void,
): { reopen: () => Promise<void> } {
  let home: AdapterHome;
  let storage: StorageAdapter;
  const open = async () => {
    storage = home.open();
    await storage.open();
    onOpen(storage);
  };
  beforeEach(async () => {
    home = await createHome();
    await open();
  });
  afterEach(async () => {
    await storage.close();
    await home.dispose();
  });
  return {
    reopen: async () => {
      await storage.close();
      await open();
    },
  };
}
