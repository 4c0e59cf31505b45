import type { SaveFileFilter } from '../../../shared/api/bridge.ts';
import { downloadFile } from './download-file.ts';
import { errorMessage } from '../../../shared/error-message.ts';

export type SaveOutcome = { kind: 'saved'; message: string } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

export interface FileToSave {
  name: string;
  data: Uint8Array;
  mimeType: string;
  filter: SaveFileFilter;
}

const baseName = (filePath: string): string => filePath.split(/[\\/]/).pop() ?? filePath;

/** The desktop app asks where to save (native dialog); the browser page downloads. */
export async function saveExport(file: FileToSave): Promise<SaveOutcome> {
  const saveFile = window.debrief?.saveFile;
  if (!saveFile) {
    downloadFile(file.name, file.data, file.mimeType);
    return { kind: 'saved', message: `Downloaded ${file.name}` };
  }
  try {
    const result = await saveFile({ suggestedName: file.name, data: file.data, filters: [file.filter] });
    if (result.saved) return { kind: 'saved', message: `Saved ${baseName(result.path ?? file.name)}` };
    return result.error ? { kind: 'failed', message: result.error } : { kind: 'cancelled' };
  } catch (error) {
    return { kind: 'failed', message: errorMessage(error) };
  }
}
