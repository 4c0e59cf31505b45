import type { LibrarySource, SourceReadResult } from '../../../shared/domain/library-source.ts';
import { errorMessage } from '../../../shared/error-message.ts';
import type { ApiClient, ClientEvent } from '../../api/client.ts';
import { coalescedRefetch } from '../coalesced-refetch.ts';
import { createDomainStore } from '../create-domain-store.ts';
import type { LoadState } from '../meeting-collection.ts';

export type SourceOutcome<Value> = { ok: true; value: Value } | { ok: false; message: string };

export interface SourcesState {
  sources: LibrarySource[];
  loadState: LoadState;
  loadError: string | null;
  /** The source each meeting read from a source came from, by meeting id: what the meeting list marks. */
  sourceOfMeeting: ReadonlyMap<string, LibrarySource>;
  load(): Promise<void>;
  add(path: string): Promise<SourceOutcome<SourceReadResult>>;
  reread(id: string): Promise<SourceOutcome<SourceReadResult>>;
  remove(id: string): Promise<SourceOutcome<undefined>>;
}

const bySource = (sources: readonly LibrarySource[]) =>
  new Map(sources.flatMap((source) => source.meetingIds.map((meetingId) => [meetingId, source] as const)));

/**
 * The library's sources (folders of published reviews read in read-only), read again whenever one changes, here, in
 * another window, or because the main process saw its folder change.
 */
export function createSourcesStore(client: ApiClient) {
  return createDomainStore<SourcesState>((set, get) => {
    const fetchSources = coalescedRefetch(async () => {
      try {
        const sources = await client.call('sources.list', {});
        set({ sources, sourceOfMeeting: bySource(sources), loadState: 'ready', loadError: null });
      } catch (error) {
        set({ loadState: 'error', loadError: errorMessage(error, 'The library sources could not be read.') });
      }
    });

    client.subscribe((event: ClientEvent) => {
      if (event.event === 'command') return;
      if ((event.event === 'resync' || event.payload.entity === 'library_source') && get().loadState !== 'idle') void fetchSources();
    });

    const send = async <R>(run: () => Promise<R>): Promise<SourceOutcome<R>> => {
      try {
        const value = await run();
        await fetchSources();
        return { ok: true, value };
      } catch (error) {
        return { ok: false, message: errorMessage(error, 'Something went wrong.') };
      }
    };

    return {
      sources: [],
      loadState: 'idle',
      loadError: null,
      sourceOfMeeting: new Map(),
      load: async () => {
        if (get().loadState === 'idle') set({ loadState: 'loading' });
        await fetchSources();
      },
      add: (path) => send(() => client.call('sources.add', { path })),
      reread: (id) => send(() => client.call('sources.reread', { id })),
      remove: (id) =>
        send(async () => {
          await client.call('sources.remove', { id });
          return undefined;
        }),
    };
  });
}
