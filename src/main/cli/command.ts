import type { ParseArgsOptionsConfig } from 'node:util';
import type { LocalApi } from './local-api.ts';

export const EXIT_OK = 0;
/** The command ran but failed: refused input, missing meeting, unreadable database. */
export const EXIT_FAILED = 1;
/** The command line itself was wrong. */
export const EXIT_USAGE = 2;
/** Stopped by Ctrl+C or a kill, after taking back what it had written (128 + SIGINT, as shells report it). */
export const EXIT_INTERRUPTED = 130;

export type FlagValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CommandContext {
  values: FlagValues;
  positionals: readonly string[];
  /** --json: machine-readable output on stdout, errors as JSON on stderr. */
  json: boolean;
  commands: readonly Command[];
  /** The database file the command works on (--db, DEBRIEF_DB or the desktop app's). */
  databasePath: string;
  /** Opens the database on first use, so `help` and usage errors never touch it. */
  api(): Promise<LocalApi>;
  out(text: string): void;
  err(text: string): void;
  /** Prints the message and this command's usage; returns EXIT_USAGE. */
  usageError(message: string): number;
}

export interface Command {
  name: string;
  /**
   * What the command does with the database: 'read' never creates a missing file or folder, 'write' refuses a
   * read-only one, 'none' leaves opening it to the command (or never opens it).
   */
  database: 'read' | 'write' | 'none';
  /** With database 'write': the actions (first word after the command) that only read, so a read-only file serves them. */
  readOnlyActions?: readonly string[];
  summary: string;
  /** What follows the command name, e.g. "--title TEXT [--incident ID]". */
  usage: string;
  /** One line per flag, shown by `help <command>`. */
  flagHelp: readonly string[];
  options: ParseArgsOptionsConfig;
  allowPositionals?: boolean;
  run(context: CommandContext): Promise<number>;
}

export function stringFlag(values: FlagValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}
