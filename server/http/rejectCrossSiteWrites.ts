import type { RequestHandler } from 'express';
import { problems } from './ProblemError';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF defence in depth for cookie sessions, beside SameSite=Strict and JSON-only writes: a browser tells
 * where a request comes from (Sec-Fetch-Site, Origin), and a write from another site is refused. Clients
 * that send neither header (curl, tests, server-to-server) are not browsers and carry no ambient cookie risk.
 * The app's own host is the Host header, or X-Forwarded-Host from a trusted (loopback) reverse proxy.
 */
export function rejectCrossSiteWrites(): RequestHandler {
  return (req, _res, next) => {
    if (!WRITES.has(req.method)) return next();
    const site = req.get('sec-fetch-site');
    const origin = req.get('origin');
    if (origin !== undefined) {
      if (isSameOrigin(origin, req.host)) return next();
      return next(problems.forbidden('Forespørgsler fra et andet websted afvises.'));
    }
    if (site !== undefined && site !== 'same-origin' && site !== 'none')
      return next(problems.forbidden('Forespørgsler fra et andet websted afvises.'));
    next();
  };
}

function isSameOrigin(origin: string, host: string | undefined): boolean {
  if (origin === 'null' || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
