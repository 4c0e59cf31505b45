import { useEffect, useId } from 'react';
import { performCommand } from '../../app/app-context.ts';
import { agendaStore, meetingsStore, timelineStore, uiStore, useAgenda, useMeetings, useUi } from '../../app/services.ts';
import { exportReportCommand, openAudienceCommand } from '../../commands/app-commands.ts';
import { shortcutLabel } from '../../commands/shortcut.ts';
import { hrefFor, type AudienceTheme } from '../../routing/routes.ts';
import { useClock } from '../../timer/use-clock.ts';
import { useSectionEndChime } from '../../timer/use-section-end-chime.ts';
import { AgendaPanel } from '../agenda/AgendaPanel.tsx';
import { JoinPanel } from '../joining/JoinPanel.tsx';
import { CapturePanel } from './CapturePanel.tsx';
import { ClockPanel } from '../agenda/ClockPanel.tsx';
import { GatePanel } from '../agenda/GatePanel.tsx';
import { GuidePanel } from '../agenda/GuidePanel.tsx';
import { PacePanel } from '../agenda/PacePanel.tsx';
import { SeverityBadge } from '../common/SeverityBadge.tsx';
import { capturesTimeline } from '../agenda/section-labels.ts';
import { IncidentFactsPanel } from '../facts/IncidentFactsPanel.tsx';
import { TimelineMetricsPanel } from '../facts/TimelineMetricsPanel.tsx';
import { ReportPanel } from '../report/ReportPanel.tsx';

/** The facilitator console: the current section and its clock, prompts, capture panel, and the editable agenda. */
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

  return (
    <div className="meeting page console">
      <header className="console-header">
        <div className="meeting-header">
          <p className="meeting-header__meta">
            {back}
            <span className="meeting-header__incident">{meeting.incidentId || 'No incident ID'}</span>
            <SeverityBadge severity={meeting.severity} />
          </p>
          <h1>{meeting.title}</h1>
        </div>
        <div className="console-header__actions">
          <ExportButton />
          <AudienceLauncher />
        </div>
      </header>

      {reading && view ? (
        <div className="console-grid">
          <div className="console-grid__main">
            <ClockPanel meeting={meeting} reading={reading} />
            {section ? <GuidePanel section={section} /> : null}
            {section?.gated && view.current ? <GatePanel key={section.id} section={section} /> : null}
            <IncidentFactsPanel meeting={meeting} startOpen={view.status === 'not_started'} />
            {!view.current || view.status === 'finished' || capturesTimeline(view.current.kind) ? <TimelineMetricsPanel meeting={meeting} /> : null}
            <CapturePanel meeting={meeting} section={view.current && view.status !== 'finished' ? view.current : null} />
            <ReportPanel meeting={meeting} section={view.status === 'finished' ? null : view.current} />
          </div>
          <aside className="console-grid__side" aria-label="Meeting time and agenda">
            <PacePanel reading={reading} timeZone={meeting.timeZone} />
            <AgendaPanel agenda={reading.agenda} view={view} />
            <JoinPanel meetingId={meeting.id} />
          </aside>
        </div>
      ) : (
        <>
          {agendaLoad === 'error' ? (
            <p className="form-message" role="alert">
              The agenda could not be loaded: {agendaError}
            </p>
          ) : (
            <p className="muted console-loading">Loading the agenda…</p>
          )}
          <CapturePanel meeting={meeting} section={null} />
        </>
      )}
    </div>
  );
}

const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

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

const THEME_CHOICES: readonly { value: AudienceTheme | null; label: string }[] = [
  { value: null, label: 'Auto' },
  { value: 'dark', label: 'Dark' },
  { value: 'light', label: 'Light' },
];

/** Opens the shared screen, in the theme chosen here (kept in its URL). */
function AudienceLauncher() {
  const theme = useUi((state) => state.audienceTheme);
  const id = useId();
  return (
    <div className="audience-launcher">
      <button type="button" className="button button--primary" onClick={() => performCommand(openAudienceCommand)} aria-keyshortcuts="A">
        Open audience screen <kbd aria-hidden="true">A</kbd>
      </button>
      <div className="segmented" role="radiogroup" aria-labelledby={`${id}-label`}>
        <span id={`${id}-label`} className="segmented__label">
          Screen theme
        </span>
        {THEME_CHOICES.map((choice) => (
          <button
            key={choice.label}
            type="button"
            role="radio"
            aria-checked={theme === choice.value}
            className="segmented__option"
            onClick={() => uiStore.getState().setAudienceTheme(choice.value)}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </div>
  );
}
