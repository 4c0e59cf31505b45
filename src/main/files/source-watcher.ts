import fs from 'node:fs';
import type { ChangeEvent } from '../../shared/api/events.ts';
import type { LibrarySource } from '../../shared/domain/library-source.ts';

/** A checkout or a pull writes many files in a burst; the folder is read once it has been quiet this long. */
export const SOURCE_QUIET_MS = 1_500;

export interface SourceWatcherOptions {
  /** The sources now (sources.list). */
  list(): LibrarySource[];
  /** Reads one source again (sources.reread through dispatch()). */
  reread(id: string): void;
  /** The service's change events: a source added or removed starts or stops its watch. */
  onChange(listener: (event: ChangeEvent) => void): () => void;
  quietMs?: number;
  /** fs.watch, replaceable in tests; the listener hears the changed path inside the folder when the system says it. */
  watch?: (folder: string, listener: (changed: string | null) => void) => { close(): void };
}

export interface SourceWatcher {
  close(): void;
}

function watchFolder(folder: string, listener: (changed: string | null) => void): { close(): void } {
  // Recursive: the archives are one folder down. A folder that cannot be watched is read with "Re-read" only.
  const watcher = fs.watch(folder, { recursive: true, persistent: false, encoding: 'utf8' }, (_event, changed) => listener(changed));
  watcher.on('error', () => watcher.close());
  return watcher;
}

/** Git's own files (and any hidden folder's) change on every fetch and status; they hold no review. */
export const isHiddenChange = (changed: string | null): boolean => changed !== null && /^\./.test(changed);

/**
 * Watches every library source's folder (the desktop app and `npm run serve` run one) and reads a source again once
 * its folder has been quiet for `quietMs` after a change.
 */
export function watchLibrarySources(options: SourceWatcherOptions): SourceWatcher {
  const quietMs = options.quietMs ?? SOURCE_QUIET_MS;
  const watch = options.watch ?? watchFolder;
  const watched = new Map<string, { path: string; handle: { close(): void } | null; timer: NodeJS.Timeout | null }>();

  const schedule = (id: string) => {
    const entry = watched.get(id);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = null;
      if (watched.get(id) === entry) options.reread(id);
    }, quietMs);
    entry.timer.unref();
  };

  const stop = (id: string) => {
    const entry = watched.get(id);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.handle?.close();
    watched.delete(id);
  };

  const sync = () => {
    const sources = options.list();
    const ids = new Set(sources.map((source) => source.id));
    for (const id of [...watched.keys()]) if (!ids.has(id)) stop(id);
    for (const source of sources) {
      if (watched.get(source.id)?.path === source.path) continue;
      stop(source.id);
      let handle: { close(): void } | null = null;
      try {
        handle = watch(source.path, (changed) => {
          if (!isHiddenChange(changed)) schedule(source.id);
        });
      } catch {
        // Gone or not watchable: it keeps its reviews as last read.
      }
      watched.set(source.id, { path: source.path, handle, timer: null });
    }
  };

  sync();
  const unsubscribe = options.onChange((event) => {
    if (event.entity === 'library_source' && event.op !== 'updated') sync();
  });
  return {
    close() {
      unsubscribe();
      for (const id of [...watched.keys()]) stop(id);
    },
  };
}
