import type { Service } from '../service/service.ts';
import { errorMessage } from '../../shared/error-message.ts';

export const IMPORT_SWEEP_INTERVAL_MS = 60_000;

export interface ImportSweeps {
  /** Stops the sweeps; call it before the database is closed. */
  stop(): void;
}

/**
 * While the app runs, rolls back every minute the timeline imports that were left running: a window closed in the
 * middle of one, while the service itself stays up, would otherwise leave half an import until the next start.
 */
export function startImportSweeps(service: Pick<Service, 'removeAbandonedImports'>, intervalMs = IMPORT_SWEEP_INTERVAL_MS): ImportSweeps {
  const timer = setInterval(() => {
    try {
      service.removeAbandonedImports();
    } catch (error) {
      // A full disk, say: the next sweep tries again.
      console.error(`Removing an abandoned timeline import failed: ${errorMessage(error)}`);
    }
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
