import { useSyncExternalStore } from 'react';
import type { AudienceTheme } from '../../routing/routes.ts';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** The system's light or dark setting, followed live. */
export function useSystemScheme(): AudienceTheme {
  return useSyncExternalStore(subscribe, () => (window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light'));
}
