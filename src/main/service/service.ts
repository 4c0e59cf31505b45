import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../shared/api/contract.ts';
import type { ChangeEvent } from '../../shared/api/events.ts';
import { FACILITATOR, type Caller } from '../api/caller.ts';
import { actionHandlers } from './action-handlers.ts';
import { agendaHandlers } from './agenda-handlers.ts';
import { archiveHandlers } from './archive-handlers.ts';
import { createServiceContext, type ChangeListener, type ServiceOptions } from './context.ts';
import { meetingHandlers } from './meeting-handlers.ts';
import { participantHandlers } from './participant-handlers.ts';
import { templateHandlers } from './template-handlers.ts';
import { timelineHandlers } from './timeline-handlers.ts';
import { timelineGetHandler } from './timeline-get-handler.ts';
import { removeAbandonedImports, removeUnfinishedImport, timelineImportHandler } from './timeline-import-handler.ts';
import { timerHandlers } from './timer-handlers.ts';
import { screenHandlers } from './screen-handlers.ts';
import { whyHandlers } from './why-handlers.ts';
import { noteHandlers } from './note-handlers.ts';
import { conflictHandlers } from './conflict-handlers.ts';
import { evidenceHandlers } from './evidence-handlers.ts';
import { followupHandlers } from './followup-handlers.ts';
import { joiningHandlers } from './joining-handlers.ts';
import { sessionHandlers } from './session-handlers.ts';
import { changeHandlers } from './change-handlers.ts';
import { createChangeLog } from './change-log.ts';
import { effectivenessHandlers } from './effectiveness-handlers.ts';
import { reviewHandlers } from './review-handlers.ts';
import { peopleHandlers } from './people-handlers.ts';
import { trendHandlers } from './trends-handlers.ts';
import { redactionHandlers } from './redaction-handlers.ts';
import { tagHandlers } from './tag-handlers.ts';
import { libraryHandlers } from './library-handlers.ts';
import { publishHandlers } from './publish-handlers.ts';
import { sourceHandlers } from './source-handlers.ts';
import type { CurrentCall } from './review-guard.ts';

export interface Service {
  handlers: ApiHandlers;
  /** The database file, named in messages about the file itself (a full disk, say). */
  databaseFile: string;
  /** Hears every committed change; returns the function that stops listening. */
  onChange(listener: ChangeListener): () => void;
  db: Database;
  /**
   * Runs one call on behalf of `caller`: session.me answers with it, and a note-taker's changes say who made them.
   * `call` (what dispatch() runs) lets the review's guard tell report-content changes apart.
   */
  as<T>(caller: Caller, run: () => T, call?: CurrentCall): T;
  /** Rolls back timeline imports whose process has ended or that have gone quiet (see timeline-import-handler.ts). */
  removeAbandonedImports(): number;
  /** Rolls back one import if it is still running: its window closed (see server/unfinished-imports.ts). */
  removeUnfinishedImport(id: string): boolean;
}

/** The API contract implemented over the store. Inputs arrive already validated (see src/main/api/dispatch.ts). */
export function createService(db: Database, options: ServiceOptions = {}): Service {
  const listeners = new Set<ChangeListener>();
  const log = createChangeLog();
  const emit = (event: ChangeEvent): void => {
    log.keep(event);
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('A change listener failed:', error);
      }
    }
  };
  // Handlers run synchronously to the end, so the caller of the call running now is one variable.
  let caller: Caller = FACILITATOR;
  let current: CurrentCall | undefined;
  const context = createServiceContext(
    db,
    options,
    emit,
    () => (caller.role === 'note_taker' ? caller.name : undefined),
    () => current,
  );
  try {
    removeAbandonedImports(context);
  } catch {
    // A read-only file (a CLI command that only reads) or a full disk: the imports wait for a start that can write.
  }
  const handlers = {
    ...meetingHandlers(context),
    ...timelineHandlers(context),
    ...timelineGetHandler(context),
    ...timelineImportHandler(context),
    ...participantHandlers(context),
    ...agendaHandlers(context),
    ...timerHandlers(context),
    ...screenHandlers(context),
    ...templateHandlers(context),
    ...whyHandlers(context),
    ...noteHandlers(context),
    ...conflictHandlers(context),
    ...evidenceHandlers(context),
    ...actionHandlers(context),
    ...followupHandlers(context),
    ...archiveHandlers(context),
    ...joiningHandlers(context, options.joining),
    ...sessionHandlers(() => caller),
    ...changeHandlers(context, log),
    ...reviewHandlers(context),
    ...effectivenessHandlers(context),
    ...peopleHandlers(context),
    ...trendHandlers(context),
    ...redactionHandlers(context),
    ...tagHandlers(context),
    ...libraryHandlers(context),
    ...publishHandlers(),
    ...sourceHandlers(context),
  } satisfies ApiHandlers;

  return {
    handlers,
    databaseFile: db.name,
    db,
    removeAbandonedImports: () => removeAbandonedImports(context),
    removeUnfinishedImport: (id) => removeUnfinishedImport(context, id),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    as(who, run, call) {
      const outer = { caller, current };
      caller = who;
      current = call;
      try {
        return run();
      } finally {
        ({ caller, current } = outer);
      }
    },
  };
}
