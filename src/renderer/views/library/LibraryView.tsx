import { useEffect, useMemo, useState } from 'react';
import { meetingsStore, useMeetings, useSources } from '../../app/services.ts';
import { LibrarySources } from './LibrarySources.tsx';
import { ImportArchiveButton } from './ImportArchiveButton.tsx';
import { sortMeetingsForLibrary } from './sort-meetings.ts';
import { MeetingTable } from './MeetingTable.tsx';
import { NewMeetingForm } from './NewMeetingForm.tsx';
import { DeleteMeetingDialog } from './DeleteMeetingDialog.tsx';
import { navigate } from '../../routing/use-route.ts';
import type { MeetingSummary } from '../../../shared/domain/meeting.ts';
import { ReminderBanner } from '../people/ReminderBanner.tsx';
import { LibrarySearch } from './LibrarySearch.tsx';

export function LibraryView() {
  const summaries = useMeetings((state) => state.summaries);
  const listState = useMeetings((state) => state.listState);
  const listError = useMeetings((state) => state.listError);
  const sourceOf = useSources((state) => state.sourceOfMeeting);
  const [deleting, setDeleting] = useState<MeetingSummary | null>(null);
  const meetings = useMemo(() => sortMeetingsForLibrary(summaries), [summaries]);

  useEffect(() => {
    void meetingsStore.getState().loadList();
  }, []);

  useEffect(() => {
    document.title = 'Meetings · Debrief';
  }, []);

  return (
    <div className="library page">
      <div className="page__heading">
        <h1>Meetings</h1>
        <p className="page__lede">Post-incident reviews on this computer. Blameless: we look at how the system let it happen, not at who.</p>
      </div>
      <ReminderBanner />
      <NewMeetingForm onCreated={(meetingId) => navigate({ name: 'meeting', meetingId })} />
      {meetings.length > 0 ? <LibrarySearch /> : null}
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
        {meetings.length > 0 ? <MeetingTable meetings={meetings} onDelete={setDeleting} sourceOf={sourceOf} /> : null}
      </section>
      <LibrarySources />
      <DeleteMeetingDialog meeting={deleting} onDone={() => setDeleting(null)} />
    </div>
  );
}
