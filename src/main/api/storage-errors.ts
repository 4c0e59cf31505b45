import { ApiError } from '../../shared/api/errors.ts';
import { isDamageError } from '../db/file-check.ts';

/**
 * The API error for a failure of the database file itself (SQLite's result code), with a sentence that names the
 * file and says what to do; undefined for anything else. SQLite rolled the transaction back, so nothing was changed.
 */
export function storageError(error: unknown, file: string): ApiError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_FULL') {
    return new ApiError('disk_full', `Not saved: the disk that holds ${file} is full. Free some space on it, then try again; nothing was changed.`);
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new ApiError('read_only', `Not saved: ${file} (or its folder) is read-only. Make it writable, then restart Debrief; nothing was changed.`);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new ApiError('locked', `Not saved: ${file} is locked by another program writing to it. Try again in a moment; nothing was changed.`);
  }
  if (isDamageError(error)) {
    return new ApiError(
      'damaged',
      `Not saved: ${file} is damaged, and Debrief will not write to it again. Quit Debrief and start it again to restore the newest good backup; nothing was changed.`,
    );
  }
  return undefined;
}
