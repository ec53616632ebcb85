import type pg from 'pg';
import {
  DefinitionDraftConflictError,
  type DefinitionHistoryEntry,
  type DefinitionLifecycle,
  type StoredDefinition,
  type StoredDefinitionDraft,
} from '../types';
import type { Transaction } from './createTransaction';

/**
 * Definition drafts and their lifecycle on PostgreSQL: a draft row with a revision for optimistic
 * concurrency, and an append-only history written in the same transaction as the change it records.
 */
export function createPostgresDefinitionLifecycle(
  pool: pg.Pool,
  transaction: Transaction,
): DefinitionLifecycle {
  const insertHistory = (client: pg.PoolClient | pg.Pool, entry: DefinitionHistoryEntry) =>
    client.query('INSERT INTO definition_history (kind, id, entry) VALUES ($1, $2, $3)', [
      entry.kind,
      entry.id,
      entry,
    ]);
  const lifecycle: DefinitionLifecycle = {
    async getDefinitionsStamp() {
      const { rows } = await pool.query<{ stamp: string }>(
        "SELECT count(*) || ':' || count(retired_at) AS stamp FROM definitions",
      );
      return rows[0]?.stamp ?? '0:0';
    },
    async listDefinitionDrafts(kind) {
      const { rows } = await pool.query<{ data: StoredDefinitionDraft }>(
        'SELECT data FROM definition_drafts WHERE $1::text IS NULL OR kind = $1 ORDER BY kind, id',
        [kind ?? null],
      );
      return rows.map((r) => r.data);
    },
    async getDefinitionDraft(kind, id) {
      const { rows } = await pool.query<{ data: StoredDefinitionDraft }>(
        'SELECT data FROM definition_drafts WHERE kind = $1 AND id = $2',
        [kind, id],
      );
      return rows[0]?.data;
    },
    putDefinitionDraft: (draft, entry) =>
      transaction(async (client) => {
        const written =
          draft.revision === 1
            ? await client.query(
                'INSERT INTO definition_drafts (kind, id, revision, data) VALUES ($1, $2, 1, $3) ON CONFLICT DO NOTHING',
                [draft.kind, draft.id, draft],
              )
            : await client.query(
                'UPDATE definition_drafts SET revision = $3, data = $4 WHERE kind = $1 AND id = $2 AND revision = $5',
                [draft.kind, draft.id, draft.revision, draft, draft.revision - 1],
              );
        if (written.rowCount !== 1) throw new DefinitionDraftConflictError(draft.kind, draft.id);
        if (entry) await insertHistory(client, entry);
      }),
    deleteDefinitionDraft: (kind, id, revision, entry) =>
      transaction(async (client) => {
        const deleted = await client.query(
          'DELETE FROM definition_drafts WHERE kind = $1 AND id = $2 AND revision = $3',
          [kind, id, revision],
        );
        if (deleted.rowCount !== 1) throw new DefinitionDraftConflictError(kind, id);
        if (entry) await insertHistory(client, entry);
      }),
    async listDefinitionHistory(kind, id) {
      const { rows } = await pool.query<{ entry: DefinitionHistoryEntry }>(
        'SELECT entry FROM definition_history WHERE kind = $1 AND id = $2 ORDER BY seq',
        [kind, id],
      );
      return rows.map((r) => r.entry);
    },
    appendDefinitionHistory: (...entries) =>
      transaction(async (client) => {
        for (const entry of entries) await insertHistory(client, entry);
      }),
    publishDefinition: (d: StoredDefinition, entry, draftRevision) =>
      transaction(async (client) => {
        if (draftRevision !== undefined) {
          const deleted = await client.query(
            'DELETE FROM definition_drafts WHERE kind = $1 AND id = $2 AND revision = $3',
            [d.kind, d.id, draftRevision],
          );
          if (deleted.rowCount !== 1) throw new DefinitionDraftConflictError(d.kind, d.id);
        }
        const result = await client.query(
          'INSERT INTO definitions (kind, id, version, hash, content, added_at, scenarios) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING',
          [
            d.kind,
            d.id,
            d.version,
            d.hash,
            JSON.stringify(d.content),
            d.addedAt,
            d.scenarios ? JSON.stringify(d.scenarios) : null,
          ],
        );
        if (result.rowCount === 0)
          throw new Error(`${d.kind} ${d.id} version ${d.version} is already stored`);
        await insertHistory(client, entry);
      }),
    retireDefinition: (kind, id, version, entry) =>
      transaction(async (client) => {
        const updated = await client.query(
          'UPDATE definitions SET retired_at = COALESCE(retired_at, $4) WHERE kind = $1 AND id = $2 AND version = $3',
          [kind, id, version, entry.at],
        );
        if (updated.rowCount !== 1) throw new Error(`${kind} ${id} version ${version} is not stored`);
        await insertHistory(client, entry);
      }),
  };
  return lifecycle;
}
