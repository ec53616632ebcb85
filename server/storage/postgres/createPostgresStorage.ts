import pg from 'pg';
import { toDueRows } from '../toDueRows';
import {
  RevisionConflictError,
  type DueRow,
  type FamilyAggregate,
  type FamilySummary,
  type StorageAdapter,
} from '../types';

const IMPORT_BATCH = 500;
import { migrations } from './migrations';

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
  });
  pool.on('error', (error) => console.error(`PostgreSQL pool error: ${error.message}`));

  const transaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };

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
    };
    const written =
      aggregate.revision === 1
        ? await client.query(
            'INSERT INTO families (id, revision, created_at, summary, data) VALUES ($1, 1, $2, $3, $4) ON CONFLICT (id) DO NOTHING',
            [family.id, family.createdAt, summary, aggregate],
          )
        : await client.query(
            'UPDATE families SET revision = $2, summary = $3, data = $4 WHERE id = $1 AND revision = $5',
            [family.id, aggregate.revision, summary, aggregate, aggregate.revision - 1],
          );
    if (written.rowCount !== 1) throw new RevisionConflictError(family.id);
    await client.query(
      'INSERT INTO pathway_index (pathway_id, family_id) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING',
      [Object.keys(aggregate.pathways), family.id],
    );
    await client.query(
      'INSERT INTO submission_index (submission_id, family_id) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING',
      [Object.keys(aggregate.submissions), family.id],
    );
    await client.query('DELETE FROM due_rows WHERE family_id = $1', [family.id]);
    const rows = toDueRows(aggregate);
    if (rows.length > 0) {
      await client.query(
        `INSERT INTO due_rows (family_id, pathway_id, state, due_date, event, responsible_id, team, workflow_id, row)
         SELECT $1, r->>'pathwayId', r->>'state', (r->>'dueDate')::date, r->>'event', r->>'responsibleId', r->>'team', r->>'workflowId', r
         FROM jsonb_array_elements($2::jsonb) AS r`,
        [family.id, JSON.stringify(rows)],
      );
    }
  };

  return {
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
    },
    close: () => pool.end(),
    async listUsers() {
      const { rows } = await pool.query<{ data: never }>('SELECT data FROM users ORDER BY username');
      return rows.map((r) => r.data);
    },
    async putUser(user) {
      await pool.query(
        'INSERT INTO users (id, username, data) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET username = $2, data = $3',
        [user.id, user.username, user],
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
      }>('SELECT kind, id, version, hash, content, added_at FROM definitions ORDER BY kind, id, version');
      return rows.map((r) => ({
        kind: r.kind,
        id: r.id,
        version: r.version,
        hash: r.hash,
        content: r.content,
        addedAt: r.added_at.toISOString(),
      }));
    },
    async putDefinition(d) {
      const result = await pool.query(
        'INSERT INTO definitions (kind, id, version, hash, content, added_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING',
        [d.kind, d.id, d.version, d.hash, JSON.stringify(d.content), d.addedAt],
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
    async deleteDrafts(pathwayId, formId) {
      await pool.query('DELETE FROM drafts WHERE pathway_id = $1 AND form_id = $2', [pathwayId, formId]);
    },
  };
}
