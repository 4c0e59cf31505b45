import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/errors.ts';
import type { PublishResult } from '../../shared/api/publish.ts';
import type { MeetingArchive } from '../../shared/archive/meeting-archive.ts';
import { base64ToBytes } from '../../shared/evidence/base64.ts';
import { errorMessage } from '../../shared/error-message.ts';
import { publicationFolderName, unusedFolderName } from '../../shared/publish/folder-name.ts';
import { indexEntryOf, indexTable, IndexMarkersError, PUBLISHED_FILES, readmeWithIndex, type IndexEntry } from '../../shared/publish/library-index.ts';
import { writeFileAtomicallySync } from './atomic-file.ts';
import { isGitWorkTree } from './git-commit.ts';

export const README_NAME = 'README.md';

/** What publish.write was given, checked: the archive already read and validated. */
export interface PublicationToWrite {
  dir: string;
  archive: MeetingArchive;
  archiveText: string;
  markdown: string;
  docx: string;
  imagesFolder: string;
  images: ReadonlyArray<{ name: string; data: string }>;
}

const codeOf = (error: unknown): unknown => (error as { code?: unknown }).code;

/** A published review's folder as found in the library folder: its name, and where its archive is. */
export interface PublishedFolder {
  folder: string;
  archivePath: string;
}

/**
 * The folders of `dir` that hold a published review's archive. Symbolic links are not followed, so a link in a shared
 * repository can neither be written through nor make a review appear twice.
 */
export function publishedFolders(dir: string): PublishedFolder[] {
  const found: PublishedFolder[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const archivePath = path.join(dir, entry.name, PUBLISHED_FILES.archive);
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(archivePath);
    } catch {
      continue;
    }
    if (stat.isFile()) found.push({ folder: entry.name, archivePath });
  }
  return found;
}

/** Every published review of `dir` as its index row; an archive that cannot be read is left out of the index. */
export function readIndexEntries(dir: string): IndexEntry[] {
  const entries: IndexEntry[] = [];
  for (const { folder, archivePath } of publishedFolders(dir)) {
    try {
      const entry = indexEntryOf(folder, JSON.parse(fs.readFileSync(archivePath, 'utf8')));
      if (entry) entries.push(entry);
    } catch {
      // Half a teammate's merge, or not JSON: not a review this index can list.
    }
  }
  return entries;
}

/** The library folder, made when only its last part is missing (a typo further up is reported, not created). */
function openLibraryFolder(dir: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') throw unwritable(dir, error);
    try {
      fs.mkdirSync(dir);
      return;
    } catch (inner) {
      throw new ApiError('invalid_input', `dir: ${dir} does not exist and could not be created (${errorMessage(inner)})`, 'dir');
    }
  }
  if (!stat.isDirectory()) throw new ApiError('invalid_input', `dir: ${dir} is a file, not a folder`, 'dir');
}

function unwritable(target: string, error: unknown): ApiError {
  return new ApiError('conflict', `Could not write ${target}: ${errorMessage(error)}. Nothing after it was written.`);
}

/** Makes `folder` inside `parent` unless it is there; refuses anything at that name that is not a plain folder. */
function ensureFolder(folder: string): void {
  try {
    fs.mkdirSync(folder);
  } catch (error) {
    if (codeOf(error) !== 'EEXIST') throw error;
    if (!fs.lstatSync(folder).isDirectory()) throw new Error(`${path.basename(folder)} exists and is not a folder`, { cause: error });
  }
}

/**
 * Writes one review into `dir`: its folder (found again by the review's id when it was published before), the images,
 * the Word and Markdown reports and the archive last, then the README's index, read back from every folder's archive
 * so teammates' publications are listed too. Each file is written whole and renamed into place.
 */
export function writePublication(input: PublicationToWrite): PublishResult {
  const dir = path.resolve(input.dir);
  openLibraryFolder(dir);
  const readmePath = path.join(dir, README_NAME);
  const readme = readTextIfAny(readmePath);
  const existing = readIndexEntries(dir);
  const previous = existing.find((entry) => entry.meetingId === input.archive.meeting.id);
  const folder = previous?.folder ?? unusedFolderName(publicationFolderName(input.archive.meeting), fs.readdirSync(dir));
  const folderPath = path.join(dir, folder);
  const files: string[] = [];
  const write = (relative: string, data: Uint8Array | string) => {
    const target = path.join(dir, relative);
    try {
      writeFileAtomicallySync(target, data);
    } catch (error) {
      throw unwritable(target, error);
    }
    files.push(relative.split(path.sep).join('/'));
  };

  try {
    ensureFolder(folderPath);
    if (input.images.length > 0) {
      const imagesPath = path.join(folderPath, input.imagesFolder);
      ensureFolder(imagesPath);
      const names = new Set(input.images.map((image) => image.name));
      // An image the review no longer has goes, so the folder holds what the report links to.
      for (const old of fs.readdirSync(imagesPath)) if (!names.has(old)) fs.rmSync(path.join(imagesPath, old), { force: true });
    }
  } catch (error) {
    throw unwritable(folderPath, error);
  }
  for (const image of input.images) write(path.join(folder, input.imagesFolder, image.name), base64ToBytes(image.data));
  write(path.join(folder, PUBLISHED_FILES.docx), base64ToBytes(input.docx));
  write(path.join(folder, PUBLISHED_FILES.markdown), base64ToBytes(input.markdown));
  write(path.join(folder, PUBLISHED_FILES.archive), input.archiveText);

  const entry = indexEntryOf(folder, JSON.parse(input.archiveText));
  const entries = [...existing.filter((other) => other.folder !== folder), ...(entry ? [entry] : [])];
  let nextReadme: string;
  try {
    nextReadme = readmeWithIndex(readme, indexTable(entries));
  } catch (error) {
    if (error instanceof IndexMarkersError) throw new ApiError('conflict', `The review was written to ${folder}, but the index was not: ${error.message}`);
    throw error;
  }
  if (nextReadme !== readme) write(README_NAME, nextReadme);
  return { path: folderPath, folder, files, indexed: entries.length, gitWorkTree: isGitWorkTree(dir) };
}

function readTextIfAny(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return null;
    throw unwritable(file, error);
  }
}
