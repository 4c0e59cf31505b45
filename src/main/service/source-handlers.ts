import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ApiHandlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { MeetingArchive } from '../../shared/archive/meeting-archive.ts';
import { readArchive } from '../../shared/archive/read-archive.ts';
import type { SourceProblem, SourceReadResult } from '../../shared/domain/library-source.ts';
import { errorMessage } from '../../shared/error-message.ts';
import {
  deleteSource,
  deleteSourceFile,
  findSourceByPath,
  getSource,
  insertSource,
  listSourceFiles,
  listSources,
  markSourceRead,
  saveSourceFile,
  type SourceFile,
} from '../db/repositories/library-sources.ts';
import { deleteMeeting, getMeeting } from '../db/repositories/meetings.ts';
import { withSearchIndexDeferred } from '../db/repositories/search-deferral.ts';
import { publishedFolders } from '../files/publish-folder.ts';
import { importMeetingArchive } from './archive-import.ts';
import type { ChangeRecorder, ServiceContext } from './context.ts';
import { notFound } from './required-rows.ts';

function requireSource(context: ServiceContext, id: string) {
  const source = getSource(context.db, id);
  if (!source) throw notFound('library source', id);
  return source;
}

const sourceChanged = (changes: ChangeRecorder, id: string, op: 'created' | 'updated' | 'deleted') =>
  changes.record({ meetingId: '', revision: 0, entity: 'library_source', entityId: id, op });

function removeMeeting(context: ServiceContext, changes: ChangeRecorder, meetingId: string): void {
  const meeting = getMeeting(context.db, meetingId);
  if (!meeting) return;
  deleteMeeting(context.db, meetingId);
  changes.record({ meetingId, revision: meeting.revision + 1, entity: 'meeting', entityId: meetingId, op: 'deleted' });
}

interface Found {
  file: string;
  archivePath: string;
  stat: fs.Stats;
}

/** A changed archive, read and checked before the transaction, so the write lock is held only for the writes. */
interface ToImport {
  file: string;
  archive: MeetingArchive;
  stat: fs.Stats;
  sha256: string;
}

/**
 * How many new or changed archives one read imports. A large folder is read in several calls, each one transaction of
 * a second or two, so the app keeps answering and the page can show how far it has got.
 */
export const SOURCE_READ_BATCH = 250;

/**
 * Reads a source folder again. Files are compared with what was imported (modification time and size first, then the
 * SHA-256 of the bytes), so an unchanged folder costs one stat per archive. Up to `batch` new and changed archives are
 * read and checked first; then one transaction removes the meetings whose archive went or changed and imports the new
 * ones with the archive import (the same one as Import), each linked to its file. `remaining` counts the new and
 * changed archives left for the next read.
 */
