import { dialog } from 'electron';
import type { Database } from 'better-sqlite3';
import { damagedFileName } from '../db/backups.ts';
import { DatabaseDamagedError } from '../db/database-errors.ts';
import { openDatabase } from '../db/open.ts';
import { restoreBackup } from '../db/restore.ts';

export const RESTORE_BUTTON = 'Restore the backup';
export const QUIT_BUTTON = 'Quit';

/**
 * Opens the app's database. A damaged one is never opened: the user is shown why and, when a good backup lies
 * beside it, offered to put that backup in its place (the damaged file is kept under a new name). Resolves null
 * when the app should quit; other failures (read-only, newer version) are thrown for the caller to show.
 */
export async function openAppDatabase(file: string, now: () => Date = () => new Date()): Promise<Database | null> {
  try {
    return await openDatabase(file);
  } catch (error) {
    if (!(error instanceof DatabaseDamagedError)) throw error;
    if (error.goodBackup === null) {
      dialog.showErrorBox('Debrief’s database is damaged', `${error.message} The damaged file has not been changed.`);
      return null;
    }
    const at = now();
    const keptAs = damagedFileName(file, at);
    const { response } = await dialog.showMessageBox({
      type: 'error',
      title: 'Debrief’s database is damaged',
      message: 'Debrief’s database is damaged. Restore the newest good backup?',
      detail: `${error.message}\n\nRestoring copies that backup into place; the damaged file is kept as ${keptAs}.`,
      buttons: [RESTORE_BUTTON, QUIT_BUTTON],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    });
    if (response !== 0) return null;
    await restoreBackup(file, { from: error.goodBackup, now: () => at });
    return openDatabase(file);
  }
}
