import type { LibrarySearchHit } from '../../../shared/api/library.ts';
import { ftsQuery } from '../../../shared/library/search-query.ts';
import { errorMessage } from '../../../shared/error-message.ts';
import type { ApiClient, ClientEvent } from '../../api/client.ts';
import { coalescedRefetch } from '../coalesced-refetch.ts';
import { createDomainStore } from '../create-domain-store.ts';

/** `idle`: nothing to look for (no word typed); `searching` until the answer for the text shown comes. */
export type SearchState = 'idle' | 'searching' | 'ready' | 'error';

export interface LibrarySearchState {
  /** The text in the search box, as typed. */
  query: string;
  /** The text `hits` answer; they stay on screen while a newer text is being searched, so the list does not flicker. */
  answered: string;
  hits: LibrarySearchHit[];
  state: SearchState;
  error: string | null;
  /** Searches for `query`; calls made while one is on its way are folded into one more, for the newest text. */
  search(query: string): Promise<void>;
  clear(): void;
  /** While a view shows the results, a change to any review reads them again; returns the function that stops it. */
  watch(): () => void;
}

export const LIBRARY_SEARCH_LIMIT = 30;

/** Library search (issue 16): the newest typed text wins, and a change to any review reads the results again. */
export function createLibrarySearchStore(client: ApiClient) {
  return createDomainStore<LibrarySearchState>((set, get) => {
    const fetchHits = coalescedRefetch(async () => {
      const query = get().query;
      if (ftsQuery(query) === null) {
        set({ hits: [], answered: query, state: 'idle', error: null });
        return;
      }
      try {
        const hits = await client.call('library.search', { query, limit: LIBRARY_SEARCH_LIMIT });
        if (get().query === query) set({ hits, answered: query, state: 'ready', error: null });
      } catch (error) {
        if (get().query === query) set({ state: 'error', error: errorMessage(error, 'The search did not complete.') });
      }
    });

    let watchers = 0;
    client.subscribe((event: ClientEvent) => {
      if (watchers > 0 && event.event !== 'command' && get().state === 'ready') void fetchHits();
    });

    return {
      query: '',
      answered: '',
      hits: [],
      state: 'idle',
      error: null,
      search(query) {
        set({ query, state: ftsQuery(query) === null ? 'idle' : 'searching' });
        return fetchHits();
      },
      clear() {
        set({ query: '', answered: '', hits: [], state: 'idle', error: null });
      },
      watch() {
        watchers += 1;
        return () => {
          watchers -= 1;
        };
      },
    };
  });
}
