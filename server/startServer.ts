import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { findProjectRoot } from './findProjectRoot';
import { createAccessLog } from './audit/createAccessLog';
import { createPostgresAccessLog } from './audit/createPostgresAccessLog';
import { createSessions } from './auth/sessions';
import type { OidcSettings } from './auth/OidcSettings';
import type { Limits } from './http/Limits';
import { createApp } from './createApp';
import { createDefinitionCatalog, type DefinitionCatalog } from './definitions/createDefinitionCatalog';
import { createFamilyService } from './services/createFamilyService';
import { createFamilyUnitOfWork } from './services/createFamilyUnitOfWork';
import { createPathwayService } from './services/createPathwayService';
import { createRecordService } from './services/createRecordService';
import { createWorklistService } from './services/createWorklistService';
import { seedDemoUsers } from './auth/seedDemoUsers';
import { createScheduler, type Scheduler } from './scheduler/createScheduler';
import { createMemoryJobClaim } from './retention/JobClaim';
import { createPostgresJobClaim } from './retention/createPostgresJobClaim';
import {
  createRetentionSchedule,
  toRetentionHour,
  type RetentionSchedule,
} from './retention/createRetentionSchedule';
import { createLowdbStorage } from './storage/createLowdbStorage';
import { createPostgresStorage } from './storage/postgres/createPostgresStorage';
import type { StorageAdapter } from './storage/types';

const projectRoot = findProjectRoot();

export interface ServerOptions {
  port?: number;
  host?: string;
  dataDir?: string;
  definitionsDir?: string;
  /** A municipality's parameter values (see loadParameterProfile). */
  parametersFile?: string;
  appDir?: string;
  seedDemoUsers?: boolean;
  /** PostgreSQL instead of the embedded store; `schema` keeps several stores apart in one database. */
  databaseUrl?: string;
  databaseSchema?: string;
  secureCookies?: boolean;
  /** Rate limits and the overload guard (server/http/Limits.ts); missing values take the defaults. */
  limits?: Partial<Limits>;
  /** Login through a municipality's identity broker (server/auth/OidcSettings.ts). */
  oidc?: OidcSettings;
  /** How often the scheduler sends due events; 0 turns the timer off (tests call `scheduler.tick()`). */
  schedulerIntervalMs?: number;
  /** Danish hour (0–23) after which the retention job runs each day on the scheduler's timer; null: off. */
  retentionHour?: number | null;
  /** The clock; tests pass a fake one. */
  now?: () => Date;
}

export interface RunningServer {
  url: string;
  port: number;
  storage: StorageAdapter;
  catalog: DefinitionCatalog;
  scheduler: Scheduler;
  retention: RetentionSchedule;
  close(): Promise<void>;
}

/** Opens the store, seeds definitions and demo users, and listens. Used by `main.ts` and by the tests. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const now = options.now ?? (() => new Date());
  const dataDir = resolve(options.dataDir ?? join(projectRoot, 'data'));
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const storage = options.databaseUrl
    ? createPostgresStorage({
        connectionString: options.databaseUrl,
        ...(options.databaseSchema ? { schema: options.databaseSchema } : {}),
      })
    : createLowdbStorage(dataDir);
  await storage.open();
  try {
    const catalog = await createDefinitionCatalog(
      storage,
      options.definitionsDir ?? join(projectRoot, 'definitions'),
      now,
      options.parametersFile,
    );
    if (options.seedDemoUsers ?? true) await seedDemoUsers(storage);
    // On PostgreSQL the access log is a table, so several server processes keep one hash chain.
    const accessLog = options.databaseUrl
      ? await createPostgresAccessLog({
          connectionString: options.databaseUrl,
          ...(options.databaseSchema ? { schema: options.databaseSchema } : {}),
        })
      : await createAccessLog(dataDir);
    const unitOfWork = createFamilyUnitOfWork(storage);
    const pathways = createPathwayService(unitOfWork, catalog, now);
    const families = createFamilyService(storage, unitOfWork, pathways, now);
    const retention = createRetentionSchedule({
      hour:
        options.retentionHour !== undefined
          ? options.retentionHour
          : toRetentionHour(process.env.FORLOEB_RETENTION_HOUR),
      storage,
      accessLog,
      // On PostgreSQL several processes share the store: a claim in the database lets one of them run it.
      claim: options.databaseUrl
        ? createPostgresJobClaim({
            connectionString: options.databaseUrl,
            ...(options.databaseSchema ? { schema: options.databaseSchema } : {}),
          })
        : createMemoryJobClaim(),
      now,
    });
    const scheduler = createScheduler({
      storage,
      families: unitOfWork,
      engine: pathways.engine,
      now,
      jobs: [{ name: 'Retention job', tick: () => retention.tick() }],
    });
    const sessions = createSessions(storage, {
      secureCookies: options.secureCookies ?? false,
      now,
      ...(options.limits ? { limits: options.limits } : {}),
      ...(options.oidc ? { oidc: options.oidc } : {}),
    });
    const app = createApp(
      {
        storage,
        sessions,
        catalog,
        families,
        pathways,
        accessLog,
        worklist: createWorklistService(storage, catalog, now),
        records: createRecordService(storage, catalog, accessLog, now),
        now,
      },
      {
        appDir: options.appDir ?? process.env.FORLOEB_APP_DIR ?? join(projectRoot, 'dist', 'app'),
        version: '0.1.0',
      },
    );
    const server: Server = await new Promise((ready, fail) => {
      const s = app
        .listen(options.port ?? 3000, options.host ?? '127.0.0.1', () => ready(s))
        .once('error', fail);
    });
    const { port } = server.address() as AddressInfo;
    const interval = options.schedulerIntervalMs ?? 60_000;
    if (interval > 0) {
      scheduler.start(interval);
      void scheduler.round();
    }
    return {
      url: `http://${options.host ?? '127.0.0.1'}:${port}`,
      port,
      storage,
      catalog,
      scheduler,
      retention,
      async close() {
        await scheduler.stop();
        await retention.stop();
        await new Promise<void>((done) => server.close(() => done()));
        server.closeAllConnections();
        await accessLog.close();
        await storage.close();
      },
    };
  } catch (error) {
    await storage.close();
    throw error;
  }
}
