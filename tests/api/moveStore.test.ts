import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { demoUsers } from '../../server/auth/demoUsers';
import { moveStore } from '../../server/cli/moveStore';
import { createLowdbStorage } from '../../server/storage/createLowdbStorage';
import { createPostgresStorage } from '../../server/storage/postgres/createPostgresStorage';
import { startServer } from '../../server/startServer';
import { DATABASE_URL } from '../contract/storageAdapters';
import {
  createClient,
  createPregnantFamily,
  startD1,
  startTestServer,
  validExample,
} from './startTestServer';

const schema = `move_${Math.random().toString(36).slice(2, 10)}`;
afterAll(async () => {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

describe('moving the embedded store into PostgreSQL', () => {
  it('moves families, pathways, submissions, users and definitions, and the server goes on from there', async () => {
    const embedded = await startTestServer();
    const client = createClient(embedded.url);
    await client.login();
    const { family, child } = await createPregnantFamily(client);
    const pathway = await startD1(client, family.id, child.id);
    const submitted = await client.post(`/api/pathways/${pathway.id}/submissions`, {
      formId: 'F01-family-registration',
      data: await validExample('F01-family-registration'),
    });
    const before = (await client.get(`/api/pathways/${pathway.id}`)).body;
    await embedded.close();

    const from = createLowdbStorage(embedded.dataDir);
    const to = createPostgresStorage({ connectionString: DATABASE_URL, schema });
    await from.open();
    await to.open();
    const report = await moveStore(from, to);
    await expect(moveStore(from, to)).rejects.toThrow(/not empty/);
    await from.close();
    await to.close();
    expect(report).toMatchObject({ users: demoUsers.length, families: 1 });

    const moved = await startServer({
      port: 0,
      databaseUrl: DATABASE_URL,
      databaseSchema: schema,
      dataDir: embedded.dataDir,
      schedulerIntervalMs: 0,
    });
    try {
      const again = createClient(moved.url);
      await again.login();
      expect((await again.get(`/api/pathways/${pathway.id}`)).body).toEqual(before);
      expect((await again.get(`/api/submissions/${submitted.body.submission.id}`)).body.data).toEqual(
        submitted.body.submission.data,
      );
      const next = await again.post(`/api/pathways/${pathway.id}/submissions`, {
        formId: 'F03-offer-response',
        data: await validExample('F03-offer-response'),
      });
      expect(next.status).toBe(201);
    } finally {
      await moved.close();
      await embedded.dispose();
    }
  });
});
