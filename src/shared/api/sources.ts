import { z } from 'zod';
import type { LibrarySource, SourceReadResult } from '../domain/library-source.ts';
import type { Deleted } from './method.ts';
import { id } from './fields.ts';
import { returns, type MethodDeclarations } from './method.ts';
import { folderPath } from './publish.ts';

/** Named by the main process's folder watcher, which lists the sources and reads one again through dispatch(). */
export const SOURCES_LIST = 'sources.list';
export const SOURCES_REREAD = 'sources.reread';

export const addSourceInput = z.strictObject({ path: folderPath });
export const sourceIdInput = z.strictObject({ id });

const refused = { access: 'refused', because: 'library sources are added and read by the facilitator' } as const;

export const sourceMethods = {
  /** Every library source, with the meetings read from it. */
  [SOURCES_LIST]: { input: z.strictObject({}), result: returns<LibrarySource[]>(), resend: 'read', noteTaker: refused },
  /** Adds the folder and reads it at once; adding a folder already added reads it again. */
  'sources.add': { input: addSourceInput, result: returns<SourceReadResult>(), resend: 'always', noteTaker: refused },
  /**
   * Reads the folder again: imports archives that are new, imports again those whose file changed (size, time or
   * content), removes the meetings whose archive is gone. Archives that cannot be read are listed as problems.
   */
  [SOURCES_REREAD]: { input: sourceIdInput, result: returns<SourceReadResult>(), resend: 'always', noteTaker: refused },
  /** Forgets the folder and removes every meeting read from it; the folder itself is left as it is. */
  'sources.remove': { input: sourceIdInput, result: returns<Omit<Deleted, 'revision'>>(), resend: 'always', noteTaker: refused },
} as const satisfies MethodDeclarations;
