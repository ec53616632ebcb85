import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import type { StateConfig, WorkflowDefinition } from '../../runtime';
import { startServer } from '../../server/startServer';
import { loggedIn } from '../api/definitionServers';
import { DATABASE_URL } from '../contract/storageAdapters';
import { withTarget, type Benchmark, type BenchResult } from './Benchmark';
import { copyFamilies, makeTemplateFamily, tempDir } from './seedFamilies';

const INSTANCES = 1000;

/**
 * ishoej.d1 version 2 as a migration would meet it: a need-visit step after the 3-month visit, so every
 * instance in the course gets a new machine, new pinned forms and a rebuilt snapshot.
 */
async function addD1v2(definitionsDir: string): Promise<void> {
  const path = join(definitionsDir, 'workflows', 'ishoej.d1.v1.json');
  const v2 = JSON.parse(await readFile(path, 'utf8')) as WorkflowDefinition;
  v2.version = 2;
  v2.forms = { ...v2.forms, 'F11-need-visit': 1 };
  const visits = v2.machine.states.course?.states?.visits?.states as Record<string, StateConfig>;
  visits.needVisit = {
    meta: {
      title: { da: 'Behovsbesøg', en: 'Need visit' },
      forms: ['F11-need-visit'],
      roles: ['sundhedsplejerske'],
    },
    on: { FORM_SUBMITTED: 'visit5m' },
  };
  await writeFile(join(definitionsDir, 'workflows', 'ishoej.d1.v2.json'), JSON.stringify(v2));
}

/** Migrates 1,000 running D1 instances from version 1 to 2 on PostgreSQL through the API, then undoes it. */
export const migration: Benchmark = {
  name: 'migration',
  description: `Migrate ${INSTANCES} running instances to a new workflow version on PostgreSQL (run and undo)`,
  async run(): Promise<BenchResult[]> {
    const { aggregate } = await makeTemplateFamily();
    const data = await tempDir('forloeb-bench-migration-');
    const defs = await tempDir('forloeb-bench-migration-defs-');
    const schema = `bench_mig_${Math.random().toString(36).slice(2, 10)}`;
    await cp('definitions', defs.path, { recursive: true });
    await addD1v2(defs.path);
    const server = await startServer({
      port: 0,
      schedulerIntervalMs: 0,
      dataDir: data.path,
      definitionsDir: defs.path,
      databaseUrl: DATABASE_URL,
      databaseSchema: schema,
    });
    try {
      const users = await server.storage.listUsers();
      const responsible = users.find((u) => u.username === 'sundhedsplejerske')!.id;
      await server.storage.importFamilies([...copyFamilies(aggregate, INSTANCES, responsible)]);
      const admin = await loggedIn(server.url, 'administrator');
      const input = { fromVersion: 1, toVersion: 2, stateMap: {}, fieldMap: {} };

      let started = performance.now();
      const plan = await admin.post('/api/workflows/ishoej.d1/migrations/dry-run', input);
      const dryRunMs = performance.now() - started;
      if (plan.body.moves?.length !== INSTANCES)
        throw new Error(`dry run found ${plan.body.moves?.length} instances, expected ${INSTANCES}`);

      started = performance.now();
      const run = await admin.post('/api/workflows/ishoej.d1/migrations', { ...input, comment: 'Benchmark' });
      const runMs = performance.now() - started;
      if (run.status !== 201 || run.body.instances.length !== INSTANCES)
        throw new Error(
          `run moved ${run.body.instances?.length} instances: ${JSON.stringify(run.body).slice(0, 300)}`,
        );

      started = performance.now();
      const undo = await admin.post(`/api/migrations/${run.body.id}/undo`);
      const undoMs = performance.now() - started;
      if (undo.body.restored?.length !== INSTANCES)
        throw new Error(`undo restored ${undo.body.restored?.length}`);

      return [
        {
          name: `dry run, ${INSTANCES} instances (PostgreSQL)`,
          unit: 's',
          value: Math.round(dryRunMs) / 1000,
        },
        withTarget(
          {
            name: `migration run, ${INSTANCES} instances (PostgreSQL)`,
            unit: 's',
            value: Math.round(runMs) / 1000,
          },
          '<=',
          10,
        ),
        {
          name: `undo of the batch, ${INSTANCES} instances (PostgreSQL)`,
          unit: 's',
          value: Math.round(undoMs) / 1000,
        },
      ];
    } finally {
      await server.close();
      await data.dispose();
      await defs.dispose();
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    }
  },
};
