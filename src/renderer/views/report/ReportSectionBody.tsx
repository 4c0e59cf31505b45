import { useMemo } from 'react';
import { PERSPECTIVES } from '../../../shared/domain/participant.ts';
import { NOTE_CATEGORY_LABELS, type NoteCategory } from '../../../shared/domain/notes.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { PERSPECTIVE_LABELS } from '../../../shared/agenda/perspective-labels.ts';
import { anchorDateFor } from '../../../shared/time/time-input.ts';
import { clockTextAt } from '../../../shared/time/zoned-time.ts';
import { listPrecision } from '../../../shared/timeline/list-precision.ts';
import { useTimeline } from '../../app/services.ts';
import { timelineRows } from '../../stores/timeline/timeline-rows.ts';
import { ActionAddForm } from '../actions/ActionAddForm.tsx';
import { ActionItemRow } from '../actions/ActionItemRow.tsx';
import { OwnerNames } from '../actions/OwnerNames.tsx';
import { useActionRows } from '../actions/use-action-rows.ts';
import { useNow } from '../common/use-now.ts';
import { ConflictsEditor } from '../root-cause/ConflictsEditor.tsx';
import { NotesList } from '../root-cause/NotesList.tsx';
import { NOTE_PLACEHOLDERS } from '../root-cause/note-placeholders.ts';
import { PerspectiveFindings } from '../root-cause/PerspectiveFindings.tsx';
import { QuickEntryLine } from '../timeline/QuickEntryLine.tsx';
import { CauseList } from './CauseList.tsx';
import { MetricsEditor } from './MetricsEditor.tsx';
import { ServicesEditor } from './ServicesEditor.tsx';
import { ParticipantsEditor } from './ParticipantsEditor.tsx';
import { ReportFactField, type FactsAutosave } from './ReportFactField.tsx';

interface BodyProps {
  idPrefix: string;
  sectionId: string;
  meeting: Meeting;
  autosave: FactsAutosave;
}

/** The editors of one report section: every field the layout prints there, written in place. */
export function ReportSectionBody({ idPrefix, sectionId, meeting, autosave }: BodyProps) {
  const id = `${idPrefix}-${sectionId}`;
  const fact = (field: Parameters<typeof ReportFactField>[0]['field'], kind?: Parameters<typeof ReportFactField>[0]['kind'], placeholder?: string) => (
    <ReportFactField key={field} idPrefix={id} field={field} meeting={meeting} autosave={autosave} kind={kind} placeholder={placeholder} />
  );
  const notes = (category: NoteCategory, title = NOTE_CATEGORY_LABELS[category]) => (
    <NotesList key={category} idPrefix={id} title={title} category={category} placeholder={NOTE_PLACEHOLDERS[category]} />
  );
  const summary = fact('summary', 'long', 'Two or three sentences for stakeholders: what happened, when, and the impact.');
  const impact = [
    fact('usersAffected', 'text', 'e.g. 12% of checkout sessions'),
    fact('revenueImpact'),
    fact('sloBudgetConsumed', 'text', 'e.g. 40% of the monthly error budget'),
    fact('dataLoss', 'text', 'None, or what was lost'),
    fact('customerCommunication', 'text', 'Status page, emails…'),
  ];
  const when = [fact('incidentStartedAt', 'datetime'), fact('incidentEndedAt', 'datetime')];
  const timeline = <TimelineBody key="timeline" id={id} meeting={meeting} />;
  const causes = <CauseList key="causes" idPrefix={id} kinds={['root', 'contributing']} problem={meeting.title} />;
  const actions = <ActionsBody key="actions" id={id} />;
  const people = <ParticipantsEditor key="people" idPrefix={id} />;

  switch (sectionId) {
    case 'summary':
      return summary;
    case 'impact':
      return (
        <>
          {impact}
          {when}
        </>
      );
    case 'timeline':
      return (
        <>
          {when}
          {timeline}
        </>
      );
    case 'root_cause':
    case 'contributing_factors':
      return <CauseList idPrefix={id} kinds={sectionId === 'root_cause' ? ['root', 'contributing'] : ['contributing', 'root']} problem={meeting.title} />;
    case 'went_well':
      return notes('went_well');
    case 'could_improve':
      return notes('could_improve');
    case 'lessons':
      return notes('lesson');
    case 'prevention':
      return notes('prevention');
    case 'additional_notes':
      return (
        <>
          {notes('additional')}
          {notes('lesson')}
          {notes('prevention')}
        </>
      );
    case 'action_items':
    case 'action_tracker':
      return actions;
    case 'meeting_details':
      return (
        <>
          {fact('scheduledAt', 'datetime')}
          {people}
        </>
      );
    case 'triage':
      return (
        <>
          {fact('severity', 'severity')}
          {fact('usersAffected', 'text', 'e.g. 12% of checkout sessions')}
          {fact('dataLoss', 'text', 'None, read degraded, write degraded or data loss')}
          <ServicesEditor idPrefix={id} meeting={meeting} />
          {fact('initialHypothesis', 'long', 'The best understanding at the time of what was happening')}
          {timeline}
        </>
      );
    case 'mitigation':
      return (
        <>
          {fact('mitigationStrategy', 'long', 'What was done to reduce the impact: a rollback, a feature flag, scaling, a failover…')}
          <MetricsEditor idPrefix={id} meeting={meeting} />
          {fact('residualRisk', 'long', 'Any exposure that remains')}
          <p className="muted">Mark the mitigation steps in the timeline with #mitigation.</p>
          {timeline}
        </>
      );
    case 'communication':
      return (
        <>
          {summary}
          {fact('customerCommunication', 'text', 'Status page, emails…')}
          {fact('nextUpdateAt', 'datetime')}
          <p className="muted">The audience is the participants listed as stakeholders.</p>
          {people}
        </>
      );
    case 'root_cause_analysis':
      return (
        <>
          {causes}
          <p className="muted">Mark the triggering event in the timeline with #trigger, and the systemic factors as prevention notes.</p>
          {timeline}
          {notes('prevention', 'Systemic factors')}
        </>
      );
    case 'post_mortem':
      return (
        <>
          {summary}
          {notes('went_well')}
          {notes('could_improve', 'What went poorly')}
          {notes('lesson')}
          {actions}
        </>
      );
    case 'perspectives':
      return (
        <>
          {PERSPECTIVES.map((perspective) => (
            <section key={perspective} className="report-perspective" aria-labelledby={`${id}-${perspective}-heading`}>
              <h4 id={`${id}-${perspective}-heading`}>{PERSPECTIVE_LABELS[perspective]}</h4>
              <PerspectiveFindings perspective={perspective} idPrefix={id} />
            </section>
          ))}
        </>
      );
    case 'consolidated':
      return (
        <>
          {summary}
          {causes}
          {notes('went_well')}
          {actions}
          {notes('prevention', 'Systemic improvements')}
        </>
      );
    case 'participants':
      return people;
    case 'conflicts':
      return <ConflictsEditor idPrefix={`${id}-`} />;
    default:
      return null;
  }
}

