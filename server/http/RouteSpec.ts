import type { Request, Response } from 'express';
import type { JsonSchema } from '../../runtime';
import type { UserRole } from '../storage/types';

/**
 * One table of routes: Express registers them and the OpenAPI document is generated from them, so the
 * document cannot drift from what the server does.
 */
interface RouteSpecBase {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express path (`/api/families/:familyId`). */
  path: string;
  summary: string;
  tag: string;
  query?: Record<string, { description: string }>;
  body?: JsonSchema;
  /** Status → description and optional schema of the success body. */
  responses: Record<number, { description: string; schema?: JsonSchema }>;
  handle(req: Request, res: Response): Promise<void> | void;
}

/**
 * A route is either public (no login) or names the roles allowed to call it (server/auth/roleGroups.ts;
 * others get 403): a new route without `roles` does not compile.
 */
export type RouteSpec = RouteSpecBase &
  ({ public: true; roles?: undefined } | { public?: false; roles: readonly UserRole[] });
