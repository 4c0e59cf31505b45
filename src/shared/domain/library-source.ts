/** An archive of a library source that the last read could not import, and why. */
export interface SourceProblem {
  /** The archive's path inside the source folder, with `/` between parts. */
  file: string;
  message: string;
}

/**
 * A folder of published reviews (a clone of the team's post-mortem repository, say) read into this library: each
 * review's archive is imported as a read-only meeting, marked as coming from here, and read again when it changes.
 */
export interface LibrarySource {
  id: string;
  /** The folder, absolute, as the user gave it. */
  path: string;
  /** What the library shows its reviews as coming from: the folder's name. */
  name: string;
  addedAt: number;
  /** When the folder was last read; null before the first read. */
  readAt: number | null;
  problems: SourceProblem[];
  /** The meetings read from it, one per archive. */
  meetingIds: string[];
}

/** What one read of a source did. */
export interface SourceReadResult {
  source: LibrarySource;
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
  /** Archives of reviews this library holds itself (it published them there): not read in a second time. */
  own: number;
  /** New or changed archives this read left for the next one (a large folder is read in batches). */
  remaining: number;
}
