import { z } from 'zod';
import type { MeetingArchive } from '../archive/meeting-archive.ts';
import type { Meeting } from '../domain/meeting.ts';
import { id, requiredText } from './fields.ts';
import { returns, type MethodDeclarations } from './method.ts';
import { FACILITATOR_ONLY } from './note-taker-rule.ts';

/** An archive is read whole; 50 MB holds far more than the largest meeting the app allows. */
export const ARCHIVE_TEXT_MAX = 50 * 1024 * 1024;

export const exportArchiveInput = z.strictObject({ meetingId: id });

export const importArchiveInput = z.strictObject({
  /** The archive file's text, exactly as saved. */
  archive: requiredText(ARCHIVE_TEXT_MAX, 'is larger than 50 MB'),
});

export const archiveMethods = {
  /** The whole meeting as one document: saved as the JSON archive, and what every report layout is built from. */
  'archive.export': {
    input: exportArchiveInput,
    result: returns<MeetingArchive>(),
    resend: 'read',
    noteTaker: { access: 'refused', because: 'exporting is done by the facilitator' },
  },
  /** A new meeting holding everything in the archive, with new ids. */
  'archive.import': {
    input: importArchiveInput,
    result: returns<Meeting>(),
    resend: 'never',
    noteTaker: { access: 'refused', because: FACILITATOR_ONLY },
    // An archive carries its evidence images: megabytes, more than one message.
    maxInputBytes: ARCHIVE_TEXT_MAX + 64 * 1024,
  },
} as const satisfies MethodDeclarations;
