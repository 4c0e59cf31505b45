import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, dialog, type WebContents } from 'electron';
import { z } from 'zod';
import type { SaveFileResult } from '../../shared/api/bridge.ts';
import { writeFileAtomically } from '../files/atomic-file.ts';
import { isTrustedUrl } from './trusted-url.ts';
import { errorMessage } from '../../shared/error-message.ts';

/** Far above any report or archive the app produces; a request above it is a bug, not a document. */
export const SAVE_FILE_MAX_BYTES = 200 * 1024 * 1024;

/** A file or folder name with no path in it: companions are written only inside their own folder. */
// eslint-disable-next-line no-control-regex -- refusing control characters in a name is the point
const BARE_NAME = /^(?!\.{1,2}$)[^/\\:*?"<>|\u0000-\u001f]{1,120}$/;

/** The part of Electron's IpcMainInvokeEvent the handler looks at. */
export interface SaveFileEvent {
  readonly sender: WebContents;
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

const saveFileRequest = z.strictObject({
  suggestedName: z.string().min(1).max(255),
  data: z.instanceof(Uint8Array).refine((data) => data.byteLength <= SAVE_FILE_MAX_BYTES, { message: 'is too large' }),
  filters: z.array(z.strictObject({ name: z.string().min(1).max(100), extensions: z.array(z.string().regex(/^[A-Za-z0-9]{1,10}$/)).max(10) })).max(10),
  companions: z
    .strictObject({
      folder: z.string().regex(BARE_NAME),
      files: z.array(z.strictObject({ name: z.string().regex(BARE_NAME), data: z.instanceof(Uint8Array) })).max(10_000),
    })
    .optional(),
});

/** Only a bare file name may be suggested: the page never picks the folder. */
function bareName(name: string): string {
  const base = path.basename(name.replaceAll('\\', '/'));
  return base === '' || base === '.' || base === '..' ? 'report' : base;
}

/**
 * The ipcMain.handle(IPC_SAVE_FILE_CHANNEL) handler: the native Save dialog, then the bytes written where the user
 * chose. Like API calls, only the top frame of a page on a trusted origin may ask; anything else is refused by throwing.
 */
export function createSaveFileHandler(options: { trustedOrigins: readonly string[] }) {
  return async (event: SaveFileEvent, request: unknown): Promise<SaveFileResult> => {
    const frame = event.senderFrame;
    if (frame === null || frame.parent !== null || !isTrustedUrl(frame.url, options.trustedOrigins)) {
      console.warn(`Refused a save request from ${frame === null ? 'a frame that is gone' : JSON.stringify(frame.url.slice(0, 200))}`);
      throw new Error('Refused: this page may not save files');
    }
    const parsed = saveFileRequest.safeParse(request);
    if (!parsed.success) return { saved: false, error: 'The file to save was not in the expected form.' };
    const { suggestedName, data, filters, companions } = parsed.data;

    const dialogOptions = {
      defaultPath: bareName(suggestedName),
      filters: filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] })),
    };
    const window = BrowserWindow.fromWebContents(event.sender);
    const choice = window ? await dialog.showSaveDialog(window, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
    if (choice.canceled || !choice.filePath) return { saved: false };

    try {
      // The images first: a report is never left pointing at a folder that is not there.
      if (companions) await writeCompanions(path.join(path.dirname(choice.filePath), companions.folder), companions.files);
      await writeFileAtomically(choice.filePath, data);
    } catch (error) {
      return { saved: false, error: `${path.basename(choice.filePath)} could not be written: ${errorMessage(error)}` };
    }
    return { saved: true, path: choice.filePath };
  };
}

/** Writes the files a saved report links to into their folder beside it (a Markdown report's images). */
export async function writeCompanions(folder: string, files: ReadonlyArray<{ name: string; data: Uint8Array }>): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (const file of files) await writeFileAtomically(path.join(folder, file.name), file.data);
}
