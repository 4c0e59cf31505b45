import type { TimelinePhase, TimelineSource, TimePrecision } from '../domain/timeline.ts';

/** One event an import would add, with the line of the file or paste it came from. */
export interface ImportedEvent {
  line: number;
  occurredAt: number;
  precision: TimePrecision;
  description: string;
  actor: string;
  phase: TimelinePhase;
  source: TimelineSource;
  /** e.g. `#incident-42` for Slack; empty when the format has nothing more to say than its source. */
  origin: string;
}

/** A line that will not be imported, and why, in words that name the part that is wrong. */
export interface RejectedLine {
  line: number;
  reason: string;
}

export interface ImportPreview {
  events: ImportedEvent[];
  rejected: RejectedLine[];
}

/** The most events one call of timeline.import adds; a larger import is sent in chunks of this size. */
export const IMPORT_CHUNK_MAX = 5_000;

/** The most events one file may give; far above a 100,000-message Slack export. */
export const IMPORT_EVENTS_MAX = 250_000;

/** Where typed clock times belong: the incident date, read in the meeting's zone. */
export interface ImportContext {
  timeZone: string;
  /** YYYY-MM-DD */
  anchorDate: string;
}
