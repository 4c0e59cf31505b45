import { useEffect, useId, useMemo, useState, type ChangeEvent } from 'react';
import type { SaveFileFilter } from '../../../shared/api/bridge.ts';
import { trackerExportInput } from '../../../shared/actions/tracker-export/from-reviews.ts';
import { TRACKER_EXPORT_FORMATS, writeTrackerExport, type TrackerExportFormat } from '../../../shared/actions/tracker-export/index.ts';
import { planStatusImport, type StatusImportPlan } from '../../../shared/actions/status-import/plan.ts';
import { planSummaryText, planText } from '../../../shared/actions/status-import/plan-text.ts';
import type { MeetingArchive } from '../../../shared/archive/meeting-archive.ts';
import { errorMessage } from '../../../shared/error-message.ts';
import { actionsStore, peopleStore, usePeople } from '../../app/services.ts';
import { hrefFor } from '../../routing/routes.ts';
import { saveExport } from './save-export.ts';

/** How each tracker format is offered and saved; the ledger's export uses the same. */
export const TRACKER_FORMAT_CHOICES: Readonly<Record<TrackerExportFormat, { label: string; extension: string; mimeType: string; filter: SaveFileFilter }>> = {
  'jira-csv': { label: 'Jira (CSV import)', extension: 'jira.csv', mimeType: 'text/csv;charset=utf-8', filter: { name: 'CSV', extensions: ['csv'] } },
  github: { label: 'GitHub (gh script)', extension: 'github.sh', mimeType: 'text/x-shellscript', filter: { name: 'Shell script', extensions: ['sh'] } },
  'gitlab-csv': { label: 'GitLab (CSV import)', extension: 'gitlab.csv', mimeType: 'text/csv;charset=utf-8', filter: { name: 'CSV', extensions: ['csv'] } },
  csv: { label: 'Spreadsheet (CSV)', extension: 'csv', mimeType: 'text/csv;charset=utf-8', filter: { name: 'CSV', extensions: ['csv'] } },
  ics: { label: 'Calendar (due dates, .ics)', extension: 'ics', mimeType: 'text/calendar;charset=utf-8', filter: { name: 'Calendar', extensions: ['ics'] } },
};

type Message = { kind: 'done' | 'error'; text: string } | null;

/**
 * This review's action items for a tracker, a spreadsheet or a calendar, and their statuses back from a Jira export:
 * what would change is shown first, and nothing is written until Apply.
 */
export function TrackerPanel({ archive }: { archive: MeetingArchive }) {
  const id = useId();
  const [format, setFormat] = useState<TrackerExportFormat>('jira-csv');
  const [message, setMessage] = useState<Message>(null);
  const [plan, setPlan] = useState<{ file: string; plan: StatusImportPlan } | null>(null);
  const people = usePeople((state) => state.people);
  useEffect(() => {
    void peopleStore.getState().load();
  }, []);
  // Owners become assignees through the people directory; an owner it cannot map is left unassigned, and said so.
  const input = useMemo(() => trackerExportInput([archive], people), [archive, people]);
  const base = archive.meeting.incidentId || 'action-items';

  const save = async () => {
    try {
      const { text, warnings } = writeTrackerExport(format, input);
      const choice = TRACKER_FORMAT_CHOICES[format];
      const outcome = await saveExport({
        name: `${base}.${choice.extension}`,
        data: new TextEncoder().encode(text),
        mimeType: choice.mimeType,
        filter: choice.filter,
      });
      if (outcome.kind === 'failed') setMessage({ kind: 'error', text: `The file was not saved: ${outcome.message}` });
      else if (outcome.kind === 'saved') setMessage({ kind: 'done', text: [outcome.message, ...warnings].join('. ') });
    } catch (error) {
      setMessage({ kind: 'error', text: `The file could not be made: ${errorMessage(error)}` });
    }
  };

  const readJiraExport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const planned = planStatusImport(await file.text(), archive.actions);
    setMessage(
      planned.errors.length > 0
        ? { kind: 'error', text: `${file.name} could not be read: ${planned.errors.map((problem) => problem.message).join('; ')}` }
        : null,
    );
    setPlan(planned.errors.length > 0 ? null : { file: file.name, plan: planned });
  };

  const apply = async () => {
    if (!plan) return;
    const result = await actionsStore.getState().applyStatuses(plan.plan.changes.map((change) => ({ id: change.itemId, status: change.to })));
    setPlan(null);
    setMessage(
      result.ok
        ? { kind: 'done', text: `Changed ${result.value === 1 ? 'the status of 1 item' : `the statuses of ${result.value} items`}.` }
        : { kind: 'error', text: result.error.message },
    );
  };

  return (
    <fieldset className="export-dialog__tracker">
      <legend>Action items for a tracker</legend>
      <div className="field">
        <label htmlFor={`${id}-tracker-format`}>Format</label>
        <select id={`${id}-tracker-format`} value={format} onChange={(event) => setFormat(event.target.value as TrackerExportFormat)}>
          {TRACKER_EXPORT_FORMATS.map((candidate) => (
            <option key={candidate} value={candidate}>
              {TRACKER_FORMAT_CHOICES[candidate].label}
            </option>
          ))}
        </select>
      </div>
      <p className="field__hint">
        Assignees come from the owners’ Jira users, e-mails and GitHub logins in <a href={hrefFor({ name: 'people' })}>People</a>. The sensitive text chosen
        above is replaced here too.
      </p>
      <button type="button" className="button button--small" onClick={() => void save()} disabled={input.actions.length === 0 && format !== 'ics'}>
        Save {input.actions.length === 1 ? '1 action item' : `${input.actions.length} action items`}
      </button>
      <label className="button button--small export-dialog__file-pick">
        Import statuses from a Jira export…
        <input
          type="file"
          accept=".csv,text/csv"
          className="visually-hidden"
          onChange={(event) => void readJiraExport(event)}
          data-testid="jira-statuses-file"
        />
      </label>
      {plan ? (
        <div className="export-dialog__plan" data-testid="status-plan">
          <p>
            From {plan.file}: {planSummaryText(plan.plan)}.
          </p>
          <ul>
            {planText(plan.plan).map((line, index) => (
              <li key={index}>
                <bdi>{line}</bdi>
              </li>
            ))}
          </ul>
          <button type="button" className="button button--small button--primary" onClick={() => void apply()} disabled={plan.plan.changes.length === 0}>
            Apply {plan.plan.changes.length === 1 ? '1 change' : `${plan.plan.changes.length} changes`}
          </button>{' '}
          <button type="button" className="button button--small button--quiet" onClick={() => setPlan(null)}>
            Cancel
          </button>
        </div>
      ) : null}
      {message ? (
        <p
          className={message.kind === 'error' ? 'form-message' : 'field__hint'}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="tracker-message"
        >
          {message.text}
        </p>
      ) : null}
    </fieldset>
  );
}
