import type { FieldError } from '../../runtime';

export interface ProblemFieldError {
  path: string;
  message: string;
}

/** An RFC 9457 problem: thrown by services and routes, written by the error handler as problem+json. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors?: ProblemFieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
  }

  get type(): string {
    return `https://forloeb.dk/problems/${slug(this.title)}`;
  }
}

export const problems = {
  badRequest: (detail: string, errors?: FieldError[]) =>
    new ProblemError(400, 'Bad request', detail, toProblemErrors(errors)),
  unauthorized: (detail = 'Log ind for at fortsætte.') => new ProblemError(401, 'Unauthorized', detail),
  forbidden: (detail = 'Du har ikke adgang til dette.') => new ProblemError(403, 'Forbidden', detail),
  notFound: (what: string) => new ProblemError(404, 'Not found', `${what} findes ikke.`),
  conflict: (detail: string) => new ProblemError(409, 'Conflict', detail),
  preconditionFailed: (detail: string) => new ProblemError(412, 'Precondition failed', detail),
  unsupportedMediaType: () =>
    new ProblemError(415, 'Unsupported media type', 'Send data som application/json.'),
  invalidData: (detail: string, errors: FieldError[]) =>
    new ProblemError(422, 'Invalid data', detail, toProblemErrors(errors)),
};

function toProblemErrors(errors: FieldError[] | undefined): ProblemFieldError[] | undefined {
  return errors?.map(({ path, message }) => ({ path, message }));
}

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
