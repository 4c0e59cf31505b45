import { useMemo } from 'react';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import type { ReportSource } from '../../../shared/report/source.ts';
import { useAgenda, useConflicts, useEffectiveness, useFacts, useNotes, useParticipants, useReview, useTimeline, useWhys } from '../../app/services.ts';
import { participantRows } from '../../stores/participants/participants-store.ts';
import { timelineRows } from '../../stores/timeline/timeline-rows.ts';
import { useActionRows } from '../actions/use-action-rows.ts';

/** The report's source as this window has it now: what the export would print, drafts included. */
export function useReportSource(shown: Meeting): ReportSource {
  const meeting = useFacts((state) => (state.meetingId === shown.id ? state.items[0] : undefined)) ?? shown;
  const timelineItems = useTimeline((state) => state.items);
  const timelineDrafts = useTimeline((state) => state.drafts);
  const timelineHidden = useTimeline((state) => state.hidden);
  const timelineStatuses = useTimeline((state) => state.statuses);
  const whys = useWhys((state) => state.items);
  const notes = useNotes((state) => state.items);
  const conflicts = useConflicts((state) => state.items);
  const actionRows = useActionRows();
  const agendaSections = useAgenda((state) => state.items);
  const people = useParticipants((state) => state.items);
  const peopleDrafts = useParticipants((state) => state.drafts);
  const peopleHidden = useParticipants((state) => state.hidden);
  const review = useReview((state) => (state.meetingId === shown.id ? state.items[0] : undefined));
  const checks = useEffectiveness((state) => (state.meetingId === shown.id ? state.items : null));
  return useMemo(
    () => ({
      meeting,
      timeline: timelineRows({ items: timelineItems, drafts: timelineDrafts, hidden: timelineHidden, statuses: timelineStatuses }).map((row) => row.event),
      whys,
      notes,
      conflicts,
      actions: actionRows.map((row) => row.item),
      participants: participantRows({ items: people, drafts: peopleDrafts, hidden: peopleHidden }),
      agenda: { sections: agendaSections },
      ...(review ? { review } : {}),
      effectiveness: (checks ?? []).flatMap((item) => (item.result === null ? [] : [item.result])),
    }),
    [
      meeting,
      timelineItems,
      timelineDrafts,
      timelineHidden,
      timelineStatuses,
      whys,
      notes,
      conflicts,
      actionRows,
      people,
      peopleDrafts,
      peopleHidden,
      agendaSections,
      review,
      checks,
    ],
  );
}
