import type { RouteSpec } from '../http/RouteSpec';
import type { Services } from './Services';

export function definitionLifecycleRoutes(_services: Services): RouteSpec[] {
  return [];
}
