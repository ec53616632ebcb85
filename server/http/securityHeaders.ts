import type { RequestHandler } from 'express';

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // No 'unsafe-eval': form validators are generated on the server and imported as modules from 'self'
  // (server/validators); the expression language is interpreted, never compiled.
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/**
 * Security headers for every response. HSTS only when the server runs behind TLS (SECURE_COOKIES=true):
 * over plain http a browser ignores it, and on localhost it would pin the name to https.
 */
export function createSecurityHeaders(options: { hsts: boolean }): RequestHandler {
  const headers: Record<string, string> = {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    ...(options.hsts ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
  return (_req, res, next) => {
    res.set(headers);
    next();
  };
}

export const securityHeaders: RequestHandler = createSecurityHeaders({ hsts: false });
