import { z } from 'zod';
import { id, requiredText } from './fields.ts';

/** An archive is read whole; 50 MB holds far more than the largest meeting the app allows. */
export const ARCHIVE_TEXT_MAX = 50 * 1024 * 1024;

export const exportArchiveInput = z.strictObject({ meetingId: id });

export const importArchiveInput = z.strictObject({
  /** The archive file's text, exactly as saved. */
  archive: requiredText(ARCHIVE_TEXT_MAX, 'is larger than 50 MB'),
});
