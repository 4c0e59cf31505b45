import { BrowserWindow, dialog } from 'electron';
import type { PickFolderPurpose } from '../../shared/api/bridge.ts';
import type { SaveFileEvent } from './save-file.ts';
import { isTrustedUrl } from './trusted-url.ts';

const DIALOGS: Readonly<Record<PickFolderPurpose, { title: string; buttonLabel: string }>> = {
  publish: { title: 'Publish the review into a folder', buttonLabel: 'Publish here' },
  'library-source': { title: 'Add a folder of published reviews', buttonLabel: 'Add folder' },
};

/**
 * The ipcMain.handle(IPC_PICK_FOLDER_CHANNEL) handler: the native folder picker, answering the folder chosen or null.
 * Only the top frame of a trusted page may ask; the writing itself is an API call (publish.write, sources.add).
 */
export function createPickFolderHandler(options: { trustedOrigins: readonly string[] }) {
  return async (event: SaveFileEvent, purpose: unknown): Promise<string | null> => {
    const frame = event.senderFrame;
    if (frame === null || frame.parent !== null || !isTrustedUrl(frame.url, options.trustedOrigins)) {
      console.warn(`Refused a folder request from ${frame === null ? 'a frame that is gone' : JSON.stringify(frame.url.slice(0, 200))}`);
      throw new Error('Refused: this page may not pick folders');
    }
    const labels = DIALOGS[purpose === 'library-source' ? 'library-source' : 'publish'];
    const dialogOptions = { ...labels, properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
    const window = BrowserWindow.fromWebContents(event.sender);
    const choice = window ? await dialog.showOpenDialog(window, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
    return choice.canceled ? null : (choice.filePaths[0] ?? null);
  };
}
