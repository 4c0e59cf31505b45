import { z } from 'zod';
import { id } from './fields.ts';

/** An archive is read whole; 50 MB holds far more than the largest meeting the app allows. */
export const ARCHIVE_TEXT_MAX = 50 * 1024 * 1024;

export const exportArchiveInput = z.strictObject({ meetingId: id });

export const importArchiveInput = z.strictObject({
  /** The archive file's text, exactly as saved. */
  archive: z.string().min(1, { message: 'must not be empty' }).max(ARCHIVE_TEXT_MAX, { message: 'is larger than 50 MB' }),
});
