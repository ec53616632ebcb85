import pg from 'pg';
import type { JobClaim } from './JobClaim';

/**
 * Daily jobs on PostgreSQL, where several server processes share one database: a transaction holds a
 * try-advisory lock per job while the work runs (a second process gets `busy` and does not wait), and the
 * finished day is written in the same transaction, so a later tick in any process finds it `done`. If the
 * work fails, the transaction rolls back and the next tick tries again.
 */
export function createPostgresJobClaim(options: { connectionString: string; schema?: string }): JobClaim {
  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Invalid schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: 1,
    options: `-c search_path=${schema}`,
    application_name: `forloeb:${schema}:jobs`,
  });
  pool.on('error', (error) => console.error(`PostgreSQL job pool error: ${error.message}`));
  return {
    async once(name, day, work) {
      const client = await pool.connect();
      client.on('error', () => undefined); // a dropped connection fails the query below, not the process
      try {
        await client.query('BEGIN');
        const { rows } = await client.query<{ locked: boolean }>(
          'SELECT pg_try_advisory_xact_lock(hashtext(current_schema() || $1)) AS locked',
          [`.job.${name}`],
        );
        if (!rows[0]?.locked) {
          await client.query('ROLLBACK');
          return { status: 'busy' };
        }
        await client.query(
          'CREATE TABLE IF NOT EXISTS job_runs (name text NOT NULL, day text NOT NULL, finished_at timestamptz NOT NULL, PRIMARY KEY (name, day))',
        );
        const done = await client.query('SELECT 1 FROM job_runs WHERE name = $1 AND day = $2', [name, day]);
        if (done.rowCount) {
          await client.query('ROLLBACK');
          return { status: 'done' };
        }
        const result = await work();
        await client.query('INSERT INTO job_runs VALUES ($1, $2, now())', [name, day]);
        await client.query('COMMIT');
        return { status: 'ran', result };
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
