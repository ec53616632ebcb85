import { ProblemError } from './ProblemError';

/** 429 with Retry-After: the client may try again after that many seconds. */
export function tooManyRequests(detail: string, retryAfterSeconds: number): ProblemError {
  return new ProblemError(429, 'Too many requests', detail, undefined, {
    'Retry-After': String(retryAfterSeconds),
  });
}
