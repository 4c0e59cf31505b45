/** One import of a timeline file, written in chunks (issue 17). */
export const TIMELINE_IMPORT_STATES = ['running', 'finished', 'removed'] as const;
export type TimelineImportState = (typeof TIMELINE_IMPORT_STATES)[number];

export interface TimelineImport {
  id: string;
  meetingId: string;
  /** running: chunks are still arriving; finished: all in; removed: cancelled or undone, its events deleted. */
  state: TimelineImportState;
  eventCount: number;
  startedAt: number;
  updatedAt: number;
}
