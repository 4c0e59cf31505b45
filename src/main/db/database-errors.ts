import path from 'node:path';

/** A database file Debrief will not open as asked; the message names the file and says what to do. */
export class DatabaseFileError extends Error {
  readonly file: string;

  constructor(file: string, message: string) {
    super(message);
    this.name = 'DatabaseFileError';
    this.file = file;
  }
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

/** The file fails SQLite's integrity check: Debrief reads nothing from it and never writes to it. */
export class DatabaseDamagedError extends DatabaseFileError {
  /** The newest backup beside the file that passes the same check, if any. */
  readonly goodBackup: string | null;

  constructor(file: string, problem: string, goodBackup: string | null) {
    super(
      file,
      // SQLite's reason can quote a damaged CREATE statement over many lines: the message stays one line.
      `The database ${file} is damaged (${oneLine(problem)}); Debrief will not write to it. ` +
        (goodBackup === null ? 'No good backup was found beside it.' : `The newest good backup beside it is ${goodBackup}.`),
    );
    this.name = 'DatabaseDamagedError';
    this.goodBackup = goodBackup;
  }
}

/** The file, or the folder that must hold its journal and backups, cannot be written. */
export class DatabaseReadOnlyError extends DatabaseFileError {
  constructor(file: string, readOnly: 'file' | 'folder') {
    super(
      file,
      readOnly === 'file'
        ? `The database ${file} is read-only, so nothing could be saved. Make the file writable, or copy it to a folder you can write to and open the copy.`
        : `The folder ${path.dirname(file)} is read-only, so the database ${file} cannot be saved or backed up there. Make the folder writable, or copy the file to a folder you can write to and open the copy.`,
    );
    this.name = 'DatabaseReadOnlyError';
  }
}

/** A command that only reads was pointed at a file that does not exist; it creates nothing. */
export class DatabaseMissingError extends DatabaseFileError {
  constructor(file: string, folderMissing: boolean) {
    super(
      file,
      `There is no database at ${file}${folderMissing ? ` (the folder ${path.dirname(file)} does not exist)` : ''}; nothing was created. ` +
        'Check the path given with --db or DEBRIEF_DB.',
    );
    this.name = 'DatabaseMissingError';
  }
}
