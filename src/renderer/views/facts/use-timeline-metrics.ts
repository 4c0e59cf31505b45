import { useMemo } from 'react';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { timelineMetrics, type TimelineMetrics } from '../../../shared/timeline/metrics.ts';
import { useTimeline } from '../../app/services.ts';
import { timelineRows } from '../../stores/timeline/timeline-rows.ts';

/** The metrics of the timeline as this window shows it (events still being saved count: the room sees them). */
export function useTimelineMetrics(meeting: Pick<Meeting, 'incidentStartedAt' | 'incidentEndedAt'>): TimelineMetrics {
  const events = useTimeline((state) => state.items);
  const drafts = useTimeline((state) => state.drafts);
  const hidden = useTimeline((state) => state.hidden);
  const statuses = useTimeline((state) => state.statuses);
  const { incidentStartedAt, incidentEndedAt } = meeting;
  return useMemo(
    () =>
      timelineMetrics(
        timelineRows({ items: events, drafts, hidden, statuses }).map((row) => row.event),
        { incidentStartedAt, incidentEndedAt },
      ),
    [events, drafts, hidden, statuses, incidentStartedAt, incidentEndedAt],
  );
}
