import type { ImportContext, ImportPreview } from '../import-result.ts';

/**
 * Every file format a timeline can be imported from; `--format` in the CLI and the import dialog's choice. Detection
 * tries them in this order: the strict shapes first, CSV and chat (which almost any text resembles) last.
 */
export const TIMELINE_FORMATS = ['slack', 'pagerduty', 'opsgenie', 'alertmanager', 'github-deployments', 'jsonl', 'csv', 'chat'] as const;
export type TimelineFormat = (typeof TIMELINE_FORMATS)[number];

/** A file as the person chose it: its name (for the error messages and detection) and its bytes. */
export interface TimelineFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * What detection looks at, worked out once per file by the registry so no reader decodes or parses twice:
 * `text` is the file as UTF-8 (null for a ZIP or bytes that are not UTF-8), `json` the parsed JSON document
 * (undefined when the text is not one JSON document; JSON Lines is not), `zipNames` the entries of a ZIP.
 */
export interface SniffedFile {
  name: string;
  text: string | null;
  json: unknown;
  zipNames: readonly string[] | null;
}

/** Choices a person makes before reading, beyond the incident date and time zone. */
export interface ReaderOptions extends ImportContext {
  /** Slack: the channels to read, by name without '#'; every channel when absent or empty. */
  channels?: readonly string[];
  /** UTC epoch ms, inclusive: events outside [from, until] are left out (not rejected). */
  from?: number;
  until?: number;
  /** JSON Lines: which field holds the time, the message and the actor (dotted paths such as `agent.name`). */
  timeField?: string;
  messageField?: string;
  actorField?: string;
}

/** What a file offers to choose from before it is read: the dialog shows these, the CLI lists them in errors. */
export interface ReaderChoices {
  /** Slack: each channel in the export and how many messages it holds. */
  channels?: ReadonlyArray<{ name: string; messages: number }>;
  /** JSON Lines: the field paths seen in the first records, and the ones the reader would pick. */
  fields?: readonly string[];
  suggested?: Pick<ReaderOptions, 'timeField' | 'messageField' | 'actorField'>;
}

/**
 * One format. Readers are pure and run in the browser and in Node. `read` never throws for bad content: a file it
 * cannot read at all is one rejected line (line 1, or 0 when the file has no lines) saying why, naming the part.
 * Each event's `source` is the format's own source kind and its `origin` says more where the format has it
 * (a Slack channel, a PagerDuty service).
 */
export interface TimelineReader {
  format: TimelineFormat;
  /** How the dialog and help name it, e.g. "Slack export (ZIP)". */
  label: string;
  /**
   * File name endings (lower case, no dot) that mean this format when no reader recognises the content, so a CSV with
   * a wrong header is read as CSV and its rejection names the missing columns.
   */
  extensions?: readonly string[];
  /** Whether the file is clearly this format (see TIMELINE_FORMATS for the order they are tried in). */
  detect(file: SniffedFile): boolean;
  choices?(file: TimelineFile): ReaderChoices;
  read(file: TimelineFile, options: ReaderOptions): ImportPreview;
}
