import type { ApiHandlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { TimelineImport } from '../../shared/domain/timeline-import.ts';
import { deleteImportedEvents, insertImportedEvents } from '../db/repositories/timeline-events.ts';
import { getTimelineImport, insertTimelineImport, listRunningTimelineImports, updateTimelineImport } from '../db/repositories/timeline-imports.ts';
import { withSearchIndexDeferred } from '../db/repositories/search-deferral.ts';
import type { ChangeRecorder, ServiceContext } from './context.ts';
import { notFound, requireMeeting } from './required-rows.ts';
import { storedEventFields } from './timeline-event-fields.ts';

function requireImport(context: ServiceContext, id: string): TimelineImport {
  const found = getTimelineImport(context.db, id);
  if (!found) throw notFound('timeline import', id);
  return found;
}

/** Deletes every event the import added, in the caller's transaction. */
function removeImport(context: ServiceContext, changes: ChangeRecorder, entry: TimelineImport): TimelineImport {
  if (entry.state === 'removed') return entry;
  const removed = withSearchIndexDeferred(context.db, () => deleteImportedEvents(context.db, entry.id));
  const updated = updateTimelineImport(context.db, entry.id, { state: 'removed', added: -removed, now: context.now() });
  changes.touch(entry.meetingId, 'timeline_import', entry.id, 'deleted');
  return updated;
}

/** A running import sends a chunk every second or so; one silent this long was left by a crash or a closed window. */
export const ABANDONED_IMPORT_MS = 10 * 60_000;

/**
 * Rolls back the imports left running: by a process that has ended (a killed CLI, a crashed app), or silent for
 * ABANDONED_IMPORT_MS (a window closed while this app runs on). Their events were never meant to stand alone. Run when
 * a service starts, when an import starts, and every minute while the app runs; another process's live import is
 * never this quiet, nor is its process gone.
 */
export function removeAbandonedImports(context: ServiceContext): number {
  const running = listRunningTimelineImports(context.db);
  // The clock is read only when there is something to judge: a service that starts reads no time.
  if (running.length === 0) return 0;
  const before = context.now() - ABANDONED_IMPORT_MS;
  const ownerGone = (ownerPid: number | null) => ownerPid !== null && ownerPid !== context.processId && !context.processAlive(ownerPid);
  const abandoned = (entry: RunningImport) => entry.updatedAt < before || ownerGone(entry.ownerPid);
  return running.filter(abandoned).filter(({ id }) => removeIfRunning(context, id, abandoned)).length;
}

/** Rolls back an import still running (its window closed); a finished or removed one is left as it is. */
export function removeUnfinishedImport(context: ServiceContext, id: string): boolean {
  return removeIfRunning(context, id, () => true);
}

type RunningImport = ReturnType<typeof listRunningTimelineImports>[number];

/**
 * Removes the import in one transaction if it is still running and `still` holds, both judged inside it: its process
 * may have sent a chunk or finished it since it was last read.
 */
function removeIfRunning(context: ServiceContext, id: string, still: (entry: RunningImport) => boolean): boolean {
  return context.mutate((changes) => {
    const entry = listRunningTimelineImports(context.db).find((candidate) => candidate.id === id);
    if (!entry || !still(entry)) return false;
    removeImport(context, changes, entry);
    return true;
  });
}

/**
 * A prepared timeline arrives in chunks (see timeline.importStart in src/shared/api/timeline.ts). Each chunk is one
 * transaction with one revision and one change event, so other windows refetch once per chunk rather than per row,
 * and other writers wait at most one chunk.
 */
export function timelineImportHandler(context: ServiceContext) {
  const { db, now, newId, mutate } = context;
  return {
    // Opening and finishing an import change nothing anyone sees, so they count no revision and send no event.
    'timeline.importStart': ({ meetingId, id }) => {
      removeAbandonedImports(context);
      return mutate(() => {
        const existing = getTimelineImport(db, id);
        if (existing) {
          if (existing.meetingId !== meetingId) throw new ApiError('conflict', `id: import ${id} belongs to another meeting`, 'id');
          return existing;
        }
        requireMeeting(db, meetingId);
        return insertTimelineImport(db, { id, meetingId, now: now(), ownerPid: context.processId });
      });
    },
    'timeline.import': ({ importId, events }) =>
      mutate((changes) => {
        const entry = requireImport(context, importId);
        if (entry.state !== 'running') {
          throw new ApiError('conflict', `importId: the import was ${entry.state === 'finished' ? 'already finished' : 'cancelled or undone'}`, 'importId');
        }
        // The chunk's search documents go into the index with one statement at its end (see search-deferral.ts).
        withSearchIndexDeferred(db, () =>
          insertImportedEvents(
            db,
            importId,
            events.map((event) => {
              const at = now();
              return {
                id: newId(),
                meetingId: entry.meetingId,
                ...storedEventFields(event),
                source: event.source,
                keyMoment: false,
                author: '',
                createdAt: at,
                now: at,
              };
            }),
          ),
        );
        updateTimelineImport(db, importId, { state: 'running', added: events.length, now: now() });
        changes.touch(entry.meetingId, 'timeline_import', importId, 'updated');
        return { count: events.length };
      }),
    'timeline.importFinish': ({ id }) =>
      mutate(() => {
        const entry = requireImport(context, id);
        if (entry.state === 'finished') return entry;
        if (entry.state === 'removed') throw new ApiError('conflict', 'id: the import was cancelled or undone', 'id');
        return updateTimelineImport(db, id, { state: 'finished', added: 0, now: now() });
      }),
    'timeline.importRemove': ({ id }) => mutate((changes) => removeImport(context, changes, requireImport(context, id))),
  } satisfies Partial<ApiHandlers<'timeline'>>;
}
