import { useEffect } from 'react';
import { meetingsStore, timelineStore, useMeetings } from '../../app/services.ts';
import { hrefFor } from '../../routing/routes.ts';
import { SeverityBadge } from '../common/SeverityBadge.tsx';
import { TimelineEditor } from './TimelineEditor.tsx';

export function MeetingView({ meetingId }: { meetingId: string }) {
  const meeting = useMeetings((state) => state.meetings[meetingId]);
  const problem = useMeetings((state) => state.problems[meetingId]);

  useEffect(() => {
    void meetingsStore.getState().openMeeting(meetingId);
    void timelineStore.getState().open(meetingId);
    return () => timelineStore.getState().close();
  }, [meetingId]);

  useEffect(() => {
    if (meeting) document.title = `${meeting.incidentId ? `${meeting.incidentId} · ` : ''}${meeting.title} · Debrief`;
  }, [meeting]);

  const back = (
    <a className="back-link" href={hrefFor({ name: 'library' })}>
      <span aria-hidden="true">← </span>All meetings
    </a>
  );

  if (problem?.notFound) {
    return (
      <div className="page">
        {back}
        <h1>Meeting not found</h1>
        <p>It may have been deleted in another window, or the link is wrong.</p>
      </div>
    );
  }
  if (!meeting) {
    return (
      <div className="page">
        {back}
        {problem ? (
          <p className="form-message" role="alert">
            The meeting could not be loaded: {problem.message}
          </p>
        ) : (
          <p className="muted">Loading the meeting…</p>
        )}
      </div>
    );
  }

  return (
    <div className="meeting page">
      {back}
      <header className="meeting-header">
        <p className="meeting-header__meta">
          <span className="meeting-header__incident">{meeting.incidentId || 'No incident ID'}</span>
          <SeverityBadge severity={meeting.severity} />
        </p>
        <h1>{meeting.title}</h1>
      </header>
      <TimelineEditor meeting={meeting} />
    </div>
  );
}
