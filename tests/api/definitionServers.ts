import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startServer, type RunningServer, type ServerOptions } from '../../server/startServer';
import { DATABASE_URL } from '../contract/storageAdapters';
import { createClient, type TestServer } from './startTestServer';

/** The two stores the definition lifecycle must work on: each test file runs its cases over both. */
export const stores = ['lowdb', 'postgres'] as const;
export type StoreName = (typeof stores)[number];

export interface StoreServer extends TestServer {
  /** The PostgreSQL schema (postgres only). */
  schema: string;
  /** Another server process on the same store (postgres), or the same folder after this one closed (lowdb). */
  startAnother(dataDir?: string): Promise<RunningServer>;
}

/** A real server on the named store (a fresh temp folder, or a fresh PostgreSQL schema). */
export async function startStoreServer(store: StoreName, options: ServerOptions = {}): Promise<StoreServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'forloeb-defs-'));
  const schema = `defs_${Math.random().toString(36).slice(2, 10)}`;
  const start = (dir: string) =>
    startServer({
      port: 0,
      schedulerIntervalMs: 0,
      ...options,
      dataDir: dir,
      ...(store === 'postgres' ? { databaseUrl: DATABASE_URL, databaseSchema: schema } : {}),
    });
  const server = await start(dataDir);
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= server.close());
  return {
    ...server,
    close,
    dataDir,
    schema,
    startAnother: (dir = dataDir) => start(dir),
    async dispose() {
      await close();
      await rm(dataDir, { recursive: true, force: true });
      if (store === 'postgres') await dropSchema(schema);
    },
  };
}

export async function dropSchema(schema: string) {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
}

export async function loggedIn(url: string, username: string) {
  const client = createClient(url);
  await client.login(username, `demo-${username}`);
  return client;
}
