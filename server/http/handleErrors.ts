import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isStorageFailure } from '../storage/isStorageFailure';
import { RevisionConflictError } from '../storage/types';
import { ProblemError } from './ProblemError';

/** Everything that goes wrong leaves as problem+json; internals and family data never reach the log. */
export const handleErrors: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const problem = toProblem(error);
  if (problem.status >= 500)
    console.error(
      `${req.method} ${req.path} failed: ${(error as Error)?.name ?? 'error'}: ${(error as Error)?.message ?? ''}`,
    );
  res.status(problem.status).set(problem.headers).type('application/problem+json');
  res.send(
    JSON.stringify({
      type: problem.type,
      title: problem.title,
      status: problem.status,
      detail: problem.detail,
      ...(problem.errors ? { errors: problem.errors } : {}),
    }),
  );
};

export const handleNotFound: RequestHandler = (req, _res, next) => {
  next(new ProblemError(404, 'Not found', `Ingen side ${req.method} ${req.path}.`));
};

function toProblem(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  if (error instanceof RevisionConflictError) {
    return new ProblemError(
      503,
      'Service unavailable',
      'Familien ændres af mange lige nu. Prøv igen om lidt.',
      undefined,
      { 'Retry-After': '1' },
    );
  }
  if (isStorageFailure(error)) {
    return new ProblemError(
      503,
      'Service unavailable',
      'Data kan ikke gemmes lige nu. Intet blev gemt; prøv igen om lidt.',
      undefined,
      { 'Retry-After': '5' },
    );
  }
  const e = error as { type?: string; status?: number; expose?: boolean };
  if (e?.type === 'entity.too.large')
    return new ProblemError(413, 'Content too large', 'Forespørgslen er for stor (højst 1 MB).');
  if (e?.type === 'entity.parse.failed')
    return new ProblemError(400, 'Bad request', 'Forespørgslen er ikke gyldig JSON.');
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') {
    return new ProblemError(415, 'Unsupported media type', 'Send data som UTF-8 JSON.');
  }
  if (e?.expose && e.status && e.status < 500)
    return new ProblemError(e.status, 'Bad request', String((error as Error).message));
  return new ProblemError(500, 'Internal server error', 'Der opstod en fejl på serveren. Intet blev gemt.');
}
