import type pg from 'pg';
import type { OrganisationRecord, StorageAdapter } from '../storage/types';

type RecordPort = Pick<StorageAdapter, 'putOrganisationRecord' | 'listOrganisationRecords'>;

/** Organisation records in PostgreSQL: one row per record (table `organisation_records`). */
export function createPostgresRecordStore(pool: pg.Pool): RecordPort {
  return {
    async putOrganisationRecord(record) {
      await pool.query(
        'INSERT INTO organisation_records (id, form_id, team, submitted_at, data) VALUES ($1, $2, $3, $4, $5)',
        [record.id, record.formId, record.team, record.submittedAt, record],
      );
    },
    async listOrganisationRecords(filter = {}) {
      const { rows } = await pool.query<{ data: OrganisationRecord }>(
        `SELECT data FROM organisation_records
         WHERE ($1::text IS NULL OR form_id = $1) AND ($2::text IS NULL OR team = $2)
         ORDER BY submitted_at DESC, id`,
        [filter.formId ?? null, filter.team ?? null],
      );
      return rows.map((r) => r.data);
    },
  };
}
