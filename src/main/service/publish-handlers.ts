import fs from 'node:fs';
import path from 'node:path';
import type { ApiHandlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import { readArchive } from '../../shared/archive/read-archive.ts';
import { indexEntryOf, PUBLISHED_FILES } from '../../shared/publish/library-index.ts';
import { commitPaths } from '../files/git-commit.ts';
import { README_NAME, writePublication } from '../files/publish-folder.ts';

/** "Publish post-incident review 2026-11-20 INC-2041: Checkout outage", on one line, as git wants a subject. */
function commitMessage(folderPath: string, folder: string): string {
  let subject = folder;
  try {
    const entry = indexEntryOf(folder, JSON.parse(fs.readFileSync(path.join(folderPath, PUBLISHED_FILES.archive), 'utf8')));
    if (entry) subject = [entry.date, entry.incidentId].filter((part) => part !== '').join(' ') + (entry.title === '' ? '' : `: ${entry.title}`);
  } catch {
    // The folder's name says which review it is.
  }
  return `Publish post-incident review ${subject.replace(/\s+/gu, ' ').trim()}`.slice(0, 200);
}

/**
 * Publishing into a shared folder, in the process that owns the files: the desktop app's main process, or the
 * browser mode's local server (the facilitator's token; note-takers are refused by the declarations).
 */
export function publishHandlers(): ApiHandlers<'publish'> {
  return {
    'publish.write': ({ dir, archive, ...files }) => writePublication({ ...files, dir, archive: readArchive(archive), archiveText: archive }),
    'publish.commit': ({ dir, folder }) => {
      const root = path.resolve(dir);
      const folderPath = path.join(root, folder);
      if (!fs.existsSync(path.join(folderPath, PUBLISHED_FILES.archive))) {
        throw new ApiError('invalid_input', `folder: ${folder} holds no published review in ${root}`, 'folder');
      }
      return commitPaths(root, [README_NAME, folder], commitMessage(folderPath, folder));
    },
  };
}
