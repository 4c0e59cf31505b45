import { useMemo, useState } from 'react';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { useTimeline } from '../../app/services.ts';
import { timelineRows } from '../../stores/timeline/timeline-rows.ts';
import { anchorDateFor } from '../../../shared/time/time-input.ts';
import { useNow } from '../common/use-now.ts';
import { ImportTimelineDialog } from './ImportTimelineDialog.tsx';
import { QuickAddForm } from './QuickAddForm.tsx';
import { TimelineList } from './TimelineList.tsx';
import { isNoteTaker } from '../../app/viewer.ts';

export function TimelineEditor({ meeting }: { meeting: Meeting }) {
  const events = useTimeline((state) => state.items);
  const drafts = useTimeline((state) => state.drafts);
  const hidden = useTimeline((state) => state.hidden);
  const statuses = useTimeline((state) => state.statuses);
  const loadState = useTimeline((state) => state.loadState);
  const loadError = useTimeline((state) => state.loadError);
  const rows = useMemo(() => timelineRows({ items: events, drafts, hidden, statuses }), [events, drafts, hidden, statuses]);
  const now = useNow(60_000);
  const [importOpen, setImportOpen] = useState(false);
  const anchorDate = anchorDateFor({
    incidentStartedAt: meeting.incidentStartedAt,
    earliestEventAt: rows[0]?.event.occurredAt ?? null,
    now,
    timeZone: meeting.timeZone,
  });

  return (
    <section className="panel timeline-panel" aria-labelledby="timeline-heading">
      <div className="panel__heading">
        <h2 id="timeline-heading">Timeline</h2>
        <p className="muted">
          {rows.length === 1 ? '1 event' : `${rows.length} events`} · times in {meeting.timeZone}
        </p>
        {isNoteTaker() ? null : (
          <button type="button" className="button button--small" onClick={() => setImportOpen(true)}>
            Import timeline…
          </button>
        )}
      </div>
      <QuickAddForm timeZone={meeting.timeZone} anchorDate={anchorDate} />
      <ImportTimelineDialog open={importOpen} meetingId={meeting.id} timeZone={meeting.timeZone} anchorDate={anchorDate} onClose={() => setImportOpen(false)} />
      {loadState === 'error' ? (
        <p className="form-message" role="alert">
          The timeline could not be loaded: {loadError}
        </p>
      ) : null}
      {loadState === 'loading' && rows.length === 0 ? <p className="muted">Loading the timeline…</p> : null}
      {loadState === 'ready' && rows.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state__title">Nothing on the timeline yet</p>
          <p>Start with the first sign of trouble. Describe what happened, press Enter, and go on with the next one; fix the order and times later.</p>
        </div>
      ) : null}
      {rows.length > 0 ? <TimelineList rows={rows} timeZone={meeting.timeZone} anchorDate={anchorDate} /> : null}
    </section>
  );
}
