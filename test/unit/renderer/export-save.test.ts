import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SaveFileRequest, SaveFileResult } from '../../../src/shared/api/bridge.ts';
import { saveExport, type FileToSave } from '../../../src/renderer/views/export/save-export.ts';

const file: FileToSave = {
  name: 'INC-2041-2026-11-20.md',
  data: new TextEncoder().encode('# Post-Incident Review: INC-2041\n'),
  mimeType: 'text/markdown;charset=utf-8',
  filter: { name: 'Markdown', extensions: ['md'] },
};

function desktopWith(saveFile: (request: SaveFileRequest) => Promise<SaveFileResult>) {
  vi.stubGlobal('window', { debrief: { call: vi.fn(), subscribe: vi.fn(), saveFile } });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('saving an export in the desktop app', () => {
  it('hands the name, bytes and filter to the preload’s saveFile and names the file the user chose', async () => {
    const saveFile = vi.fn(async () => ({ saved: true, path: '/home/sam/Reports/checkout-review.md' }));
    desktopWith(saveFile);
    await expect(saveExport(file)).resolves.toEqual({ kind: 'saved', message: 'Saved checkout-review.md' });
    expect(saveFile).toHaveBeenCalledExactlyOnceWith({ suggestedName: file.name, data: file.data, filters: [file.filter] });
  });

  it('takes the last part of a Windows path too', async () => {
    desktopWith(async () => ({ saved: true, path: 'C:\\Users\\sam\\Documents\\INC-2041-2026-11-20.md' }));
    await expect(saveExport(file)).resolves.toEqual({ kind: 'saved', message: 'Saved INC-2041-2026-11-20.md' });
  });

  it('treats a cancelled dialog as nothing happened', async () => {
    desktopWith(async () => ({ saved: false }));
    await expect(saveExport(file)).resolves.toEqual({ kind: 'cancelled' });
  });

  it('passes on why a write failed, and a refused or broken channel as a failure', async () => {
    desktopWith(async () => ({ saved: false, error: 'report.md could not be written: EACCES' }));
    await expect(saveExport(file)).resolves.toEqual({ kind: 'failed', message: 'report.md could not be written: EACCES' });
    desktopWith(async () => {
      throw new Error('Refused: this page may not save files');
    });
    await expect(saveExport(file)).resolves.toEqual({ kind: 'failed', message: 'Refused: this page may not save files' });
  });
});