function TimelineBody({ id, meeting }: { id: string; meeting: Meeting }) {
  const items = useTimeline((state) => state.items);
  const drafts = useTimeline((state) => state.drafts);
  const hidden = useTimeline((state) => state.hidden);
  const statuses = useTimeline((state) => state.statuses);
  const rows = useMemo(() => timelineRows({ items, drafts, hidden, statuses }), [items, drafts, hidden, statuses]);
  const precision = listPrecision(rows.slice(-3).map(({ event }) => event));
  const now = useNow(60_000);
  const anchorDate = anchorDateFor({
    incidentStartedAt: meeting.incidentStartedAt,
    earliestEventAt: rows[0]?.event.occurredAt ?? null,
    now,
    timeZone: meeting.timeZone,
  });
  return (
    <div className="report-timeline">
      <p className="muted">
        {rows.length === 1 ? '1 event' : `${rows.length} events`} on the timeline
        {rows.length > 0 ? '; the latest:' : '.'}
      </p>
      {rows.length > 0 ? (
        <ol className="report-timeline__latest">
          {rows.slice(-3).map(({ event }) => (
            <li key={event.id}>
              <time>{clockTextAt(event.occurredAt, meeting.timeZone, precision)}</time> <bdi>{event.description}</bdi>
            </li>
          ))}
        </ol>
      ) : null}
      <QuickEntryLine id={`${id}-quick-entry`} timeZone={meeting.timeZone} anchorDate={anchorDate} answersQuickAdd={false} />
    </div>
  );
}

function ActionsBody({ id }: { id: string }) {
  const rows = useActionRows();
  const listId = `${id}-owner-names`;
  return (
    <div className="report-actions">
      {rows.length === 0 ? (
        <p className="muted">No action items yet.</p>
      ) : (
        <ol className="action-list" aria-label="Action items">
          {rows.map((row, index) => (
            <ActionItemRow key={row.item.id} row={row} index={index} count={rows.length} ownerListId={listId} />
          ))}
        </ol>
      )}
      <ActionAddForm idPrefix={`${id}-action-add`} ownerListId={listId} />
      <OwnerNames id={listId} />
    </div>
  );
}