export function readSourceFolder(context: ServiceContext, sourceId: string, batch = SOURCE_READ_BATCH): SourceReadResult {
  const { db } = context;
  const source = requireSource(context, sourceId);
  const known = new Map(listSourceFiles(db, sourceId).map((file) => [file.file, file]));
  const problems: SourceProblem[] = [];
  let found: Found[];
  try {
    found = publishedFolders(source.path).map(({ folder, archivePath }) => ({
      file: `${folder}/${path.basename(archivePath)}`,
      archivePath,
      stat: fs.statSync(archivePath),
    }));
  } catch (error) {
    // A folder that is not there now (an unplugged drive) keeps its reviews as last read, and says why.
    return context.mutate((changes) => {
      markSourceRead(db, sourceId, context.now(), [{ file: '.', message: `The folder could not be read: ${errorMessage(error)}` }]);
      sourceChanged(changes, sourceId, 'updated');
      return { source: requireSource(context, sourceId), added: 0, updated: 0, removed: 0, unchanged: known.size, own: 0, remaining: 0 };
    });
  }

  const toImport: ToImport[] = [];
  const touched: SourceFile[] = [];
  let unchanged = 0;
  let own = 0;
  let remaining = 0;
  for (const { file, archivePath, stat } of found) {
    const before = known.get(file);
    if (before && before.modifiedMs === Math.trunc(stat.mtimeMs) && before.size === stat.size) {
      unchanged += 1;
      continue;
    }
    if (toImport.length >= batch) {
      remaining += 1;
      continue;
    }
    try {
      const bytes = fs.readFileSync(archivePath);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      if (before && before.sha256 === sha256) {
        // Touched but the same bytes (a checkout rewrote it): only the recorded time and size move on.
        touched.push({ ...before, modifiedMs: Math.trunc(stat.mtimeMs), size: stat.size });
        unchanged += 1;
        continue;
      }
      const archive = readArchive(bytes.toString('utf8'));
      // A review this library published itself is already here, editable: it is not read in a second time.
      if (getMeeting(db, archive.meeting.id)) {
        own += 1;
        continue;
      }
      toImport.push({ file, archive, stat, sha256 });
    } catch (error) {
      problems.push({ file, message: errorMessage(error) });
    }
  }
  // An archive that could not be read this time is still present: it keeps the review it gave before.
  const present = new Set(found.map((entry) => entry.file));
  const gone = [...known.values()].filter((file) => !present.has(file.file));

  // The index of the batch's documents is written once at the end of its transaction (migration 023).
  return context.mutate((changes) =>
    withSearchIndexDeferred(db, () => {
      let added = 0;
      let updated = 0;
      for (const file of gone) {
        removeMeeting(context, changes, file.meetingId);
        deleteSourceFile(db, sourceId, file.file);
      }
      // The import joins this transaction, as meetings.restore does.
      const joined: ServiceContext = { ...context, mutate: (work) => work(changes) };
      for (const entry of toImport) {
        const before = known.get(entry.file);
        if (before) {
          removeMeeting(context, changes, before.meetingId);
          updated += 1;
        } else added += 1;
        const meeting = importMeetingArchive(joined, entry.archive, false, true);
        saveSourceFile(db, sourceId, {
          file: entry.file,
          meetingId: meeting.id,
          modifiedMs: Math.trunc(entry.stat.mtimeMs),
          size: entry.stat.size,
          sha256: entry.sha256,
        });
      }
      for (const file of touched) saveSourceFile(db, sourceId, file);
      markSourceRead(db, sourceId, context.now(), problems);
      sourceChanged(changes, sourceId, 'updated');
      return { source: requireSource(context, sourceId), added, updated, removed: gone.length, unchanged, own, remaining };
    }),
  );
}

/** Library sources: folders of published reviews read into this library, read-only (issue 16). */
export function sourceHandlers(context: ServiceContext): ApiHandlers<'sources'> {
  const { db } = context;
  return {
    'sources.list': () => listSources(db),
    'sources.add': ({ path: typed }) => {
      const folder = path.resolve(typed);
      const stat = fs.statSync(folder, { throwIfNoEntry: false });
      if (!stat?.isDirectory()) throw new ApiError('invalid_input', `path: ${folder} is not a folder on this computer`, 'path');
      let source = findSourceByPath(db, folder);
      if (!source) {
        const id = context.newId();
        context.mutate((changes) => {
          insertSource(db, { id, path: folder, name: path.basename(folder) || folder, now: context.now() });
          sourceChanged(changes, id, 'created');
        });
        source = requireSource(context, id);
      }
      return readSourceFolder(context, source.id);
    },
    'sources.reread': ({ id }) => readSourceFolder(context, requireSource(context, id).id),
    'sources.remove': ({ id }) =>
      context.mutate((changes) =>
        withSearchIndexDeferred(db, () => {
          const source = requireSource(context, id);
          for (const meetingId of source.meetingIds) removeMeeting(context, changes, meetingId);
          deleteSource(db, id);
          sourceChanged(changes, id, 'deleted');
          return { id, meetingId: '' };
        }),
      ),
  };
}
