import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import { hasAnyRole } from './auth/roleGroups';
import { createStorageHealth } from './http/createStorageHealth';
import { handleErrors, handleNotFound } from './http/handleErrors';
import { limitJsonDepth } from './http/limitJsonDepth';
import { problems } from './http/ProblemError';
import type { RouteSpec } from './http/RouteSpec';
import { createSecurityHeaders } from './http/securityHeaders';
import { createOverloadGuard } from './http/createOverloadGuard';
import { createWriteLimits } from './http/createWriteLimits';
import { rejectCrossSiteWrites } from './http/rejectCrossSiteWrites';
import { oidcRoutes } from './routes/oidcRoutes';
import { toOpenApi } from './http/toOpenApi';
import { definitionRoutes } from './routes/definitionRoutes';
import { formValidatorRoutes } from './routes/formValidatorRoutes';
import { draftRoutes } from './routes/draftRoutes';
import { worklistRoutes } from './routes/worklistRoutes';
import { familyRoutes } from './routes/familyRoutes';
import { pathwayRoutes } from './routes/pathwayRoutes';
import type { Services } from './routes/Services';
import { sessionRoutes } from './routes/sessionRoutes';
import { definitionLifecycleRoutes } from './routes/definitionLifecycleRoutes';
import { definitionCheckRoutes } from './routes/definitionCheckRoutes';
import { reportRoutes } from './routes/reportRoutes';
import { auditRoutes } from './routes/auditRoutes';
import { consentRoutes } from './routes/consentRoutes';
import { retentionRoutes } from './routes/retentionRoutes';
import { organisationRecordRoutes } from './routes/organisationRecordRoutes';
import { migrationRoutes } from './routes/migrationRoutes';

export const BODY_LIMIT = '1mb';

export function listRoutes(services: Services): RouteSpec[] {
  return [
    ...sessionRoutes(services),
    ...oidcRoutes(services),
    ...definitionRoutes(services),
    ...formValidatorRoutes(services),
    ...familyRoutes(services),
    ...pathwayRoutes(services),
    ...draftRoutes(services),
    ...worklistRoutes(services),
    ...definitionLifecycleRoutes(services),
    ...definitionCheckRoutes(services),
    ...reportRoutes(services),
    ...auditRoutes(services),
    ...consentRoutes(services),
    ...retentionRoutes(services),
    ...organisationRecordRoutes(services),
    ...migrationRoutes(services),
  ];
}

/** The Express app: security headers, JSON bodies up to 1 MB, the route table, the built SPA, problem+json errors. */
export function createApp(services: Services, options: { appDir: string; version: string }): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(createSecurityHeaders({ hsts: services.sessions.secureCookies }));
  // Liveness (the process answers) and readiness (the store takes writes) are separate on purpose.
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  const storageHealth = createStorageHealth(() => services.storage.probe());
  app.get('/readyz', storageHealth.readiness);
  app.use(storageHealth.watchWrites);

  const routes = listRoutes(services);
  const openApi = toOpenApi(routes, options.version);
  app.get('/api/openapi.json', (_req, res) => void res.json(openApi));

  const api = express.Router();
  // Overload and abuse first, before any body is read: 503/429 with Retry-After; then refuse cross-site writes.
  const writeLimits = createWriteLimits(services.sessions.limits, services.now);
  api.use('/api', createOverloadGuard(services.sessions.limits.maxConcurrentRequests));
  api.use('/api', writeLimits.perIp);
  api.use('/api', rejectCrossSiteWrites());
  api.use(
    express.json({ limit: BODY_LIMIT, strict: true, type: ['application/json', 'application/*+json'] }),
  );
  api.use(requireJsonForWrites);
  api.use(limitJsonDepth);
  api.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  for (const route of routes) {
    const handlers: RequestHandler[] = route.public
      ? []
      : [services.sessions.requireUser, writeLimits.perUser];
    const allowed = route.roles;
    if (!route.public && allowed) {
      handlers.push((_req, res, next) => {
        const user = res.locals.user as { roles: string[] } | undefined;
        if (!user || !hasAnyRole(user.roles, allowed)) throw problems.forbidden();
        next();
      });
    }
    handlers.push(async (req, res) => {
      await route.handle(req, res);
    });
    api[route.method](route.path, ...handlers);
  }
  api.use('/api', handleNotFound);
  app.use(api);

  if (existsSync(join(options.appDir, 'index.html'))) {
    app.use(express.static(options.appDir, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(join(options.appDir, 'index.html')));
  } else {
    app.get(/^\/(?!api\/).*/, (_req, res) => {
      res.status(503).type('text/plain').send('The app is not built yet: run `npm run build`.');
    });
  }
  app.use(handleNotFound);
  app.use(storageHealth.watchErrors);
  app.use(handleErrors);
  return app;
}

/** A write without a JSON body is refused: it protects against form-post CSRF and gives a clear error. */
const requireJsonForWrites: RequestHandler = (req, _res, next) => {
  const hasBody =
    Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (
    ['POST', 'PUT', 'PATCH'].includes(req.method) &&
    hasBody &&
    !req.is(['application/json', 'application/*+json'])
  ) {
    next(problems.unsupportedMediaType());
    return;
  }
  next();
};
