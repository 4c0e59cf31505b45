import { useEffect, useMemo } from 'react';
import { sectionGuide } from '../../../shared/agenda/prompts.ts';
import type { AgendaSection } from '../../../shared/domain/agenda.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { agendaStore, meetingsStore, timelineStore, useConnection, useMeetings, useTimeline } from '../../app/services.ts';
import type { AudienceTheme } from '../../routing/routes.ts';
import { timelineRows } from '../../stores/timeline/timeline-rows.ts';
import { clockDisplay, meetingPace } from '../../timer/clock-display.ts';
import { useClock, type ClockReading } from '../../timer/use-clock.ts';
import { clockTextAt } from '../../../shared/time/zoned-time.ts';
import { listPrecision } from '../../../shared/timeline/list-precision.ts';
import { capturesTimeline } from '../agenda/section-labels.ts';
import { capturesActionItems } from '../actions/action-sections.ts';
import { AudienceActions } from './AudienceActions.tsx';
import { AudienceWhys } from './AudienceWhys.tsx';
import { showsWhysTree } from '../root-cause/capture-kinds.ts';
import { TimelineMetricsPanel } from '../facts/TimelineMetricsPanel.tsx';
import { latestEvents } from './latest-events.ts';
import { useSystemScheme } from './use-color-scheme.ts';
import { AudienceJoinCard } from '../joining/AudienceJoinCard.tsx';

/** Timeline events the shared screen shows at once; large type leaves room for about this many. */
const EVENTS_SHOWN = 6;

/**
 * The shared screen for the projector: no controls, large type, the section, its clock, the prompt for the room and
 * what is being captured. It follows the console through the same change events as every other window.
 */
export function AudienceView({ meetingId, theme }: { meetingId: string; theme: AudienceTheme | null }) {
  const meeting = useMeetings((state) => state.meetings[meetingId]);
  const problem = useMeetings((state) => state.problems[meetingId]);
  const connection = useConnection((state) => state.status);
  const system = useSystemScheme();
  const reading = useClock(meetingId);
  const shownTheme = theme ?? system;

  useEffect(() => {
    void meetingsStore.getState().openMeeting(meetingId);
    void timelineStore.getState().open(meetingId);
    void agendaStore.getState().open(meetingId);
    return () => {
      timelineStore.getState().close();
      agendaStore.getState().close();
    };
  }, [meetingId]);

  useEffect(() => {
    document.title = `${meeting ? meeting.title : 'Meeting'} · shared screen · Debrief`;
  }, [meeting]);

  return (
    <div className="audience" data-theme={shownTheme} data-testid="audience">
      {problem?.notFound ? (
        <p className="audience__message">This meeting no longer exists.</p>
      ) : meeting && reading ? (
        <AudienceStage meeting={meeting} reading={reading} />
      ) : (
        <p className="audience__message">Connecting…</p>
      )}
      {connection === 'open' ? null : (
        <p className="audience__offline" role="status">
          Reconnecting to Debrief…
        </p>
      )}
    </div>
  );
}

function AudienceStage({ meeting, reading }: { meeting: Meeting; reading: ClockReading }) {
  const { view, agenda } = reading;
  const first = agenda.sections[0] ?? null;
  const display = clockDisplay(view, first?.plannedSeconds ?? null);
  const section: AgendaSection | null = view.current ?? (view.status === 'not_started' ? first : null);
  const guide = section ? sectionGuide(section.kind, section.perspective, section.gated) : null;
  const pace = meetingPace(view, meeting.timeZone);

  const eyebrow =
    view.status === 'not_started'
      ? 'Starting soon'
      : view.status === 'finished'
        ? 'Thank you'
        : `${view.currentIndex + 1} of ${agenda.sections.length}${view.status === 'paused' ? ' · paused' : ''}`;

  return (
    <div className={`audience__stage audience__stage--${display.level}`} data-status={view.status}>
      <header className="audience__top">
        <p className="audience__meeting">
          {meeting.incidentId ? <span className="audience__incident">{meeting.incidentId}</span> : null}
          {meeting.title}
        </p>
        <p className="audience__pace">
          {pace.projectedEnd ? `${view.status === 'finished' ? 'Ended' : 'Ends about'} ${pace.projectedEnd}` : `Planned ${pace.planned}`}
        </p>
      </header>

      <section className="audience__now" aria-label="Current section">
        <p className="audience__eyebrow" data-testid="audience-status">
          {eyebrow}
        </p>
        <h1 className="audience__title" data-testid="audience-section-title">
          {view.status === 'finished' ? 'The review is finished' : (section?.title ?? 'No agenda yet')}
        </h1>
        <p className="audience-clock" data-level={display.level} data-testid="audience-clock">
          <span className="audience-clock__time">{display.time}</span>
          <span className="audience-clock__caption">{display.caption}</span>
        </p>
        {guide && view.status !== 'finished' ? (
          <p className="audience__prompt" data-testid="audience-prompt">
            {guide.roomPrompt}
          </p>
        ) : null}
        {section?.gated && section.decision ? (
          <p className={`audience__decision audience__decision--${section.decision}`}>{section.decision === 'approve' ? 'Approved' : 'Needs revision'}</p>
        ) : null}
        <AudienceJoinCard meetingId={meeting.id} />
      </section>

      <section className="audience__live" aria-label="Captured in this section">
        {section && capturesTimeline(section.kind) ? (
          <>
            <TimelineMetricsPanel meeting={meeting} variant="audience" />
            <LiveTimeline timeZone={meeting.timeZone} />
          </>
        ) : section && showsWhysTree(section.kind) ? (
          <AudienceWhys meetingId={meeting.id} />
        ) : section && capturesActionItems(section.kind) ? (
          <AudienceActions meetingId={meeting.id} />
        ) : view.next && view.status !== 'finished' ? (
          <div className="audience__next">
            <p className="audience__label">Next</p>
            <p className="audience__next-title">{view.next.title}</p>
          </div>
        ) : null}
      </section>
    </div>
  );
}

function LiveTimeline({ timeZone }: { timeZone: string }) {
  const events = useTimeline((state) => state.items);
  const drafts = useTimeline((state) => state.drafts);
  const hidden = useTimeline((state) => state.hidden);
  const statuses = useTimeline((state) => state.statuses);
  const rows = useMemo(() => timelineRows({ items: events, drafts, hidden, statuses }), [events, drafts, hidden, statuses]);
  const shown = latestEvents(rows, EVENTS_SHOWN);
  const precision = listPrecision(shown.map(({ event }) => event));
  return (
    <div className="audience-timeline">
      <p className="audience__label">
        Timeline <span className="audience__count">{rows.length === 1 ? '1 event' : `${rows.length} events`}</span>
      </p>
      {shown.length === 0 ? (
        <p className="audience-timeline__empty">Nothing on the timeline yet. What was the first sign of trouble?</p>
      ) : (
        <ol
          className={precision === 'second' ? 'audience-timeline__list audience-timeline__list--seconds' : 'audience-timeline__list'}
          data-testid="audience-timeline"
        >
          {shown.map(({ event, newest }) => (
            <li key={event.id} className={newest ? 'audience-event audience-event--newest' : 'audience-event'}>
              <time className="audience-event__time">{clockTextAt(event.occurredAt, timeZone, precision)}</time>
              <span className="audience-event__text">
                <bdi>{event.description}</bdi>
                {event.actor ? (
                  <span className="audience-event__actor">
                    {' '}
                    · <bdi>{event.actor}</bdi>
                  </span>
                ) : null}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
