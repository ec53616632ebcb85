import pg from 'pg';
import { toDueRows } from '../toDueRows';
import { backfillReportFacts, listReportFacts, writeReportFacts } from './listReportFacts';
import {
  RevisionConflictError,
  type DueRow,
  type FamilyAggregate,
  type FamilySummary,
  type LoginFailures,
  type StorageAdapter,
} from '../types';
import { createPostgresDefinitionLifecycle } from './createPostgresDefinitionLifecycle';
import { createTransaction } from './createTransaction';
import { migrations } from './migrations';
import { createPostgresMigrationStore } from '../../migrations/createPostgresMigrationStore';
import { createPostgresRecordStore } from '../../records/createPostgresRecordStore';

const IMPORT_BATCH = 500;

export interface PostgresOptions {
  connectionString: string;
  /** A schema of its own (created if missing): lets tests and several municipalities share a server. */
  schema?: string;
  poolSize?: number;
}

/**
 * The PostgreSQL adapter: several server processes can share one database. A family is one row (its
 * aggregate as JSONB) with a revision column for optimistic concurrency; the lookup and worklist rows are
 * written in the same transaction, so they never disagree with the aggregate.
 */
export function createPostgresStorage(options: PostgresOptions): StorageAdapter {
  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Invalid schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    options: `-c search_path=${schema}`,
    // Names this store's connections, so operators (and the fault tests) can tell them apart.
    application_name: `forloeb:${schema}`,
  });
  pool.on('error', (error) => console.error(`PostgreSQL pool error: ${error.message}`));
  // Every client, also one checked out by code that forgets to listen: a dropped connection must fail the
  // query in flight (answered 503), never end the process with an unhandled 'error' event.
  pool.on('connect', (client) => client.on('error', () => undefined));

  const transaction = createTransaction(pool);

  /** The aggregate row, its lookup rows and its worklist rows, in the caller's transaction. */
  const writeFamily = async (client: pg.PoolClient, aggregate: FamilyAggregate) => {
    const { family } = aggregate;
    const summary: FamilySummary = {
      id: family.id,
      name: family.name,
      members: family.members,
      createdAt: family.createdAt,
      responsibleId: family.responsibleId,
      team: family.team,
      ...(family.district ? { district: family.district } : {}),
      ...(family.municipality ? { municipality: family.municipality } : {}),
    };
    // The aggregate and its lookup rows in one statement, and the due rows in another: each statement is a
    // round trip while the transaction holds its locks, and a submission waits for all of them.
    const lookups = `pathways AS (
        INSERT INTO pathway_index (pathway_id, family_id) SELECT unnest($5::text[]), $1 ON CONFLICT DO NOTHING),
      submissions AS (
        INSERT INTO submission_index (submission_id, family_id) SELECT unnest($6::text[]), $1 ON CONFLICT DO NOTHING)`;
    const ids = [Object.keys(aggregate.pathways), Object.keys(aggregate.submissions)];
    const written =
      aggregate.revision === 1
        ? await client.query(
            `WITH family AS (
               INSERT INTO families (id, revision, created_at, summary, data) VALUES ($1, 1, $2, $3, $4)
               ON CONFLICT (id) DO NOTHING RETURNING 1),
             ${lookups}
             SELECT 1 FROM family`,
            [family.id, family.createdAt, summary, aggregate, ...ids],
          )
        : await client.query(
            `WITH family AS (
               UPDATE families SET revision = $2, summary = $3, data = $4 WHERE id = $1 AND revision = $7
               RETURNING 1),
             ${lookups}
             SELECT 1 FROM family`,
            [family.id, aggregate.revision, summary, aggregate, ...ids, aggregate.revision - 1],
          );
    if (written.rowCount !== 1) throw new RevisionConflictError(family.id);
    await writeReportFacts(client, aggregate); // reporting rows (reports)
    // The DELETE sees the rows from before the statement only, so it never removes the new ones.
    await client.query(
      `WITH gone AS (DELETE FROM due_rows WHERE family_id = $1)
       INSERT INTO due_rows (family_id, pathway_id, state, due_date, event, responsible_id, team, workflow_id, row)
       SELECT $1, r->>'pathwayId', r->>'state', (r->>'dueDate')::date, r->>'event', r->>'responsibleId', r->>'team', r->>'workflowId', r
       FROM jsonb_array_elements($2::jsonb) AS r`,
      [family.id, JSON.stringify(toDueRows(aggregate))],
    );
  };

  return {
    ...createPostgresDefinitionLifecycle(pool, transaction),
    // Migration batches (versions-ui).
    ...createPostgresMigrationStore(pool),
    ...createPostgresRecordStore(pool),
    async probe() {
      await pool.query('SELECT 1');
    },
    async open() {
      await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await transaction(async (client) => {
        // One migrator at a time, even with several servers starting together.
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`forloeb-migrate-${schema}`]);
        await client.query(
          'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL)',
        );
        const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
        const applied = new Set(rows.map((r) => r.version));
        for (const migration of migrations) {
          if (applied.has(migration.version)) continue;
          await client.query(migration.sql);
          await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, now())', [
            migration.version,
          ]);
        }
      });
      await backfillReportFacts(transaction, `forloeb-report-facts-${schema}`); // reporting rows (reports)
    },
    close: () => pool.end(),
    async listUsers() {
      const { rows } = await pool.query<{ data: never }>('SELECT data FROM users ORDER BY username');
      return rows.map((r) => r.data);
    },
    async getUser(id) {
      const { rows } = await pool.query<{ data: never }>('SELECT data FROM users WHERE id = $1', [id]);
      return rows[0]?.data;
    },
    async putUser(user) {
      await pool.query(
        'INSERT INTO users (id, username, data) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET username = $2, data = $3',
        [user.id, user.username, user],
      );
    },
    async getLoginFailures(key) {
      const { rows } = await pool.query<{ data: LoginFailures }>(
        'SELECT data FROM login_failures WHERE key = $1',
        [key],
      );
      return rows[0]?.data;
    },
    async putLoginFailures(key, record, now) {
      if (!record)
        await pool.query('DELETE FROM login_failures WHERE key = $1 OR expires_at < $2', [key, now]);
      else
        await pool.query(
          `WITH forgotten AS (DELETE FROM login_failures WHERE expires_at < $2 AND key <> $1)
           INSERT INTO login_failures (key, data, expires_at) VALUES ($1, $3, $4)
           ON CONFLICT (key) DO UPDATE SET data = $3, expires_at = $4`,
          [key, now, record, record.expiresAt],
        );
    },
    async listDefinitions() {
      const { rows } = await pool.query<{
        kind: 'form' | 'workflow';
        id: string;
        version: number;
        hash: string;
        content: unknown;
        added_at: Date;
        scenarios: unknown[] | null;
        retired_at: Date | null;
      }>(
        'SELECT kind, id, version, hash, content, added_at, scenarios, retired_at FROM definitions ORDER BY kind, id, version',
      );
      return rows.map((r) => ({
        kind: r.kind,
        id: r.id,
        version: r.version,
        hash: r.hash,
        content: r.content,
        addedAt: r.added_at.toISOString(),
        ...(r.scenarios ? { scenarios: r.scenarios } : {}),
        ...(r.retired_at ? { retiredAt: r.retired_at.toISOString() } : {}),
      }));
    },
    async putDefinition(d) {
      const result = await pool.query(
        'INSERT INTO definitions (kind, id, version, hash, content, added_at, scenarios, retired_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING',
        [
          d.kind,
          d.id,
          d.version,
          d.hash,
          JSON.stringify(d.content),
          d.addedAt,
          d.scenarios ? JSON.stringify(d.scenarios) : null,
          d.retiredAt ?? null,
        ],
      );
      if (result.rowCount === 0) throw new Error(`${d.kind} ${d.id} version ${d.version} is already stored`);
    },
    async getSession(id) {
      const { rows } = await pool.query<{ id: string; user_id: string; created_at: Date }>(
        'SELECT * FROM sessions WHERE id = $1',
        [id],
      );
      const row = rows[0];
      return row ? { id: row.id, userId: row.user_id, createdAt: row.created_at.toISOString() } : undefined;
    },
    async putSession(s) {
      await pool.query(
        'INSERT INTO sessions (id, user_id, created_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING',
        [s.id, s.userId, s.createdAt],
      );
    },
    async deleteSession(id) {
      await pool.query('DELETE FROM sessions WHERE id = $1', [id]);
    },
    async listFamilies(filter = {}) {
      const { rows } = await pool.query<{ summary: FamilySummary }>(
        `SELECT summary FROM families
         WHERE ($1::text[] IS NULL OR id = ANY($1)) AND ($2::text IS NULL OR summary->>'responsibleId' = $2)
         ORDER BY created_at DESC`,
        [filter.ids ?? null, filter.responsibleId ?? null],
      );
      return rows.map((r) => r.summary);
    },
    async getFamily(id) {
      const { rows } = await pool.query<{ data: never }>('SELECT data FROM families WHERE id = $1', [id]);
      return rows[0]?.data;
    },
    async findFamilyOfPathway(id) {
      const { rows } = await pool.query<{ family_id: string }>(
        'SELECT family_id FROM pathway_index WHERE pathway_id = $1',
        [id],
      );
      return rows[0]?.family_id;
    },
    async findFamilyOfSubmission(id) {
      const { rows } = await pool.query<{ family_id: string }>(
        'SELECT family_id FROM submission_index WHERE submission_id = $1',
        [id],
      );
      return rows[0]?.family_id;
    },
    async saveFamily(aggregate) {
      await transaction((client) => writeFamily(client, aggregate));
    },
    async importFamilies(aggregates) {
      for (let i = 0; i < aggregates.length; i += IMPORT_BATCH) {
        await transaction(async (client) => {
          for (const aggregate of aggregates.slice(i, i + IMPORT_BATCH))
            await writeFamily(client, { ...aggregate, revision: 1 });
        });
      }
    },
    async listDue(query) {
      const where: string[] = [];
      const values: unknown[] = [];
      const add = (sql: string, value: unknown) => {
        values.push(value);
        where.push(sql.replace('?', `$${values.length}`));
      };
      if (query.responsibleId !== undefined) add('responsible_id = ?', query.responsibleId);
      if (query.team !== undefined) add('team = ?', query.team);
      if (query.district !== undefined) add("row->>'district' = ?", query.district);
      if (query.until !== undefined) add('due_date <= ?', query.until);
      if (query.workflowId !== undefined) add('workflow_id = ?', query.workflowId);
      if (query.withEvent) where.push('event IS NOT NULL');
      const limit = query.limit !== undefined ? `LIMIT ${Math.max(0, Math.floor(query.limit))}` : '';
      const { rows } = await pool.query<{ row: DueRow }>(
        `SELECT row FROM due_rows ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY due_date, family_id, state ${limit}`,
        values,
      );
      return rows.map((r) => r.row);
    },
    async getDraft(pathwayId, formId, userId) {
      const { rows } = await pool.query<{ data: never }>(
        'SELECT data FROM drafts WHERE pathway_id = $1 AND form_id = $2 AND user_id = $3',
        [pathwayId, formId, userId],
      );
      return rows[0]?.data;
    },
    async putDraft(draft) {
      const result =
        draft.version === 1
          ? await pool.query(
              'INSERT INTO drafts (pathway_id, form_id, user_id, version, data) VALUES ($1, $2, $3, 1, $4) ON CONFLICT DO NOTHING',
              [draft.pathwayId, draft.formId, draft.userId, draft],
            )
          : await pool.query(
              'UPDATE drafts SET version = $4, data = $5 WHERE pathway_id = $1 AND form_id = $2 AND user_id = $3 AND version = $6',
              [draft.pathwayId, draft.formId, draft.userId, draft.version, draft, draft.version - 1],
            );
      if (result.rowCount !== 1) throw new RevisionConflictError(draft.familyId);
    },
    // --- Reporting (reports): read-only ---
    listReportFacts: (query) => listReportFacts(pool, query),
    // --- end reporting ---
    async deleteDrafts(pathwayId, formId) {
      await pool.query('DELETE FROM drafts WHERE pathway_id = $1 AND form_id = $2', [pathwayId, formId]);
    },
    // --- Retention (security-log): one transaction, so a family is deleted completely or not at all ---
    deleteFamily: (id) =>
      transaction(async (client) => {
        await client.query(
          'DELETE FROM drafts WHERE pathway_id IN (SELECT pathway_id FROM pathway_index WHERE family_id = $1)',
          [id],
        );
        await client.query('DELETE FROM due_rows WHERE family_id = $1', [id]);
        await client.query('DELETE FROM pathway_index WHERE family_id = $1', [id]);
        await client.query('DELETE FROM submission_index WHERE family_id = $1', [id]);
        const deleted = await client.query('DELETE FROM families WHERE id = $1', [id]);
        return deleted.rowCount === 1;
      }),
    // --- end retention ---
  };
}
