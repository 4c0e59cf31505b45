import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../shared/api/contract.ts';
import type { ChangeEvent } from '../../shared/api/events.ts';
import { actionHandlers } from './action-handlers.ts';
import { agendaHandlers } from './agenda-handlers.ts';
import { archiveHandlers } from './archive-handlers.ts';
import { createServiceContext, type ChangeListener, type ServiceOptions } from './context.ts';
import { meetingHandlers } from './meeting-handlers.ts';
import { participantHandlers } from './participant-handlers.ts';
import { templateHandlers } from './template-handlers.ts';
import { timelineHandlers } from './timeline-handlers.ts';
import { timelineGetHandler } from './timeline-get-handler.ts';
import { timelineImportHandler } from './timeline-import-handler.ts';
import { timerHandlers } from './timer-handlers.ts';
import { whyHandlers } from './why-handlers.ts';
import { noteHandlers } from './note-handlers.ts';
import { conflictHandlers } from './conflict-handlers.ts';
import { joiningHandlers } from './joining-handlers.ts';
import { sessionHandlers } from './session-handlers.ts';
import { changeHandlers } from './change-handlers.ts';
import { createChangeLog } from './change-log.ts';

export interface Service {
  handlers: ApiHandlers;
  /** The database file, named in messages about the file itself (a full disk, say). */
  databaseFile: string;
  /** Hears every committed change; returns the function that stops listening. */
  onChange(listener: ChangeListener): () => void;
  /** Runs one call on behalf of a note-taker: the changes it makes say who made them. */
  as<T>(noteTaker: string, run: () => T): T;
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
  let caller: string | undefined;
  const context = createServiceContext(db, options, emit, () => caller);
  const handlers = {
    ...meetingHandlers(context),
    ...timelineHandlers(context),
    ...timelineGetHandler(context),
    ...timelineImportHandler(context),
    ...participantHandlers(context),
    ...agendaHandlers(context),
    ...timerHandlers(context),
    ...templateHandlers(context),
    ...whyHandlers(context),
    ...noteHandlers(context),
    ...conflictHandlers(context),
    ...actionHandlers(context),
    ...archiveHandlers(context),
    ...joiningHandlers(context, options.joining),
    ...sessionHandlers(),
    ...changeHandlers(context, log),
  } satisfies ApiHandlers;

  return {
    handlers,
    databaseFile: db.name,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    as(noteTaker, run) {
      const outer = caller;
      caller = noteTaker;
      try {
        return run();
      } finally {
        caller = outer;
      }
    },
  };
}
