/** A field named by the server in a 422 problem. */
export interface ProblemFieldError {
  path: string;
  message: string;
}

/** An RFC 9457 problem from the API (or a network failure, status 0), as a typed error. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly type: string;
  readonly errors: ProblemFieldError[];
  /** The whole problem body, for members a route adds (e.g. `current` on a 412 of a definition draft). */
  readonly problem: Record<string, unknown>;

  constructor(init: {
    status: number;
    title: string;
    detail: string;
    type?: string;
    errors?: ProblemFieldError[];
    problem?: Record<string, unknown>;
  }) {
    super(init.detail || init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.type = init.type ?? 'about:blank';
    this.errors = init.errors ?? [];
    this.problem = init.problem ?? {};
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Called for every 401, so the app can show the login page again when a session runs out. */
let onUnauthorized: (() => void) | undefined;
export function setUnauthorizedHandler(handler: (() => void) | undefined): void {
  onUnauthorized = handler;
}

/** JSON in, JSON out, the session cookie along; problems become ApiErrors. */
export async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    ...extraHeaders,
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError({
      status: 0,
      title: 'Network error',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  if (response.status === 204) return undefined as T;
  const payload = await readJson(response);
  if (response.ok) return payload as T;
  if (response.status === 401 && !(method === 'POST' && path === '/api/session')) onUnauthorized?.();
  throw toApiError(response, payload);
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function toApiError(response: Response, payload: unknown): ApiError {
  const problem = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
  const errors = Array.isArray(problem.errors)
    ? problem.errors.flatMap((e: unknown) => {
        const item = e as Partial<ProblemFieldError> | null;
        return item && typeof item.path === 'string' && typeof item.message === 'string'
          ? [{ path: item.path, message: item.message }]
          : [];
      })
    : [];
  return new ApiError({
    status: response.status,
    title: typeof problem.title === 'string' ? problem.title : response.statusText,
    detail: typeof problem.detail === 'string' ? problem.detail : typeof payload === 'string' ? payload : '',
    type: typeof problem.type === 'string' ? problem.type : undefined,
    errors,
    problem,
  });
}
