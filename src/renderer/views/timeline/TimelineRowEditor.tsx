import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { PHASE_LABELS, TIMELINE_PHASES, type TimelineEvent, type TimelinePhase } from '../../../shared/domain/timeline.ts';
import type { FormError } from '../../api/field-errors.ts';
import { timelineStore } from '../../app/services.ts';
import type { TimelineField } from '../../stores/timeline/timeline-store.ts';
import { resolveTimeEntry } from '../../../shared/time/time-input.ts';
import { calendarDateAt, clockTextAt } from '../../../shared/time/zoned-time.ts';
import { BlameHint } from '../common/BlameHint.tsx';
import { FormMessage } from '../common/FormMessage.tsx';
import { TextField } from '../common/TextField.tsx';
import { whoChanged } from '../common/use-changed-elsewhere.ts';
import { useFormError } from '../common/use-form-error.ts';
import { editPatch } from './edit-patch.ts';
import { timelineRowId } from './TimelineRowView.tsx';
import { timelineEventContent } from './timeline-event-content.ts';
import { timelineFieldError } from './timeline-field-labels.ts';

interface TimelineRowEditorProps {
  event: TimelineEvent;
  timeZone: string;
  onDone(): void;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One row in edit mode: Enter saves, Escape puts everything back. */
export function TimelineRowEditor({ event, timeZone, onDone }: TimelineRowEditorProps) {
  const [dateText, setDateText] = useState(() => calendarDateAt(event.occurredAt, timeZone));
  const [timeText, setTimeText] = useState(() => clockTextAt(event.occurredAt, timeZone, event.precision));
  const [description, setDescription] = useState(event.description);
  const [actor, setActor] = useState(event.actor);
  const [phase, setPhase] = useState<TimelinePhase>(event.phase);
  // The version the form was filled from: when the stored event moves on, someone else saved while this was open.
  const [startedFrom, setStartedFrom] = useState(event);
  const changedElsewhere = timelineEventContent(startedFrom) !== timelineEventContent(event);
  const [error, setError, editedField] = useFormError<TimelineField>();
  const [saving, setSaving] = useState(false);
  const dateRef = useRef<HTMLInputElement>(null);
  const timeRef = useRef<HTMLInputElement>(null);
  const descriptionRef = useRef<HTMLInputElement>(null);
  const actorRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const input = descriptionRef.current;
    if (!input) return;
    // Caret at the end: most edits fix or extend the wording, and a selection would be lost to the first key.
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, []);

  const fail = (formError: FormError<TimelineField>) => {
    setError(formError);
    const invalid = { date: dateRef, time: timeRef, description: descriptionRef, actor: actorRef };
    if (formError.field) invalid[formError.field].current?.focus();
  };

  const takeTheirs = () => {
    setDateText(calendarDateAt(event.occurredAt, timeZone));
    setTimeText(clockTextAt(event.occurredAt, timeZone, event.precision));
    setDescription(event.description);
    setActor(event.actor);
    setPhase(event.phase);
    setStartedFrom(event);
    descriptionRef.current?.focus();
  };

  const cancel = () => {
    timelineStore.getState().dismissError(event.id);
    onDone();
  };

  const submit = async (formEvent: FormEvent) => {
    formEvent.preventDefault();
    if (saving) return;
    if (timeText.trim() === '') return fail({ field: 'time', message: 'is needed, as HH:MM or HH:MM:SS' });
    const time = resolveTimeEntry({ timeText, dateText, anchorDate: calendarDateAt(startedFrom.occurredAt, timeZone), timeZone, now: Date.now() });
    if (!time.ok) return fail({ field: time.field, message: time.message });
    const patch = editPatch(startedFrom, { ...time.value, description, actor, phase });
    if (Object.keys(patch).length === 0) return onDone();
    setSaving(true);
    const result = await timelineStore.getState().update(event.id, patch);
    setSaving(false);
    if (!result.ok) return fail(result.error);
    onDone();
  };

  const onKeyDown = (keyEvent: KeyboardEvent<HTMLFormElement>) => {
    if (keyEvent.key !== 'Escape') return;
    keyEvent.preventDefault();
    keyEvent.stopPropagation();
    cancel();
  };

  return (
    <li id={timelineRowId(event.id)} className="timeline-row timeline-row--editing">
      <form className="row-editor" onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown} aria-label="Edit timeline event" noValidate>
        <TextField
          id={`edit-date-${event.id}`}
          className="row-editor__date"
          label="Date"
          ref={dateRef}
          value={dateText}
          onValueChange={(value) => {
            setDateText(value);
            editedField('date');
          }}
          error={timelineFieldError(error, 'date')}
        />
        <TextField
          id={`edit-time-${event.id}`}
          className="row-editor__time"
          label="Time"
          ref={timeRef}
          value={timeText}
          onValueChange={(value) => {
            setTimeText(value);
            editedField('time');
          }}
          error={timelineFieldError(error, 'time')}
        />
        <TextField
          id={`edit-description-${event.id}`}
          className="row-editor__description"
          label="Description"
          ref={descriptionRef}
          value={description}
          onValueChange={(value) => {
            setDescription(value);
            editedField('description');
          }}
          error={timelineFieldError(error, 'description')}
          spellCheck
        />
        <TextField
          id={`edit-actor-${event.id}`}
          className="row-editor__actor"
          label="Actor"
          ref={actorRef}
          value={actor}
          onValueChange={(value) => {
            setActor(value);
            editedField('actor');
          }}
          error={timelineFieldError(error, 'actor')}
        />
        <div className="field row-editor__phase">
          <label htmlFor={`edit-phase-${event.id}`}>Phase</label>
          <select
            id={`edit-phase-${event.id}`}
            value={phase}
            onChange={(changeEvent) => setPhase(TIMELINE_PHASES.find((candidate) => candidate === changeEvent.target.value) ?? 'other')}
          >
            {TIMELINE_PHASES.map((candidate) => (
              <option key={candidate} value={candidate}>
                {PHASE_LABELS[candidate]}
              </option>
            ))}
          </select>
        </div>
        <div className="row-editor__actions">
          <button type="submit" className="button button--primary button--small" disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
          <button type="button" className="button button--small button--quiet" onClick={cancel}>
            Cancel
          </button>
        </div>
        {changedElsewhere ? (
          <p className="row-editor__elsewhere changed-elsewhere" role="status" data-testid="changed-elsewhere">
            {capitalised(whoChanged(event.id))} changed this event while you were editing it: now “{event.description}”{event.actor ? ` (${event.actor})` : ''}{' '}
            at {clockTextAt(event.occurredAt, timeZone, event.precision)}. Save keeps what you changed; the rest stays as they left it.{' '}
            <button type="button" className="button button--small" onClick={takeTheirs}>
              Use theirs
            </button>
          </p>
        ) : null}
        <BlameHint fieldId={`timeline-edit-${event.id}`} text={description} />
        <FormMessage message={error && error.field === null ? error.message : null} />
      </form>
    </li>
  );
}
