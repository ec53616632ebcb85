import type pg from 'pg';
import { isStorageFailure } from '../isStorageFailure';

export type Transaction = <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>;

/** Runs `work` in one transaction on a client of `pool`: committed if it resolves, rolled back if it throws. */
export function createTransaction(pool: pg.Pool): Transaction {
  return async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    // A checked-out client reports a dropped connection (database restart) as an 'error' event; unhandled,
    // that would end the process. The failing query rejects anyway; the broken client is then discarded.
    let broken: Error | undefined;
    const onError = (error: Error) => {
      broken = error;
    };
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      broken ??= error instanceof Error && isStorageFailure(error) ? error : undefined;
      throw error;
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  };
}
