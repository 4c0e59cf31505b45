import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPickFolderHandler } from '../../../src/main/electron/pick-folder.ts';
import type { SaveFileEvent } from '../../../src/main/electron/save-file.ts';

const electron = vi.hoisted(() => ({
  window: { id: 1 },
  showOpenDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePaths: string[] }>>(),
  fromWebContents: vi.fn<(contents: unknown) => unknown>(),
}));
vi.mock('electron', () => ({
  BrowserWindow: { fromWebContents: electron.fromWebContents },
  dialog: { showOpenDialog: electron.showOpenDialog },
}));

const TRUSTED = ['app://debrief'];
const sender = { id: 7 } as unknown as SaveFileEvent['sender'];
const from = (url: string, parent: unknown = null): SaveFileEvent => ({ sender, senderFrame: { url, parent } });

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  electron.showOpenDialog.mockReset();
  electron.fromWebContents.mockReset().mockReturnValue(electron.window);
});

describe('the pick-folder handler', () => {
  it.each([
    ['another origin', from('https://example.com/')],
    ['a sub-frame of the app', from('app://debrief/index.html', { url: 'app://debrief/index.html' })],
    ['a frame that is gone', { sender, senderFrame: null }],
  ])('refuses %s without showing a dialog', async (_name, event) => {
    await expect(createPickFolderHandler({ trustedOrigins: TRUSTED })(event, 'publish')).rejects.toThrow(/Refused/);
    expect(electron.showOpenDialog).not.toHaveBeenCalled();
  });

  it("shows a folder picker on the sender's window and answers the folder chosen", async () => {
    electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/me/postmortems'] });
    await expect(createPickFolderHandler({ trustedOrigins: TRUSTED })(from('app://debrief/index.html'), 'library-source')).resolves.toBe(
      '/home/me/postmortems',
    );
    expect(electron.showOpenDialog).toHaveBeenCalledExactlyOnceWith(electron.window, {
      title: 'Add a folder of published reviews',
      buttonLabel: 'Add folder',
      properties: ['openDirectory', 'createDirectory'],
    });
  });

  it('answers null when the user cancels, and treats an unknown purpose as publishing', async () => {
    electron.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(createPickFolderHandler({ trustedOrigins: TRUSTED })(from('app://debrief/index.html'), { evil: true })).resolves.toBeNull();
    expect(electron.showOpenDialog).toHaveBeenCalledWith(electron.window, expect.objectContaining({ buttonLabel: 'Publish here' }));
  });
});
