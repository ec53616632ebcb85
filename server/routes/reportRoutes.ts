import type { RouteSpec } from '../http/RouteSpec';
import type { Services } from './Services';

export function reportRoutes(_services: Services): RouteSpec[] {
  return [];
}
