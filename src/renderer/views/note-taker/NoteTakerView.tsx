import { useEffect, useState } from 'react';
import { JOIN_PATHS, type NoteTakerSession } from '../../../shared/joining/joining.ts';
import { agendaStore, meetingsStore, timelineStore, useConnection, useMeetings } from '../../app/services.ts';
import { clockDisplay } from '../../timer/clock-display.ts';
import { useClock } from '../../timer/use-clock.ts';
import { ConnectionBanner } from '../ConnectionBanner.tsx';
import { CapturePanel } from '../meeting/CapturePanel.tsx';
import { UndoToast } from '../UndoToast.tsx';
import { SessionEnded } from './SessionEnded.tsx';
import { useJoinSessionEnded } from './use-join-session-ended.ts';

/**
 * A paired note-taker's screen: which meeting, the current section and its clock (read only), and the capture tools
 * of that section. The agenda, the timer, the facts, export and other meetings stay with the facilitator.
 */
export function NoteTakerView({ session }: { session: NoteTakerSession }) {
  const meeting = useMeetings((state) => state.meetings[session.meetingId]);
  const reading = useClock(session.meetingId);
  const [leaving, setLeaving] = useState(false);
  const ending = useJoinSessionEnded(
    useConnection((state) => state.status),
    useConnection((state) => state.endedWith),
  );
  // Leaving ends the session too, which closes the socket: that is not news to show before the page reloads.
  const ended = leaving ? null : ending;

  useEffect(() => {
    void meetingsStore.getState().openMeeting(session.meetingId);
    void timelineStore.getState().open(session.meetingId);
    void agendaStore.getState().open(session.meetingId);
  }, [session.meetingId]);

  useEffect(() => {
    if (meeting) document.title = `${meeting.incidentId ? `${meeting.incidentId} · ` : ''}${meeting.title} · Debrief`;
  }, [meeting]);

  const leave = async () => {
    setLeaving(true);
    await fetch(JOIN_PATHS.leave, { method: 'POST', credentials: 'same-origin' }).catch(() => undefined);
    window.location.reload();
  };

  const view = reading?.view ?? null;
  const section = view && view.status !== 'finished' ? view.current : null;
  const first = reading?.agenda.sections[0];
  const display = view ? clockDisplay(view, first?.plannedSeconds ?? null) : null;

  return (
    <div className="app app--wide note-taker" data-testid="note-taker">
      <header className="app-header note-taker__header">
        <p className="note-taker__who">
          {ended ? 'You were joined as ' : 'You are joined as '}
          <strong data-testid="note-taker-name">{session.name}</strong>
        </p>
        {ended ? null : (
          <button type="button" className="button button--small button--quiet" disabled={leaving} onClick={() => void leave()}>
            Leave
          </button>
        )}
      </header>
      {ended || leaving ? null : <ConnectionBanner />}
      <main className="app-main app-main--wide">
        {ended ? (
          <SessionEnded ending={ended} />
        ) : meeting ? (
          <>
            <p className="meeting-header__meta">
              <span className="meeting-header__incident">{meeting.incidentId || 'No incident ID'}</span>
            </p>
            <h1>{meeting.title}</h1>
            {view && display ? (
              <section className="panel note-taker__now" aria-label="Now in the meeting" data-testid="note-taker-now">
                <p className="muted">{display.statusLabel}</p>
                <p className="note-taker__section">{view.status === 'finished' ? 'The review is finished' : (view.current?.title ?? 'Not started yet')}</p>
                <p className="note-taker__clock" data-testid="note-taker-clock">
                  {display.time} <span className="muted">{display.caption}</span>
                </p>
              </section>
            ) : null}
            <CapturePanel meeting={meeting} section={section} />
          </>
        ) : (
          <p className="muted">Loading the meeting…</p>
        )}
      </main>
      <UndoToast />
    </div>
  );
}
