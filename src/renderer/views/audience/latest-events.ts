import type { TimelineEvent } from '../../../shared/domain/timeline.ts';
import type { TimelineRow } from '../../stores/timeline/timeline-rows.ts';

export interface ShownEvent {
  event: TimelineEvent;
  /** The one typed last, highlighted so the room sees what just went in. */
  newest: boolean;
}

/**
 * The events the shared screen has room for: the `count` most recently typed or changed (what the room is talking
 * about now), shown in time order. Rows still being saved count, so the screen follows the typing.
 */
export function latestEvents(rows: readonly TimelineRow[], count: number): ShownEvent[] {
  if (count <= 0 || rows.length === 0) return [];
  const recency = (row: TimelineRow) => Math.max(row.event.createdAt, row.event.updatedAt);
  const recent = [...rows].sort((a, b) => recency(b) - recency(a)).slice(0, count);
  const newestId = recent[0]?.event.id;
  const chosen = new Set(recent.map((row) => row.event.id));
  return rows.filter((row) => chosen.has(row.event.id)).map((row) => ({ event: row.event, newest: row.event.id === newestId && rows.length > 1 }));
}
