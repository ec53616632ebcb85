import type pg from 'pg';
import type { MigrationBatch, StorageAdapter } from '../storage/types';

type MigrationPort = Pick<
  StorageAdapter,
  'listFamilyIdsOnWorkflow' | 'putMigrationBatch' | 'getMigrationBatch' | 'listMigrationBatches'
>;

/** The migration part of the PostgreSQL store: one row per batch (table `migration_batches`, schema v3). */
export function createPostgresMigrationStore(pool: pg.Pool): MigrationPort {
  return {
    async listFamilyIdsOnWorkflow(workflowId, version) {
      const { rows } = await pool.query<{ id: string }>(
        `SELECT f.id FROM families f
         WHERE EXISTS (
           SELECT 1 FROM jsonb_each(f.data->'pathways') AS p
           WHERE p.value->'workflow'->>'id' = $1 AND (p.value->'workflow'->>'version')::int = $2
             AND p.value->'snapshot'->>'status' = 'active')
         ORDER BY f.id`,
        [workflowId, version],
      );
      return rows.map((r) => r.id);
    },
    async putMigrationBatch(batch) {
      await pool.query(
        `INSERT INTO migration_batches (id, workflow_id, ran_at, data) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data`,
        [batch.id, batch.workflowId, batch.ranAt, batch],
      );
    },
    async getMigrationBatch(id) {
      const { rows } = await pool.query<{ data: MigrationBatch }>(
        'SELECT data FROM migration_batches WHERE id = $1',
        [id],
      );
      return rows[0]?.data;
    },
    async listMigrationBatches(workflowId) {
      const { rows } = await pool.query<{ data: MigrationBatch }>(
        `SELECT data FROM migration_batches WHERE $1::text IS NULL OR workflow_id = $1
         ORDER BY ran_at DESC, id`,
        [workflowId ?? null],
      );
      return rows.map((r) => r.data);
    },
  };
}
