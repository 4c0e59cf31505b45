import { useRef, useState, type FormEvent } from 'react';
import { SEVERITIES, type Severity } from '../../../shared/domain/meeting.ts';
import { meetingsStore } from '../../app/services.ts';
import type { MeetingFormField } from '../../stores/library/meetings-store.ts';
import { localTimeZone } from '../../../shared/time/zoned-time.ts';
import { FormMessage } from '../common/FormMessage.tsx';
import { TextField } from '../common/TextField.tsx';
import { useFormError } from '../common/use-form-error.ts';
import { useFocusRequest } from '../common/use-focus-request.ts';
import { meetingFieldError } from './new-meeting-form-state.ts';

export function NewMeetingForm({ onCreated }: { onCreated(meetingId: string): void }) {
  const [title, setTitle] = useState('');
  const [incidentId, setIncidentId] = useState('');
  const [severity, setSeverity] = useState<Severity | ''>('');
  const [error, setError, editedField] = useFormError<MeetingFormField>();
  const [busy, setBusy] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const incidentRef = useRef<HTMLInputElement>(null);
  const severityRef = useRef<HTMLSelectElement>(null);
  useFocusRequest('new-meeting', titleRef);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await meetingsStore.getState().createMeeting({
      title,
      incidentId,
      severity: severity === '' ? null : severity,
      timeZone: localTimeZone(),
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      const invalid = { title: titleRef, incidentId: incidentRef, severity: severityRef }[result.error.field ?? 'title'];
      invalid.current?.focus();
      return;
    }
    setError(null);
    setTitle('');
    setIncidentId('');
    setSeverity('');
    onCreated(result.value.id);
  };

  const severityError = meetingFieldError(error, 'severity');
  return (
    <form className="new-meeting panel" onSubmit={(event) => void submit(event)} aria-labelledby="new-meeting-heading" noValidate>
      <h2 id="new-meeting-heading">New meeting</h2>
      <div className="new-meeting__fields">
        <TextField
          id="new-meeting-title"
          className="new-meeting__title"
          label="Title"
          ref={titleRef}
          value={title}
          onValueChange={(value) => {
            setTitle(value);
            editedField('title');
          }}
          placeholder="Checkout errors after the 14:00 deploy"
          error={meetingFieldError(error, 'title')}
          spellCheck
        />
        <TextField
          id="new-meeting-incident"
          className="new-meeting__incident"
          label="Incident ID"
          ref={incidentRef}
          value={incidentId}
          onValueChange={(value) => {
            setIncidentId(value);
            editedField('incidentId');
          }}
          placeholder="INC-2041"
          error={meetingFieldError(error, 'incidentId')}
        />
        <div className={`field new-meeting__severity${severityError ? ' field--invalid' : ''}`}>
          <label htmlFor="new-meeting-severity">Severity</label>
          <select
            id="new-meeting-severity"
            ref={severityRef}
            value={severity}
            onChange={(event) => {
              setSeverity(event.target.value as Severity | '');
              editedField('severity');
            }}
            aria-invalid={severityError ? true : undefined}
            aria-describedby={severityError ? 'new-meeting-severity-error' : undefined}
          >
            <option value="">Not set yet</option>
            {SEVERITIES.map((level) => (
              <option key={level} value={level}>
                {level}
              </option>
            ))}
          </select>
          {severityError ? (
            <p className="field__error" id="new-meeting-severity-error">
              {severityError}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button button--primary new-meeting__submit" disabled={busy}>
          {busy ? 'Creating…' : 'Create meeting'}
        </button>
      </div>
      <FormMessage message={error && error.field === null ? error.message : null} />
    </form>
  );
}
