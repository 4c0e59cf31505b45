import type { Service } from '../service/service.ts';
import { errorMessage } from '../../shared/error-message.ts';
import { IMPORT_CHUNK, IMPORT_FINISH, IMPORT_REMOVE, IMPORT_START } from '../../shared/api/timeline.ts';

/** Long enough for a page to reconnect and send its chunk again; a closed window never does. */
export const UNFINISHED_IMPORT_GRACE_MS = 30_000;

export interface UnfinishedImports {
  /** Notes an answered call: the connection that started an import or sent its latest chunk is the one running it. */
  answered(connection: object, method: string, input: unknown): void;
  /** A connection closed: the imports it was running are rolled back unless another connection takes them on in time. */
  closed(connection: object): void;
  /** Forgets every import waiting on a closed connection (the server is shutting down: the next start judges them). */
  stop(): void;
}

const textField = (input: unknown, key: string): string | undefined => {
  const value = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : undefined;
};

/**
 * Imports whose window closed while their chunks were on the way (issue 17: an import lands whole or not at all). The
 * service that runs on is alive, so only its ten-minute sweep would remove them; meanwhile a second import of the
 * same file skipped what the first had stored as duplicates, and lost those rows when the first was removed.
 */
export function followUnfinishedImports(service: Pick<Service, 'removeUnfinishedImport'>, graceMs = UNFINISHED_IMPORT_GRACE_MS): UnfinishedImports {
  const running = new Map<string, object>();
  const timers = new Set<NodeJS.Timeout>();

  const rollBack = (id: string, connection: object) => {
    if (running.get(id) !== connection) return;
    running.delete(id);
    try {
      service.removeUnfinishedImport(id);
    } catch (error) {
      console.error(`Removing an unfinished timeline import failed: ${errorMessage(error)}`);
    }
  };

  return {
    answered(connection, method, input) {
      if (method === IMPORT_START || method === IMPORT_CHUNK) {
        const id = textField(input, method === IMPORT_CHUNK ? 'importId' : 'id');
        if (id !== undefined) running.set(id, connection);
      } else if (method === IMPORT_FINISH || method === IMPORT_REMOVE) {
        const id = textField(input, 'id');
        if (id !== undefined) running.delete(id);
      }
    },
    closed(connection) {
      for (const [id, owner] of running) {
        if (owner !== connection) continue;
        const timer = setTimeout(() => {
          timers.delete(timer);
          rollBack(id, connection);
        }, graceMs);
        timer.unref();
        timers.add(timer);
      }
    },
    stop() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      running.clear();
    },
  };
}
