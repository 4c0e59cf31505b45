import type { ApiHandlers } from '../../shared/api/contract.ts';
import { readArchive } from '../../shared/archive/read-archive.ts';
import { readMeetingArchive } from './archive-export.ts';
import { importMeetingArchive } from './archive-import.ts';
import type { ServiceContext } from './context.ts';

/** The JSON archive: a whole meeting out as one document, and back in as a new meeting (or, to undo a delete, as itself). */
export function archiveHandlers(context: ServiceContext): ApiHandlers<'archive'> {
  return {
    'archive.export': ({ meetingId }) => readMeetingArchive(context.db, meetingId, context.now()),
    'archive.import': ({ archive }) => importMeetingArchive(context, readArchive(archive)),
  };
}
