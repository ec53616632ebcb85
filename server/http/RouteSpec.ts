import type { Request, Response } from 'express';
import type { JsonSchema } from '../../runtime';
import type { UserRole } from '../storage/types';

/**
 * One table of routes: Express registers them and the OpenAPI document is generated from them, so the
 * document cannot drift from what the server does.
 */
export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express path (`/api/families/:familyId`). */
  path: string;
  summary: string;
  tag: string;
  /** Public routes need no login. */
  public?: boolean;
  /** Roles allowed to call a non-public route (see server/auth/roleGroups.ts); others get 403. */
  roles?: readonly UserRole[];
  query?: Record<string, { description: string }>;
  body?: JsonSchema;
  /** Status → description and optional schema of the success body. */
  responses: Record<number, { description: string; schema?: JsonSchema }>;
  handle(req: Request, res: Response): Promise<void> | void;
}
