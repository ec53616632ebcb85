import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isStorageFailure } from '../storage/isStorageFailure';

/** How often a not-ready server tries its store again while nobody writes. */
export const PROBE_INTERVAL_MS = 1000;

export interface StorageHealth {
  /** Notes store failures (passes the error on) so readiness fails. */
  watchErrors: ErrorRequestHandler;
  /** Notes successful writes, so readiness recovers with the first write that works. */
  watchWrites: RequestHandler;
  /** `GET /readyz`: 200 while the store takes writes, 503 with Retry-After while it does not. */
  readiness: RequestHandler;
  isReady(): Promise<boolean>;
}

/**
 * Readiness follows the store: a full or read-only disk, or a database that went away, makes the server
 * answer 503 (a load balancer then routes elsewhere); it recovers by itself, on the next write that works or
 * a probe at most once a second, without a restart.
 */
export function createStorageHealth(probe: () => Promise<void>): StorageHealth {
  let failing = false;
  let lastProbe = 0;
  let probing: Promise<boolean> | undefined;

  const isReady = async (): Promise<boolean> => {
    if (!failing) return true;
    if (probing) return probing;
    if (Date.now() - lastProbe < PROBE_INTERVAL_MS) return false;
    lastProbe = Date.now();
    probing = probe().then(
      () => {
        failing = false;
        return true;
      },
      () => false,
    );
    try {
      return await probing;
    } finally {
      probing = undefined;
    }
  };

  return {
    watchErrors: (error, _req, _res, next) => {
      if (isStorageFailure(error)) failing = true;
      next(error);
    },
    watchWrites: (req, res, next) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.on('finish', () => {
          if (res.statusCode < 400) failing = false;
        });
      }
      next();
    },
    readiness: (_req, res, next) => {
      isReady().then((ready) => {
        if (ready) res.json({ status: 'ready' });
        else res.status(503).set('Retry-After', '1').json({ status: 'storage-unavailable' });
      }, next);
    },
    isReady,
  };
}
