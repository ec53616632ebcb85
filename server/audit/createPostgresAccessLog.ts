import { randomBytes, randomInt } from 'node:crypto';
import pg from 'pg';
import type { AccessEntry, ChainedEntry } from './AccessEntry';
import { collectPage, concernsFamilies } from './AccessQuery';
import { chainEntry, GENESIS_HASH } from './chainEntry';
import type { AccessLog } from './createAccessLog';
import { createSearchHasher } from './createSearchHasher';
import { verifyAccessChain } from './verifyAccessChain';

/**
 * The access log on PostgreSQL, for several server processes on one database: one table, one chain. An
 * append takes a transaction-scoped advisory lock, reads the last entry, and inserts the batch chained to
 * it, so appends from all processes are serialised and the chain holds. Entries that arrive while a batch
 * is being written share the next transaction (group commit); `record` resolves after COMMIT.
 */
export async function createPostgresAccessLog(options: {
  connectionString: string;
  schema?: string;
}): Promise<AccessLog> {
  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Invalid schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: 2,
    options: `-c search_path=${schema}`,
    application_name: `forloeb:${schema}:access-log`,
  });
  pool.on('error', (error) => console.error(`PostgreSQL access-log pool error: ${error.message}`));
  // One lock per schema: every process appends (and sets up the tables) one at a time.
  const LOCK = `SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.access_log'))`;
  /** `first` runs in the same round trip as BEGIN and the lock: every request waits for an append. */
  const inTransaction = async <T>(
    work: (client: pg.PoolClient, first: pg.QueryResult[]) => Promise<T>,
    first = '',
  ): Promise<T> => {
    const client = await pool.connect();
    try {
      const results = await client.query(['BEGIN', LOCK, first].filter(Boolean).join('; '));
      const result = await work(client, (results as unknown as pg.QueryResult[]).slice(2));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  // The search-hash key lives in the database, so every process hashes a criterion the same way.
  const key = await inTransaction(async (client) => {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query('CREATE TABLE IF NOT EXISTS access_log (seq bigint PRIMARY KEY, line text NOT NULL)');
    // Who and whose data as indexed columns, so the audit views query by them instead of reading the log.
    // Added (and filled from the lines) once, for a log written before they existed.
    const { rowCount } = await client.query(
      "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'access_log' AND column_name = 'user_id'",
    );
    if (!rowCount) {
      await client.query('ALTER TABLE access_log ADD COLUMN user_id text, ADD COLUMN families text[]');
      await client.query(
        `UPDATE access_log SET user_id = line::jsonb->>'userId', families = ARRAY(
           SELECT DISTINCT f FROM (
             SELECT line::jsonb->>'familyId' AS f
             UNION ALL SELECT jsonb_array_elements_text(COALESCE(line::jsonb->'familyIds', '[]'::jsonb))
           ) fs WHERE f IS NOT NULL)`,
      );
      await client.query('CREATE INDEX access_log_user ON access_log (user_id, seq)');
      await client.query(
        'CREATE INDEX access_log_families ON access_log USING gin (families) WITH (fastupdate = off)',
      );
    }
    // A GIN index's pending list is merged into the index by the append that overflows it, inside the
    // append's lock: every request waiting for the log then waits for the merge (hundreds of ms with the
    // worklist's 150 families an entry). Without the list each append pays a little, steadily.
    const { rowCount: listed } = await client.query(
      "SELECT 1 FROM pg_class WHERE oid = to_regclass('access_log_families') AND NOT ('fastupdate=off' = ANY(COALESCE(reloptions, '{}')))",
    );
    if (listed) {
      await client.query('ALTER INDEX access_log_families SET (fastupdate = off)');
      await client.query("SELECT gin_clean_pending_list('access_log_families')");
    }
    await client.query(
      'CREATE TABLE IF NOT EXISTS access_log_key (id integer PRIMARY KEY, key text NOT NULL)',
    );
    await client.query('INSERT INTO access_log_key VALUES (1, $1) ON CONFLICT (id) DO NOTHING', [
      randomBytes(32).toString('hex'),
    ]);
    const { rows } = await client.query<{ key: string }>('SELECT key FROM access_log_key WHERE id = 1');
    return rows[0]!.key;
  });
  const describeSearch = await createSearchHasher('', process.env.FORLOEB_AUDIT_KEY ?? key);

  let pending: { entry: AccessEntry; done: (error?: Error) => void }[] = [];
  let flushing: Promise<void> | undefined;
  const flush = async (): Promise<void> => {
    while (pending.length > 0) {
      const batch = pending;
      pending = [];
      try {
        await inTransaction(async (client, [last]) => {
          const rows = last!.rows as { seq: string; line: string }[];
          let seq = rows[0] ? Number(rows[0].seq) : 0;
          let head = rows[0] ? (JSON.parse(rows[0].line) as ChainedEntry).hash : GENESIS_HASH;
          const values: unknown[] = [];
          for (const { entry } of batch) {
            const chained = chainEntry(entry, ++seq, head);
            head = chained.hash;
            const families = [
              ...new Set([...(entry.familyId ? [entry.familyId] : []), ...(entry.familyIds ?? [])]),
            ];
            values.push(seq, JSON.stringify(chained), entry.userId, families);
          }
          const placeholders = batch
            .map((_, i) => `($${4 * i + 1}, $${4 * i + 2}, $${4 * i + 3}, $${4 * i + 4})`)
            .join(', ');
          await client.query(
            `INSERT INTO access_log (seq, line, user_id, families) VALUES ${placeholders}`,
            values,
          );
        }, 'SELECT seq, line FROM access_log ORDER BY seq DESC LIMIT 1');
        batch.forEach((p) => p.done());
      } catch (error) {
        batch.forEach((p) => p.done(error as Error));
      }
    }
    flushing = undefined;
  };
  const readLines = async () =>
    (await pool.query<{ line: string }>('SELECT line FROM access_log ORDER BY seq')).rows.map((r) => r.line);
  return {
    record(entry) {
      return new Promise<void>((resolve, reject) => {
        pending.push({ entry, done: (error) => (error ? reject(error) : resolve()) });
        flushing ??= flush();
      });
    },
    async list() {
      await flushing;
      return (await readLines()).map((line) => JSON.parse(line) as ChainedEntry);
    },
    async page(query) {
      await flushing;
      const [column, value] =
        query.familyId !== undefined
          ? ['families @> ARRAY[$1]', query.familyId]
          : ['user_id = $1', query.userId ?? ''];
      return collectPage(query, async (before, count) => {
        const { rows } = await pool.query<{ line: string }>(
          `SELECT line FROM access_log WHERE ${column} AND ($2::bigint IS NULL OR seq < $2)
           ORDER BY seq DESC LIMIT $3`,
          [value, before ?? null, count],
        );
        return rows.map((r) => JSON.parse(r.line) as ChainedEntry);
      });
    },
    async sample(size, pick = randomInt) {
      await flushing;
      // Uniform over the entries that concern families: draw seqs at random and keep those that do
      // (a primary-key look-up each), a few rounds; what is still missing is drawn by the database.
      const { rows: last } = await pool.query<{ seq: string }>('SELECT max(seq) AS seq FROM access_log');
      const max = Number(last[0]?.seq ?? 0);
      const found = new Map<number, ChainedEntry>();
      const tried = new Set<number>();
      for (let round = 0; round < 6 && found.size < size && tried.size < max; round++) {
        const draw: number[] = [];
        for (let i = 0; i < (size - found.size) * 4 && tried.size < max; i++) {
          const seq = 1 + pick(max);
          if (!tried.has(seq)) draw.push(seq);
          tried.add(seq);
        }
        const { rows } = await pool.query<{ line: string }>(
          'SELECT line FROM access_log WHERE seq = ANY($1::bigint[]) AND cardinality(families) > 0',
          [draw],
        );
        for (const row of rows) {
          const entry = JSON.parse(row.line) as ChainedEntry;
          if (found.size < size && concernsFamilies(entry)) found.set(entry.seq, entry);
        }
      }
      if (found.size < size) {
        const { rows } = await pool.query<{ line: string }>(
          `SELECT line FROM access_log WHERE cardinality(families) > 0 AND NOT (seq = ANY($1::bigint[]))
           ORDER BY random() LIMIT $2`,
          [[...found.keys()], size - found.size],
        );
        for (const row of rows) {
          const entry = JSON.parse(row.line) as ChainedEntry;
          found.set(entry.seq, entry);
        }
      }
      return [...found.values()].sort((a, b) => b.seq - a.seq);
    },
    async verify() {
      await flushing;
      return verifyAccessChain(await readLines());
    },
    describeSearch,
    async close() {
      await flushing;
      await pool.end();
    },
  };
}
