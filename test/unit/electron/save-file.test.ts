import fs from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveFileHandler, type SaveFileEvent } from '../../../src/main/electron/save-file.ts';
import { useTempDir } from '../../harness/index.ts';

const electron = vi.hoisted(() => ({
  window: { id: 1 },
  showSaveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath?: string }>>(),
  fromWebContents: vi.fn<(contents: unknown) => unknown>(),
}));
vi.mock('electron', () => ({
  BrowserWindow: { fromWebContents: electron.fromWebContents },
  dialog: { showSaveDialog: electron.showSaveDialog },
}));

const TRUSTED = ['app://debrief'];
const temp = useTempDir('debrief-save-file-', 'file');

const sender = { id: 7 } as unknown as SaveFileEvent['sender'];
const from = (url: string, parent: unknown = null): SaveFileEvent => ({ sender, senderFrame: { url, parent } });
const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x0a, 0x0d]);
const request = { suggestedName: 'INC-2041-2026-11-20.docx', data: bytes, filters: [{ name: 'Word document', extensions: ['docx'] }] };

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  electron.showSaveDialog.mockReset();
  electron.fromWebContents.mockReset().mockReturnValue(electron.window);
});

describe('the save-file handler', () => {
  it.each([
    ['another origin', from('https://example.com/')],
    ['a sub-frame of the app', from('app://debrief/index.html', { url: 'app://debrief/index.html' })],
    ['a frame that is gone', { sender, senderFrame: null }],
  ])('refuses %s without showing a dialog', async (_name, event) => {
    const handler = createSaveFileHandler({ trustedOrigins: TRUSTED });
    await expect(handler(event, request)).rejects.toThrow(/Refused/);
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports saved: false and writes nothing when the user cancels', async () => {
    const target = temp.file('cancelled.docx');
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: target });
    const handler = createSaveFileHandler({ trustedOrigins: TRUSTED });
    await expect(handler(from('app://debrief/index.html'), request)).resolves.toEqual({ saved: false });
    expect(fs.existsSync(target)).toBe(false);
  });

  it('shows the dialog on the sender’s window with the suggested name and filters, then writes the exact bytes', async () => {
    const target = temp.file('chosen.docx');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const handler = createSaveFileHandler({ trustedOrigins: TRUSTED });
    await expect(handler(from('app://debrief/index.html'), request)).resolves.toEqual({ saved: true, path: target });
    expect(electron.fromWebContents).toHaveBeenCalledWith(sender);
    expect(electron.showSaveDialog).toHaveBeenCalledExactlyOnceWith(electron.window, {
      defaultPath: 'INC-2041-2026-11-20.docx',
      filters: [{ name: 'Word document', extensions: ['docx'] }],
    });
    expect(new Uint8Array(fs.readFileSync(target))).toEqual(bytes);
    expect(fs.readdirSync(temp.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes a Markdown report’s images into the folder its links name, beside the file the user chose', async () => {
    const target = temp.file('renamed-by-user.md');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const handler = createSaveFileHandler({ trustedOrigins: TRUSTED });
    const image = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const companions = { folder: 'INC-2041-images', files: [{ name: '01-lag.png', data: image }] };
    const markdown = new TextEncoder().encode('![Lag](INC-2041-images/01-lag.png)');
    await expect(handler(from('app://debrief/index.html'), { ...request, data: markdown, companions })).resolves.toEqual({ saved: true, path: target });
    expect(new Uint8Array(fs.readFileSync(temp.file('INC-2041-images/01-lag.png')))).toEqual(image);
  });

  it.each(['../outside', 'a/b', '..'])('refuses a companion folder or file named %s and writes nothing', async (name) => {
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: temp.file('report.md') });
    const handler = createSaveFileHandler({ trustedOrigins: TRUSTED });
    const companions = { folder: name, files: [{ name, data: new Uint8Array([1]) }] };
    await expect(handler(from('app://debrief/index.html'), { ...request, companions })).resolves.toMatchObject({ saved: false });
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
  });

  it('replaces an existing file whole', async () => {
    const target = temp.file('existing.md');
    fs.writeFileSync(target, 'an older, much longer report that must not survive in part');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const handler = createSaveFileHandler({ trustedOrigins: TRUSTED });
    await handler(from('app://debrief/index.html'), { ...request, data: new TextEncoder().encode('# New') });
    expect(fs.readFileSync(target, 'utf8')).toBe('# New');
  });

  it('suggests only a bare file name, never a folder chosen by the page', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: true });
    const handler = createSaveFileHandler({ trustedOrigins: TRUSTED });
    await handler(from('app://debrief/index.html'), { ...request, suggestedName: '../../etc/passwd' });
    await handler(from('app://debrief/index.html'), { ...request, suggestedName: 'C:\\Users\\x\\report.md' });
    expect(electron.showSaveDialog.mock.calls.map((call) => (call[1] as { defaultPath: string }).defaultPath)).toEqual(['passwd', 'report.md']);
  });

  it('refuses a request that is not a file to save, without a dialog', async () => {
    const handler = createSaveFileHandler({ trustedOrigins: TRUSTED });
    const result = await handler(from('app://debrief/index.html'), { ...request, data: 'not bytes' });
    expect(result.saved).toBe(false);
    expect(result.error).toMatch(/expected form/);
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports a write that fails, naming the file, and leaves no temporary file behind', async () => {
    const target = temp.file('missing-folder/report.md');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const handler = createSaveFileHandler({ trustedOrigins: TRUSTED });
    const result = await handler(from('app://debrief/index.html'), request);
    expect(result).toMatchObject({ saved: false, error: expect.stringMatching(/^report\.md could not be written/) });
    expect(fs.readdirSync(temp.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('uses a window-less dialog when the sender has no window', async () => {
    electron.fromWebContents.mockReturnValue(null);
    electron.showSaveDialog.mockResolvedValue({ canceled: true });
    const handler = createSaveFileHandler({ trustedOrigins: TRUSTED });
    await handler(from('app://debrief/index.html'), request);
    expect(electron.showSaveDialog.mock.calls[0]).toHaveLength(1);
  });
});
