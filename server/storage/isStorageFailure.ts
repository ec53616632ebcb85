/** File-system errors that mean "the data folder cannot take writes now" (full, read-only, gone, failing). */
const FILE_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EIO', 'EACCES', 'EPERM', 'ENOENT']);
/** Node socket errors and PostgreSQL SQLSTATEs for "the database is not reachable or is restarting". */
const DATABASE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up)
  '08000',
  '08003',
  '08006', // connection exceptions
  '53300', // too_many_connections
]);

/**
 * Whether an error is the store being unavailable (a condition that passes) rather than a bug: those are
 * answered 503 with Retry-After and make the server report itself not ready until a probe succeeds.
 */
export function isStorageFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, syscall } = error as { code?: unknown; message?: unknown; syscall?: unknown };
  if (typeof code === 'string') {
    // ENOENT only counts from a file operation (a vanished data folder), not e.g. a missing module.
    if (code === 'ENOENT') return typeof syscall === 'string';
    if (FILE_CODES.has(code) || DATABASE_CODES.has(code)) return true;
  }
  return (
    typeof message === 'string' &&
    /Connection terminated|connection timeout|Client has encountered a connection error/i.test(message)
  );
}
