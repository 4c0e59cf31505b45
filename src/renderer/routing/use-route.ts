import { useSyncExternalStore } from 'react';
import { hrefFor, parseRoute, type Route } from './routes.ts';

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

/** The route named by the location hash, re-read on every hashchange. */
export function useRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribeToHash, currentHash));
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}
