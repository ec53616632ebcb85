import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadKpiCatalogue } from '../../server/reports/loadKpiCatalogue';
import { createReportService } from '../../server/reports/createReportService';
import { createPostgresStorage } from '../../server/storage/postgres/createPostgresStorage';
import type { FamilyAggregate, StorageAdapter } from '../../server/storage/types';
import { startTestServer, type TestServer } from '../api/startTestServer';
import { DATABASE_URL } from '../contract/storageAdapters';
import { generateHedensted } from '../support/generateHedensted';
import { generateIshoejD3 } from '../support/generateIshoejD3';
import { withTarget, type Benchmark } from './Benchmark';
import { copyFamilies } from './seedFamilies';
import { median, round2, spread } from './stats';

const FAMILIES = Number(process.env.BENCH_KPI_FAMILIES ?? 100_000);
/** A schema to seed once and keep, so the next runs skip the minutes of seeding. */
const KEPT_SCHEMA = process.env.BENCH_KPI_SCHEMA;
const ROUNDS = 5;
const IMPORT_CHUNK = 2000;

/**
 * The dashboard's KPIs (every KPI of the catalogue, all programmes, whole period) over 100,000 families on
 * PostgreSQL: the generated Hedensted and Ishøj D3 populations, made through the engine, copied with fresh
 * ids until the store holds the wanted number of families.
 *
 * Environment: `BENCH_KPI_FAMILIES` (default 100,000) is the number of families. `BENCH_KPI_SCHEMA=<name>`
 * reuses that schema: seeded when it holds no families, kept afterwards (drop it yourself with
 * `DROP SCHEMA <name> CASCADE`); a schema holding another number of families is refused. Without it a fresh
 * schema is seeded and dropped.
 */
export const kpi: Benchmark = {
  name: 'kpi',
  description: `dashboard KPIs over ${FAMILIES.toLocaleString('en')} families on PostgreSQL`,
  async run() {
    const schema = KEPT_SCHEMA ?? `bench_kpi_${Math.random().toString(36).slice(2, 8)}`;
    if (!/^[a-z_][a-z0-9_]*$/.test(schema))
      throw new Error(`BENCH_KPI_SCHEMA: not a plain schema name: ${schema}`);
    const storage = createPostgresStorage({ connectionString: DATABASE_URL, schema });
    await storage.open();
    try {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.families`);
      const present = rows[0]?.n ?? 0;
      if (present !== 0 && present !== FAMILIES) {
        await client.end();
        throw new Error(
          `schema ${schema} holds ${present} families, not ${FAMILIES}: drop it and seed again`,
        );
      }
      const template = await startTestServer({ schedulerIntervalMs: 0 });
      let kpis;
      try {
        if (present === 0) await seed(template, storage);
        else console.info(`  reusing schema ${schema} (${present} families)`);
        kpis = loadKpiCatalogue(join(process.cwd(), 'definitions'), template.catalog.library);
      } finally {
        await template.dispose();
      }
      if (present === 0) await client.query(`ANALYZE ${schema}.families`);
      await client.end();

      const reports = createReportService(storage, kpis);
      const measure = async (programme: string | undefined) => {
        const times: number[] = [];
        let evaluated = 0;
        for (let round = 0; round < ROUNDS + 1; round++) {
          const t = performance.now();
          const entries = await reports.dashboard(programme ? { programme } : {});
          if (round > 0) times.push(performance.now() - t);
          evaluated = entries.length;
        }
        return { times, evaluated };
      };
      // The dashboard shows one programme at a time; the whole catalogue is the worst case.
      const hedensted = await measure('hedensted');
      const all = await measure(undefined);
      const k07 = (await reports.dashboard({ programme: 'hedensted' })).find((e) => e.kpi.id === 'K07');
      const note = `K07 = ${k07?.result?.total.numerator}/${k07?.result?.total.denominator}; load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`;
      const result = (label: string, m: { times: number[]; evaluated: number }) =>
        withTarget(
          {
            name: `${label}: ${m.evaluated} KPIs, ${FAMILIES.toLocaleString('en')} families (median of ${ROUNDS})`,
            unit: 'ms',
            value: round2(median(m.times)),
            spread: round2(spread(m.times)),
            note,
          },
          '<=',
          2000,
        );
      return [result('Hedensted dashboard', hedensted), result('all programmes', all)];
    } finally {
      await storage.close();
      if (!KEPT_SCHEMA) {
        const client = new pg.Client({ connectionString: DATABASE_URL });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      }
    }
  },
};

/** Fills the store with `FAMILIES` copies of the generated Hedensted and Ishøj D3 families. */
async function seed(template: TestServer, storage: StorageAdapter): Promise<void> {
  await generateHedensted(template);
  await generateIshoejD3(template);
  const summaries = await template.storage.listFamilies();
  const templates = await Promise.all(summaries.map(async (s) => (await template.storage.getFamily(s.id))!));
  const copies = Math.ceil(FAMILIES / templates.length);
  let stored = 0;
  const generators = templates.map((t) => copyFamilies(t, copies, t.family.responsibleId));
  const started = performance.now();
  while (stored < FAMILIES) {
    const chunk: FamilyAggregate[] = [];
    while (chunk.length < IMPORT_CHUNK && stored + chunk.length < FAMILIES) {
      const next = generators[(stored + chunk.length) % generators.length]!.next();
      if (!next.done) chunk.push(next.value);
    }
    await storage.importFamilies(chunk);
    stored += chunk.length;
  }
  console.info(`  seeded ${stored} families in ${Math.round((performance.now() - started) / 1000)} s`);
}
