import { useSyncExternalStore } from 'react';
import { parseRoute, toHref, type Route } from './routes';

/**
 * The current route, from the URL hash. Hashes that are not routes (an in-page link such as `#main`) are
 * ignored: the page stays where it is.
 */
let lastRouteHash = '#/work';

function readRouteHash(): string {
  const hash = window.location.hash;
  if (hash === '' || hash === '#' || hash.startsWith('#/'))
    lastRouteHash = hash.startsWith('#/') ? hash : '#/work';
  return lastRouteHash;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, readRouteHash);
  return parseRoute(hash);
}

export function navigate(route: Route): void {
  window.location.hash = toHref(route);
}
