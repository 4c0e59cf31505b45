import { useEffect, useRef } from 'react';
import { sectionGuide } from '../../../shared/agenda/prompts.ts';
import type { AgendaSection } from '../../../shared/domain/agenda.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { agendaStore, meetingsStore, timelineStore, useConnection, useJoining, useMeetings } from '../../app/services.ts';
import type { AudienceTheme } from '../../routing/routes.ts';
import { clockDisplay, meetingPace } from '../../timer/clock-display.ts';
import { useClock, type ClockReading } from '../../timer/use-clock.ts';
import type { ScreenFocus } from '../../../shared/domain/screen.ts';
import { TimelineMetricsPanel } from '../facts/TimelineMetricsPanel.tsx';
import { AudienceAgendaOutline } from './AudienceAgendaOutline.tsx';
import { AudienceClosingCard } from './AudienceClosingCard.tsx';
import { AudienceFindings, AudienceNotes } from './AudienceNotes.tsx';
import { AudienceReadback } from './AudienceReadback.tsx';
import { AudienceTimeline } from './AudienceTimeline.tsx';
import { AudienceWhys } from './AudienceWhys.tsx';
import { screenContent } from './screen-content.ts';
import { useFit } from './use-fit.ts';
import { useSystemScheme } from './use-color-scheme.ts';
import { AudienceJoinCard } from '../joining/AudienceJoinCard.tsx';

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
  const content = section && view.status !== 'not_started' && view.status !== 'finished' ? screenContent(section, agenda.screen.focus) : null;
  const joinCard = useJoining((state) => (state.status?.state === 'on' && state.status.showOnAudience ? `${state.status.url}|${state.status.code}` : ''));
  const now = useRef<HTMLElement>(null);
  useFit(now, 1, [view.status, section?.title, guide?.roomPrompt, section?.decision, content?.kind, joinCard, display.time.length].join('|'));

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
          <bdi>{meeting.title}</bdi>
        </p>
        <p className="audience__pace">
          {pace.projectedEnd ? `${view.status === 'finished' ? 'Ended' : 'Ends about'} ${pace.projectedEnd}` : `Planned ${pace.planned}`}
        </p>
      </header>

      <section ref={now} className="audience__now" aria-label="Current section">
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
        {content?.kind === 'timeline' ? <TimelineMetricsPanel meeting={meeting} variant="audience" /> : null}
        <AudienceJoinCard meetingId={meeting.id} />
      </section>

      <section className="audience__live" aria-label={view.status === 'finished' ? 'What was agreed' : 'Captured in this section'}>
        {view.status === 'finished' ? (
          <AudienceClosingCard meeting={meeting} />
        ) : content === null ? (
          <AudienceAgendaOutline sections={agenda.sections} currentIndex={-1} />
        ) : (
          <AudienceContent meeting={meeting} content={content} focus={agenda.screen.focus} sections={agenda.sections} currentIndex={view.currentIndex} />
        )}
      </section>
    </div>
  );
}

interface AudienceContentProps {
  meeting: Meeting;
  content: ReturnType<typeof screenContent>;
  focus: ScreenFocus | null;
  sections: readonly AgendaSection[];
  currentIndex: number;
}

/** The right half: what the section captures, following the item the facilitator points at. */
function AudienceContent({ meeting, content, focus, sections, currentIndex }: AudienceContentProps) {
  const focusOf = (kind: ScreenFocus['kind']) => (focus?.kind === kind ? focus.id : null);
  switch (content.kind) {
    case 'timeline':
      return <AudienceTimeline meetingId={meeting.id} timeZone={meeting.timeZone} focusId={focusOf('timeline_event')} />;
    case 'whys':
      return <AudienceWhys meetingId={meeting.id} focusId={focusOf('why')} />;
    case 'readback':
      return <AudienceReadback meetingId={meeting.id} focusId={focusOf('action_item')} heading="Action items" />;
    case 'notes':
      return <AudienceNotes meetingId={meeting.id} categories={content.categories} focusId={focusOf('note')} />;
    case 'findings':
      return <AudienceFindings meetingId={meeting.id} perspective={content.perspective} focusId={focusOf('note')} />;
    case 'outline':
      return <AudienceAgendaOutline sections={sections} currentIndex={currentIndex} />;
  }
}
