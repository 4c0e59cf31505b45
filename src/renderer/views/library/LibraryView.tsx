import { useEffect, useMemo, useState } from 'react';
import { meetingsStore, useMeetings } from '../../app/services.ts';
import { ImportArchiveButton } from './ImportArchiveButton.tsx';
import { sortMeetingsForLibrary } from './sort-meetings.ts';
import { MeetingTable, meetingLinkId } from './MeetingTable.tsx';
import { NewMeetingForm } from './NewMeetingForm.tsx';

export function LibraryView() {
  const summaries = useMeetings((state) => state.summaries);
  const listState = useMeetings((state) => state.listState);
  const listError = useMeetings((state) => state.listError);
  const [createdId, setCreatedId] = useState<string | null>(null);
  const meetings = useMemo(() => sortMeetingsForLibrary(summaries), [summaries]);

  useEffect(() => {
    void meetingsStore.getState().loadList();
  }, []);

  useEffect(() => {
    document.title = 'Meetings · Debrief';
  }, []);

  useEffect(() => {
    // Once the new meeting is listed, put focus on its link so Enter opens it.
    if (createdId && meetings.some((meeting) => meeting.id === createdId)) {
      document.getElementById(meetingLinkId(createdId))?.focus();
    }
  }, [createdId, meetings]);

  return (
    <div className="library page">
      <div className="page__heading">
        <h1>Meetings</h1>
        <p className="page__lede">Post-incident reviews on this computer. Blameless: we look at how the system let it happen, not at who.</p>
      </div>
      <NewMeetingForm onCreated={setCreatedId} />
      <section className="panel" aria-labelledby="library-list-heading">
        <div className="library-list__heading">
          <h2 id="library-list-heading">All meetings</h2>
          <ImportArchiveButton />
        </div>
        {listState === 'error' ? (
          <p className="form-message" role="alert">
            The meetings could not be loaded: {listError}
          </p>
        ) : null}
        {listState === 'loading' || listState === 'idle' ? <p className="muted">Loading meetings…</p> : null}
        {listState === 'ready' && meetings.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state__title">No meetings yet</p>
            <p>Create the first one above: a title is enough, the rest can wait until the review starts.</p>
          </div>
        ) : null}
        {meetings.length > 0 ? <MeetingTable meetings={meetings} highlightedId={createdId} /> : null}
      </section>
    </div>
  );
}
