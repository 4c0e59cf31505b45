import type { Database } from 'better-sqlite3';
import { takeRoutineBackup } from './backups.ts';

export const ROUTINE_BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface RoutineBackupOptions {
  /** Between two backups while running; a day unless a test says otherwise. */
  intervalMs?: number;
  now?: () => Date;
  onBackup?: (backupFile: string) => void;
  /** A backup that failed (a full disk, say) is reported and the app keeps running; the next one tries again. */
  onError: (error: unknown) => void;
}

export interface RoutineBackups {
  /** Stops the daily backups and waits for one on its way, so the database can be closed after. */
  stop(): Promise<void>;
}

/** Takes a routine backup now (awaited), then one a day for as long as the app or `serve` runs. */
export async function startRoutineBackups(db: Database, file: string, options: RoutineBackupOptions): Promise<RoutineBackups> {
  const now = options.now ?? (() => new Date());
  let inFlight: Promise<void> | null = null;
  const takeOne = (): Promise<void> => {
    // One at a time: a slow backup is never overlapped by the next.
    inFlight ??= takeRoutineBackup(db, file, now())
      .then(
        (backupFile) => options.onBackup?.(backupFile),
        (error: unknown) => options.onError(error),
      )
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };
  await takeOne();
  const timer = setInterval(() => void takeOne(), options.intervalMs ?? ROUTINE_BACKUP_INTERVAL_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await inFlight;
    },
  };
}
