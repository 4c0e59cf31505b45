import { isMac } from '../../commands/platform.ts';
import { useEffect } from 'react';
import { performCommand } from '../../app/app-context.ts';
import { agendaStore, meetingsStore, timelineStore, useAgenda, useMeetings } from '../../app/services.ts';
import { exportReportCommand, openAudienceCommand, prepareCommand } from '../../commands/app-commands.ts';
import { shortcutLabel } from '../../commands/shortcut.ts';
import { hrefFor } from '../../routing/routes.ts';
import { useClock } from '../../timer/use-clock.ts';
import { useSectionEndChime } from '../../timer/use-section-end-chime.ts';
import { AgendaOutline } from '../agenda/AgendaOutline.tsx';
import { GateOverrideDialog } from '../agenda/GateOverrideDialog.tsx';
import { CapturePanel } from './CapturePanel.tsx';
import { PrepareDrawer } from './PrepareDrawer.tsx';
import { ClockPanel } from '../agenda/ClockPanel.tsx';
import { GatePanel } from '../agenda/GatePanel.tsx';
import { GuidePanel } from '../agenda/GuidePanel.tsx';
import { PacePanel } from '../agenda/PacePanel.tsx';
import { SeverityBadge } from '../common/SeverityBadge.tsx';
import { capturesTimeline } from '../agenda/section-labels.ts';
import { TimelineMetricsPanel } from '../facts/TimelineMetricsPanel.tsx';
import { ReportPanel } from '../report/ReportPanel.tsx';
import { ScreenStatus } from '../audience/ScreenStatus.tsx';
import { EarlierOpenItems } from '../actions/EarlierOpenItems.tsx';
import { PublishedNotice } from '../review/PublishedNotice.tsx';
import { ReviewPanel } from '../review/ReviewPanel.tsx';
import { EffectivenessOverview } from '../effectiveness/EffectivenessOverview.tsx';

/**
 * The facilitator console, the height of the window: the clock on top, the current section's prompts and capture
 * tool in a pane below it, and a side column (pace, agenda outline) beside them; each pane scrolls on its own.
 * Preparation (agenda editing, templates, facts, joining) is in the Prepare drawer.
 */
export function MeetingView({ meetingId }: { meetingId: string }) {
  const meeting = useMeetings((state) => state.meetings[meetingId]);
  const problem = useMeetings((state) => state.problems[meetingId]);
  const agendaLoad = useAgenda((state) => state.loadState);
  const agendaError = useAgenda((state) => state.loadError);
  const reading = useClock(meetingId);
  useSectionEndChime(reading);

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

  const view = reading?.view ?? null;
  const section = view ? (view.current ?? (view.status === 'not_started' ? (reading?.agenda.sections[0] ?? null) : null)) : null;
  const capturing = view && view.current && view.status !== 'finished' ? view.current : null;

  return (
    <div className="meeting console">
      <header className="console-header">
        <div className="meeting-header">
          <p className="meeting-header__meta">
            {back}
            <span className="meeting-header__incident">
              <bdi>{meeting.incidentId || 'No incident ID'}</bdi>
            </span>
            <SeverityBadge severity={meeting.severity} />
          </p>
          <h1 dir="auto" title={meeting.title}>
            {meeting.title}
          </h1>
        </div>
        <div className="console-header__actions">
          <PrepareButton />
          <ExportButton />
          <AudienceLauncher />
        </div>
      </header>

      {reading && view ? (
        <div className="console-body">
          <div className="console-main">
            <ClockPanel meeting={meeting} reading={reading} />
            <div className="console-pane console-work" role="region" aria-label="Current section" tabIndex={0} data-testid="console-work">
              <PublishedNotice meetingId={meeting.id} />
              {view.status === 'not_started' ? <BeforeStart /> : null}
              {section?.gated && view.current ? <GatePanel key={section.id} section={section} timeZone={meeting.timeZone} /> : null}
              {section ? <GuidePanel section={section} /> : null}
              {view.status === 'not_started' ? null : <ScreenStatus meetingId={meeting.id} section={view.current} finished={view.status === 'finished'} />}
              <div className="capture" data-testid="capture-panel">
                <CapturePanel meeting={meeting} section={capturing} />
              </div>
            </div>
          </div>
          <aside className="console-pane console-side" aria-label="Meeting time, agenda and report" tabIndex={0} data-testid="console-side">
            <PacePanel reading={reading} timeZone={meeting.timeZone} />
            <AgendaOutline agenda={reading.agenda} view={view} />
            {meeting.servicesAffected.length > 0 && (view.status === 'not_started' || section?.kind === 'opening' || section?.kind === 'action_items') ? (
              <EarlierOpenItems meetingId={meeting.id} hasServices />
            ) : null}
            <ReportPanel meeting={meeting} section={view.status === 'finished' ? null : view.current} />
            <ReviewPanel meetingId={meeting.id} timeZone={meeting.timeZone} />
            <EffectivenessOverview meeting={meeting} />
            {!view.current || view.status === 'finished' || capturesTimeline(view.current.kind) ? <TimelineMetricsPanel meeting={meeting} /> : null}
          </aside>
        </div>
      ) : (
        <div className="console-body console-body--loading">
          <div className="console-pane console-work" role="region" aria-label="Current section" tabIndex={0}>
            {agendaLoad === 'error' ? (
              <p className="form-message" role="alert">
                The agenda could not be loaded: {agendaError}
              </p>
            ) : (
              <p className="muted console-loading">Loading the agenda…</p>
            )}
            <CapturePanel meeting={meeting} section={null} />
          </div>
        </div>
      )}
      <PrepareDrawer meeting={meeting} agenda={reading?.agenda ?? null} view={view} />
      <GateOverrideDialog section={view?.current ?? null} />
    </div>
  );
}

/** Before the start, the console says where the preparation is: it is out of the way once the meeting runs. */
function BeforeStart() {
  return (
    <section className="panel before-start" aria-labelledby="before-start-heading">
      <h2 id="before-start-heading">Before you start</h2>
      <p>
        Set the agenda, the incident facts and how note-takers join in{' '}
        <button type="button" className="button button--small" onClick={() => performCommand(prepareCommand)}>
          Prepare…
        </button>{' '}
        (or press <kbd>P</kbd>). The timeline below can be filled in already.
      </p>
    </section>
  );
}

function PrepareButton() {
  return (
    <button type="button" className="button prepare-button" onClick={() => performCommand(prepareCommand)} aria-keyshortcuts="P">
      Prepare… <kbd aria-hidden="true">P</kbd>
    </button>
  );
}

function ExportButton() {
  const [shortcut = ''] = exportReportCommand.shortcuts;
  const shown = shortcutLabel(shortcut, isMac);
  return (
    <button
      type="button"
      className="button export-button"
      onClick={() => performCommand(exportReportCommand)}
      aria-keyshortcuts={isMac ? 'Meta+E' : 'Control+E'}
    >
      Export report… <kbd aria-hidden="true">{shown}</kbd>
    </button>
  );
}

/** Opens the shared screen, in the theme chosen in Prepare (kept in its URL). */
function AudienceLauncher() {
  return (
    <button type="button" className="button button--primary" onClick={() => performCommand(openAudienceCommand)} aria-keyshortcuts="A">
      Open audience screen <kbd aria-hidden="true">A</kbd>
    </button>
  );
}
