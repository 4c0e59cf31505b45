import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { FormError } from '../../api/field-errors.ts';
import { timelineStore } from '../../app/services.ts';
import type { TimelineField } from '../../stores/timeline/timeline-store.ts';
import { resolveTimeEntry } from '../../../shared/time/time-input.ts';
import { clockTextAt } from '../../../shared/time/zoned-time.ts';
import { BlameHint } from '../common/BlameHint.tsx';
import { FormMessage } from '../common/FormMessage.tsx';
import { TextField } from '../common/TextField.tsx';
import { useFormError } from '../common/use-form-error.ts';
import { useNow } from '../common/use-now.ts';
import { QuickEntryLine } from './QuickEntryLine.tsx';
import { timelineFieldError } from './timeline-field-labels.ts';

interface QuickAddFormProps {
  timeZone: string;
  /** YYYY-MM-DD that typed times belong to unless a date is typed. */
  anchorDate: string;
}

/**
 * Keyboard-first entry: the quick-entry line for typing as people talk, and below it the same event as separate
 * fields (date, time, description, actor) for when that is easier. Either way the row appears at once and saves in
 * the background.
 */
export function QuickAddForm({ timeZone, anchorDate }: QuickAddFormProps) {
  const [dateText, setDateText] = useState('');
  const [timeText, setTimeText] = useState('');
  const [description, setDescription] = useState('');
  const [actor, setActor] = useState('');
  const [error, setError, editedField] = useFormError<TimelineField>();
  const now = useNow(10_000);
  const dateRef = useRef<HTMLInputElement>(null);
  const timeRef = useRef<HTMLInputElement>(null);
  const descriptionRef = useRef<HTMLInputElement>(null);
  const actorRef = useRef<HTMLInputElement>(null);

  const fail = (formError: FormError<TimelineField>) => {
    setError(formError);
    const invalid = { date: dateRef, time: timeRef, description: descriptionRef, actor: actorRef };
    if (formError.field) invalid[formError.field].current?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const time = resolveTimeEntry({ timeText, dateText, anchorDate, timeZone, now: Date.now() });
    if (!time.ok) return fail({ field: time.field, message: time.message });
    const result = timelineStore.getState().add({ ...time.value, description, actor });
    if (!result.ok) return fail(result.error);
    setError(null);
    setTimeText('');
    setDescription('');
    setActor('');
    descriptionRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    // Leaving the field lets single-key shortcuts work again; the typed text stays.
    if (event.key === 'Escape' && document.activeElement instanceof HTMLElement) {
      event.preventDefault();
      document.activeElement.blur();
    }
  };

  return (
    <>
      <QuickEntryLine timeZone={timeZone} anchorDate={anchorDate} />
      <form className="quick-add" onSubmit={submit} onKeyDown={onKeyDown} aria-label="Add a timeline event" noValidate>
        <TextField
          id="quick-add-date"
          className="quick-add__date"
          label="Date"
          ref={dateRef}
          value={dateText}
          onValueChange={(value) => {
            setDateText(value);
            editedField('date');
          }}
          placeholder={anchorDate}
          inputMode="numeric"
          error={timelineFieldError(error, 'date')}
        />
        <TextField
          id="quick-add-time"
          className="quick-add__time"
          label="Time"
          ref={timeRef}
          value={timeText}
          onValueChange={(value) => {
            setTimeText(value);
            editedField('time');
          }}
          placeholder={`now ${clockTextAt(now, timeZone, 'minute')}`}
          inputMode="numeric"
          error={timelineFieldError(error, 'time')}
        />
        <TextField
          id="quick-add-description"
          className="quick-add__description"
          label="Description"
          ref={descriptionRef}
          value={description}
          onValueChange={(value) => {
            setDescription(value);
            editedField('description');
          }}
          placeholder="What happened? Press Enter to add"
          error={timelineFieldError(error, 'description')}
          spellCheck
        />
        <TextField
          id="quick-add-actor"
          className="quick-add__actor"
          label="Actor"
          ref={actorRef}
          value={actor}
          onValueChange={(value) => {
            setActor(value);
            editedField('actor');
          }}
          placeholder="Person or system"
          error={timelineFieldError(error, 'actor')}
        />
        <button type="submit" className="button button--primary quick-add__submit">
          Add event
        </button>
        <BlameHint fieldId="timeline-quick-add" text={description} />
        <p className="quick-add__hint" id="quick-add-hint">
          Times are {timeZone}, on {anchorDate} unless you type a date. Leave Time empty for the current time; HH:MM or HH:MM:SS.
        </p>
        <FormMessage message={error && error.field === null ? error.message : null} />
      </form>
    </>
  );
}
