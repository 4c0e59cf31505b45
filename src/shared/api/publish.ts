import { z } from 'zod';
import { ARCHIVE_TEXT_MAX } from './archive.ts';
import { requiredText } from './fields.ts';
import { returns, type MethodDeclarations } from './method.ts';

/** A folder on the facilitator's machine, as typed or picked: absolute, since the server's working folder means nothing to the user. */
export const folderPath = textWithoutControls(4096).refine((value) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(value), {
  message: 'must be a full path to a folder, such as /home/me/postmortems or C:\\postmortems',
});

function textWithoutControls(max: number) {
  return requiredText(max, `must be at most ${max} characters`).refine((value) => !/\p{Cc}/u.test(value), {
    message: 'must not contain control characters',
  });
}

/** A file name inside the images folder, as the report names it: never a path. */
// eslint-disable-next-line no-control-regex -- refusing control characters in a name is the point
const bareName = requiredText(120).regex(/^(?!\.{1,2}$)[^/\\:*?"<>|\u0000-\u001f]{1,120}$/, { message: 'must be a file name, not a path' });
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'must be base64' });

export const publishWriteInput = z.strictObject({
  /** The shared folder (often a git working copy) the review is published into. */
  dir: folderPath,
  /** The review's JSON archive text (archiveJson); the Markdown report's UTF-8 bytes and the Word report, in base64. */
  archive: requiredText(ARCHIVE_TEXT_MAX, 'is larger than 50 MB'),
  markdown: base64.max(ARCHIVE_TEXT_MAX * 2),
  docx: base64.max(ARCHIVE_TEXT_MAX * 2),
  /** The images the Markdown report links to, written into `imagesFolder` beside it. */
  imagesFolder: bareName,
  images: z.array(z.strictObject({ name: bareName, data: base64 })).max(10_000),
});

export const publishCommitInput = z.strictObject({
  dir: folderPath,
  /** The folder publish.write answered with: only its files and the README are committed. */
  folder: bareName,
});

/** What git made of a commit request, in words the user can act on. */
export interface GitCommitResult {
  committed: boolean;
  /** The new commit's id, when one was made. */
  commit?: string;
  message: string;
}

export interface PublishResult {
  /** The review's folder, absolute, and its name inside `dir`. */
  path: string;
  folder: string;
  /** Every file written, relative to `dir`, README.md included. */
  files: string[];
  /** The number of reviews the README's index lists. */
  indexed: number;
  /** Whether `dir` is inside a git working tree, so the user can be offered a commit. */
  gitWorkTree: boolean;
}

const refused = { access: 'refused', because: 'publishing is done by the facilitator' } as const;

export const publishMethods = {
  /**
   * Writes `<dir>/<date>-<incident>/` (report.md, report.docx, archive.json, the images) and the index in
   * `<dir>/README.md`, each file written whole under a temporary name and renamed. Publishing the same review again
   * writes over its folder, found by the review's id in the folders' archives.
   */
  'publish.write': {
    input: publishWriteInput,
    result: returns<PublishResult>(),
    resend: 'always',
    noteTaker: refused,
    // The archive, the Word report and the images together, each up to the archive's limit.
    maxInputBytes: ARCHIVE_TEXT_MAX * 4 + 64 * 1024,
  },
  /** Commits the folder's files and README.md with the user's own git and identity; never pushes. */
  'publish.commit': { input: publishCommitInput, result: returns<GitCommitResult>(), resend: 'never', noteTaker: refused },
} as const satisfies MethodDeclarations;
