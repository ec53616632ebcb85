import type { RouteSpec } from '../http/RouteSpec';
import type { Services } from './Services';

export function auditRoutes(_services: Services): RouteSpec[] {
  return [];
}
