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
  /** While a folder is read in batches: how many of its new and changed reviews are read so far. */
  reading: { sourceId: string; done: number; total: number } | null;
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

    /** Reads the rest of a large folder, batch after batch, and answers the whole read's counts. */
    const readAll = async (first: SourceReadResult): Promise<SourceReadResult> => {
      let result = first;
      const whole = { ...first };
      let done = first.added + first.updated;
      set({ reading: { sourceId: first.source.id, done, total: done + first.remaining } });
      try {
        while (result.remaining > 0) {
          result = await client.call('sources.reread', { id: first.source.id });
          done += result.added + result.updated;
          whole.added += result.added;
          whole.updated += result.updated;
          whole.removed += result.removed;
          set({ reading: { sourceId: first.source.id, done, total: done + result.remaining } });
        }
      } finally {
        set({ reading: null });
      }
      return { ...result, added: whole.added, updated: whole.updated, removed: whole.removed };
    };

    return {
      sources: [],
      loadState: 'idle',
      loadError: null,
      sourceOfMeeting: new Map(),
      reading: null,
      load: async () => {
        if (get().loadState === 'idle') set({ loadState: 'loading' });
        await fetchSources();
      },
      add: (path) => send(async () => readAll(await client.call('sources.add', { path }))),
      reread: (id) => send(async () => readAll(await client.call('sources.reread', { id }))),
      remove: (id) =>
        send(async () => {
          await client.call('sources.remove', { id });
          return undefined;
        }),
    };
  });
}
