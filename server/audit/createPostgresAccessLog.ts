import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { AccessEntry, ChainedEntry } from './AccessEntry';
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
  const inTransaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      // One lock per schema: every process appends (and sets up the tables) one at a time.
      await client.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.access_log'))`);
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
  // The search-hash key lives in the database, so every process hashes a criterion the same way.
  const key = await inTransaction(async (client) => {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query('CREATE TABLE IF NOT EXISTS access_log (seq bigint PRIMARY KEY, line text NOT NULL)');
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
        await inTransaction(async (client) => {
          const { rows } = await client.query<{ seq: string; line: string }>(
            'SELECT seq, line FROM access_log ORDER BY seq DESC LIMIT 1',
          );
          let seq = rows[0] ? Number(rows[0].seq) : 0;
          let head = rows[0] ? (JSON.parse(rows[0].line) as ChainedEntry).hash : GENESIS_HASH;
          const values: unknown[] = [];
          for (const { entry } of batch) {
            const chained = chainEntry(entry, ++seq, head);
            head = chained.hash;
            values.push(seq, JSON.stringify(chained));
          }
          const placeholders = batch.map((_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(', ');
          await client.query(`INSERT INTO access_log (seq, line) VALUES ${placeholders}`, values);
        });
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
