import { DatabaseDamagedError, DatabaseFileError } from '../db/database-errors.ts';
import { errorMessage } from '../../shared/error-message.ts';

/** A path as it can be pasted into a shell. */
export function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}

/**
 * Why the database could not be opened, in one line for a terminal (`npm run serve` and the CLI): the file's own
 * problem as it was found, and for a damaged file the command that puts the newest good backup in its place.
 */
export function openFailureText(error: unknown, file: string): string {
  if (error instanceof DatabaseDamagedError) {
    const restore = `npm run cli -- restore --db ${shellWord(file)}`;
    return error.goodBackup === null
      ? `${error.message} If you have a copy elsewhere, put it in its place (the damaged file is kept) with: ${restore} --from COPY`
      : `${error.message} To put that backup in its place, keeping the damaged file under a new name, run: ${restore}`;
  }
  if (error instanceof DatabaseFileError) return error.message;
  return `cannot open the database ${file}: ${errorMessage(error)}`;
}
