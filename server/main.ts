import { DefinitionError } from '../runtime';
import { toOidcSettings } from './auth/OidcSettings';
import { toLimits } from './http/Limits';
import { startServer } from './startServer';

// The entry point of `npm start`: configuration comes from the environment only.
const port = Number(process.env.PORT ?? 3000);

try {
  const server = await startServer({
    port,
    host: process.env.HOST ?? '0.0.0.0',
    ...(process.env.DATA_DIR ? { dataDir: process.env.DATA_DIR } : {}),
    ...(process.env.DEFINITIONS_DIR ? { definitionsDir: process.env.DEFINITIONS_DIR } : {}),
    ...(process.env.PARAMETERS_FILE ? { parametersFile: process.env.PARAMETERS_FILE } : {}),
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
    ...(process.env.DATABASE_SCHEMA ? { databaseSchema: process.env.DATABASE_SCHEMA } : {}),
    seedDemoUsers: process.env.SEED_DEMO_USERS !== 'false',
    ...(process.env.SCHEDULER_INTERVAL_MS
      ? { schedulerIntervalMs: Number(process.env.SCHEDULER_INTERVAL_MS) }
      : {}),
    secureCookies: process.env.SECURE_COOKIES === 'true',
    limits: toLimits(process.env),
    ...(process.env.OIDC_ISSUER ? { oidc: toOidcSettings(process.env)! } : {}),
  });
  console.info(`Forløb is running on http://localhost:${server.port}`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(
    error instanceof DefinitionError
      ? `The definitions do not load:\n${error.message}`
      : (error as Error).message,
  );
  process.exit(1);
}
