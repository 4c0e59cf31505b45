import type { SaveFileCompanions, SaveFileFilter } from '../../../shared/api/bridge.ts';
import { downloadFile } from './download-file.ts';
import { errorMessage } from '../../../shared/error-message.ts';

export type SaveOutcome = { kind: 'saved'; message: string } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

export interface FileToSave {
  name: string;
  data: Uint8Array;
  mimeType: string;
  filter: SaveFileFilter;
  /** A Markdown report's images, which its links look for in this folder beside it. */
  companions?: SaveFileCompanions;
}

const baseName = (filePath: string): string => filePath.split(/[\\/]/).pop() ?? filePath;

/**
 * The desktop app asks where to save (native dialog) and writes a Markdown report's images into their folder beside
 * it; the browser page downloads, a report with images as one ZIP of the .md and its folder.
 */
export async function saveExport(file: FileToSave): Promise<SaveOutcome> {
  const saveFile = window.debrief?.saveFile;
  const companions = file.companions && file.companions.files.length > 0 ? file.companions : undefined;
  if (!saveFile) {
    if (companions) {
      const zip = await zipWithImages(file.name, file.data, companions);
      downloadFile(zip.name, zip.data, 'application/zip');
      return { kind: 'saved', message: `Downloaded ${zip.name} (the report and its ${companions.files.length} images)` };
    }
    downloadFile(file.name, file.data, file.mimeType);
    return { kind: 'saved', message: `Downloaded ${file.name}` };
  }
  try {
    const request = { suggestedName: file.name, data: file.data, filters: [file.filter] };
    const result = await saveFile(companions ? { ...request, companions } : request);
    if (result.saved) return { kind: 'saved', message: `Saved ${baseName(result.path ?? file.name)}` };
    return result.error ? { kind: 'failed', message: result.error } : { kind: 'cancelled' };
  } catch (error) {
    return { kind: 'failed', message: errorMessage(error) };
  }
}

/** "INC-7.md" and its images as "INC-7.zip": the .md at the top, the images in the folder its links name. */
async function zipWithImages(name: string, data: Uint8Array, companions: SaveFileCompanions): Promise<{ name: string; data: Uint8Array }> {
  // fflate is loaded only when a report with images is first downloaded, so opening the app never waits for it.
  const { zipSync } = await import('fflate');
  const files: Record<string, Uint8Array> = { [name]: data };
  // Images are compressed already: stored as they are (level 0) is as small and much quicker.
  for (const image of companions.files) files[`${companions.folder}/${image.name}`] = image.data;
  const zipped = zipSync(Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, [bytes, { level: path === name ? 6 : 0 }]])));
  return { name: `${name.replace(/\.md$/, '')}.zip`, data: zipped };
}
