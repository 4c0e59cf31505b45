import { useId, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { SEVERITIES, type Meeting } from '../../../shared/domain/meeting.ts';
import { reviewDeadline, SEVERITY_RULES, suggestedFollowUp } from '../../../shared/meeting/severity.ts';
import { durationText } from '../../../shared/time/duration-text.ts';
import { calendarDateAt, clockTextAt } from '../../../shared/time/zoned-time.ts';
import { useFacts } from '../../app/services.ts';
import { sentenceFor } from '../../api/field-errors.ts';
import type { createFactsAutosave } from '../../stores/facts/facts-store.ts';
import { SAVE_LABELS, useFactsAutosave } from './use-facts-autosave.ts';
import { FACT_LABELS, factText, type FactField } from './fact-fields.ts';
import { useNow } from '../common/use-now.ts';
import { useTimelineMetrics } from './use-timeline-metrics.ts';

/** The incident facts for the report header, editable before and during the meeting, saved as they are typed. */
export function IncidentFactsPanel({ meeting, startOpen }: { meeting: Meeting; startOpen: boolean }) {
  const [open, setOpen] = useState(startOpen);
  const store = useFactsAutosave(meeting.id);
  const save = useStore(store, (state) => state.save);
  const saveMessage = useStore(store, (state) => state.saveMessage);
  const id = useId();

  return (
    <section className="panel incident-facts" aria-labelledby={`${id}-heading`}>
      <div className="panel__heading incident-facts__heading">
        <h2 id={`${id}-heading`}>Incident facts</h2>
        <p className="incident-facts__save muted" role="status" data-testid="facts-save-state" data-state={save}>
          {saveMessage ?? SAVE_LABELS[save]}
        </p>
        <button type="button" className="button button--small button--quiet" aria-expanded={open} aria-controls={`${id}-form`} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Show'}
        </button>
      </div>
      {open ? <FactsForm id={`${id}-form`} meeting={meeting} store={store} /> : <FactsSummary meeting={meeting} />}
    </section>
  );
}

function FactsSummary({ meeting }: { meeting: Meeting }) {
  const parts = [meeting.incidentId || 'No incident ID', meeting.severity ?? 'severity not set', meeting.author ? `author ${meeting.author}` : 'no author yet'];
  return <p className="muted incident-facts__summary">{parts.join(' · ')}</p>;
}

type Store = ReturnType<typeof createFactsAutosave>[1];

function FactsForm({ id, meeting: shown, store }: { id: string; meeting: Meeting; store: Store }) {
  // The facts store's record is the one each save updates at once; the meeting passed in catches up on its change event.
  const meeting = useFacts((state) => (state.meetingId === shown.id ? state.items[0] : undefined)) ?? shown;
  const drafts = useStore(store, (state) => state.drafts);
  const errors = useStore(store, (state) => state.errors);
  const metrics = useTimelineMetrics(meeting);
  const now = useNow(60_000);
  const fieldId = (field: FactField) => `${id}-${field}`;
  const value = (field: FactField) => drafts[field] ?? factText(meeting, field);
  const edit = (field: FactField) => (text: string) => store.getState().edit(field, text);
  const flush = () => void store.getState().flush();

  const field = (name: FactField, input: ReactNode, hint?: ReactNode) => {
    const error = errors[name];
    return (
      <div className={error ? 'field field--invalid' : 'field'} key={name}>
        <label htmlFor={fieldId(name)}>{FACT_LABELS[name]}</label>
        {input}
        {hint ? (
          <p className="field__hint" id={`${fieldId(name)}-hint`}>
            {hint}
          </p>
        ) : null}
        {error ? (
          <p className="field__error" id={`${fieldId(name)}-error`}>
            {sentenceFor(FACT_LABELS[name], error)}
          </p>
        ) : null}
      </div>
    );
  };
  const inputProps = (name: FactField, hint: boolean) => ({
    id: fieldId(name),
    value: value(name),
    onBlur: flush,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': [errors[name] ? `${fieldId(name)}-error` : null, hint ? `${fieldId(name)}-hint` : null].filter(Boolean).join(' ') || undefined,
  });
  const text = (name: FactField, placeholder = '') =>
    field(
      name,
      <input {...inputProps(name, false)} type="text" autoComplete="off" placeholder={placeholder} onChange={(event) => edit(name)(event.target.value)} />,
    );

  const severity = SEVERITIES.find((candidate) => candidate === value('severity')) ?? null;
  const deadline = reviewDeadline(severity, meeting.incidentEndedAt);
  const zone = meeting.timeZone;
  const deadlineText = deadline.due
    ? `Review due by ${calendarDateAt(deadline.at, zone)} ${clockTextAt(deadline.at, zone, 'minute')} (${zone}).`
    : `No due date: ${deadline.reason}.`;
  const today = calendarDateAt(now, zone);
  const suggestion = suggestedFollowUp(meeting.reviewedOn, today);
  const duration = metrics.totalDuration;

  return (
    <form
      id={id}
      className="incident-facts__form"
      aria-label="Incident facts"
      onSubmit={(event) => {
        event.preventDefault();
        flush();
      }}
      noValidate
    >
      <fieldset className="incident-facts__group">
        <legend>Incident</legend>
        {text('incidentId', 'INC-1234')}
        {text('title')}
        {field(
          'severity',
          <select
            {...inputProps('severity', true)}
            onChange={(event) => {
              edit('severity')(event.target.value);
              flush();
            }}
          >
            <option value="">Not set</option>
            {SEVERITIES.map((choice) => (
              <option key={choice} value={choice}>
                {choice}: {SEVERITY_RULES[choice].meaning}
              </option>
            ))}
          </select>,
          <span data-testid="review-deadline">
            {severity ? `${SEVERITY_RULES[severity].review}. ` : ''}
            {deadlineText}
          </span>,
        )}
      </fieldset>

      <fieldset className="incident-facts__group">
        <legend>When (times in {zone})</legend>
        {field(
          'timeZone',
          <input
            {...inputProps('timeZone', true)}
            type="text"
            autoComplete="off"
            list={`${id}-zones`}
            onChange={(event) => edit('timeZone')(event.target.value)}
          />,
          'Times in this meeting are entered and shown in this zone, e.g. UTC or Europe/Berlin.',
        )}
        <datalist id={`${id}-zones`}>
          {['UTC', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo', 'Australia/Sydney'].map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        {field(
          'incidentStartedAt',
          <input {...inputProps('incidentStartedAt', false)} type="datetime-local" onChange={(event) => edit('incidentStartedAt')(event.target.value)} />,
        )}
        {field(
          'incidentEndedAt',
          <input {...inputProps('incidentEndedAt', false)} type="datetime-local" onChange={(event) => edit('incidentEndedAt')(event.target.value)} />,
        )}
        <p className="incident-facts__duration" data-testid="incident-duration">
          Duration: {duration.known ? durationText(duration.ms) : `not known (${duration.reason})`}
        </p>
      </fieldset>

      <fieldset className="incident-facts__group">
        <legend>Impact</legend>
        {text('usersAffected', 'e.g. 12% of checkout sessions')}
        {text('revenueImpact')}
        {text('sloBudgetConsumed', 'e.g. 40% of the monthly error budget')}
        {text('dataLoss', 'None, or what was lost')}
        {text('customerCommunication', 'Status page, emails…')}
      </fieldset>

      <fieldset className="incident-facts__group">
        <legend>Review</legend>
        {text('author')}
        {text('reviewers', 'Names, separated by commas')}
        {field('reviewedOn', <input {...inputProps('reviewedOn', false)} type="date" onChange={(event) => edit('reviewedOn')(event.target.value)} />)}
        {field(
          'followUpReviewOn',
          <input {...inputProps('followUpReviewOn', true)} type="date" onChange={(event) => edit('followUpReviewOn')(event.target.value)} />,
          <>
            Check whether the actions worked about 30 days after the review: {suggestion}.{' '}
            {value('followUpReviewOn') === suggestion ? null : (
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => {
                  edit('followUpReviewOn')(suggestion);
                  flush();
                }}
              >
                Use {suggestion}
              </button>
            )}
          </>,
        )}
      </fieldset>
    </form>
  );
}
