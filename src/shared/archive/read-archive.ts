import { z } from 'zod';
import { ApiError, invalidInput } from '../api/errors.ts';
import { meetingArchiveSchema } from './archive-schema.ts';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, type MeetingArchive } from './meeting-archive.ts';
import { errorMessage } from '../error-message.ts';

// Wrapped so every field path starts with "archive", the name of the input that carried the text.
const wrapped = z.object({ archive: meetingArchiveSchema });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The meeting archive in a file's text, checked whole. In order: the text is JSON, it is a Debrief archive, this
 * version can read it, and every field is valid; the first failure is thrown as an invalid_input ApiError.
 */
export function readArchive(text: string): MeetingArchive {
  let data: unknown;
  try {
    // An editor may have saved the file with a byte order mark; it is not part of the JSON.
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    const reason = errorMessage(error);
    throw new ApiError('invalid_input', `archive: is not JSON, so it cannot be a Debrief archive (${reason})`, 'archive');
  }
  if (!isRecord(data) || data.format !== ARCHIVE_FORMAT) {
    throw new ApiError(
      'invalid_input',
      `archive: this JSON file is not a Debrief meeting archive (an archive says "format": "${ARCHIVE_FORMAT}")`,
      'archive.format',
    );
  }
  const { version } = data;
  if (typeof version === 'number' && Number.isInteger(version) && version > ARCHIVE_VERSION) {
    throw new ApiError(
      'invalid_input',
      `This archive was written by a newer version of Debrief (archive version ${version}); this version reads archive version ${ARCHIVE_VERSION}. Update Debrief to import it.`,
      'archive.version',
    );
  }
  const parsed = wrapped.safeParse({ archive: data });
  if (!parsed.success) throw invalidInput(parsed.error);
  return parsed.data.archive;
}
