import { resolve } from 'node:path';
import { createLowdbStorage } from '../storage/createLowdbStorage';
import { createPostgresStorage } from '../storage/postgres/createPostgresStorage';
import { moveStore } from './moveStore';

/**
 * `npm run store -- move-to-postgres`: moves the embedded store in DATA_DIR (default ./data) into the
 * PostgreSQL database in DATABASE_URL. Stop the server first; the embedded store is left as it was.
 */
const [command] = process.argv.slice(2);
if (command !== 'move-to-postgres' || !process.env.DATABASE_URL) {
  console.error('Usage: DATABASE_URL=postgres://… [DATA_DIR=./data] npm run store -- move-to-postgres');
  process.exit(2);
}
const from = createLowdbStorage(resolve(process.env.DATA_DIR ?? 'data'));
const to = createPostgresStorage({
  connectionString: process.env.DATABASE_URL,
  ...(process.env.DATABASE_SCHEMA ? { schema: process.env.DATABASE_SCHEMA } : {}),
});
try {
  await from.open();
  await to.open();
  const report = await moveStore(from, to, (line) => console.info(line));
  console.info(
    `Moved ${report.families} families, ${report.users} users and ${report.definitions} definitions to PostgreSQL.`,
  );
} catch (error) {
  console.error(`Nothing more was moved: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await from.close();
  await to.close();
}
