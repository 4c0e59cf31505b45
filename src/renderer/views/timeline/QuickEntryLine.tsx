import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { timelineStore, useTimeline } from '../../app/services.ts';
import { BlameHint } from '../common/BlameHint.tsx';
import { useFocusRequest } from '../common/use-focus-request.ts';
import { useNow } from '../common/use-now.ts';
import { previewFor, previousEventAt } from './quick-entry-preview.ts';

interface QuickEntryLineProps {
  timeZone: string;
  anchorDate: string;
  /** Prefix of the element ids, for a second quick entry on the same page (the report panel's). */
  id?: string;
  /** Whether T or / lands here; only the console's own timeline answers. */
  answersQuickAdd?: boolean;
}

const NO_ELEMENT = { current: null };

/** The moment Enter was pressed; read in the event handler, never while rendering. */
const pressedAt = () => Date.now();

/** The latest time on the timeline: the list is kept in time order, so only the last event and the drafts count. */
const latestStoredAt = (state: { items: readonly { occurredAt: number }[]; drafts: Record<string, { occurredAt: number }> }) => {
  const last = state.items.at(-1);
  return previousEventAt(null, last ? [last, ...Object.values(state.drafts)] : Object.values(state.drafts));
};

/**
 * The one-line entry: "14:05 Error rate increased @monitoring #detection", Enter, the next line. The row shows at
 * once and saves in the background (the store keeps it and offers a retry if the save fails).
 */
export function QuickEntryLine({ timeZone, anchorDate, id = 'quick-entry', answersQuickAdd = true }: QuickEntryLineProps) {
  const [text, setText] = useState('');
  const [lastTypedAt, setLastTypedAt] = useState<number | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const latestAt = useTimeline(latestStoredAt);
  const now = useNow(1_000);
  const inputRef = useRef<HTMLInputElement>(null);
  // T or / on the console lands here: the fastest way to get a spoken event down.
  useFocusRequest('quick-add', answersQuickAdd ? inputRef : NO_ELEMENT);
  const context = { timeZone, anchorDate, previousAt: previousEventAt(lastTypedAt, latestAt === null ? [] : [{ occurredAt: latestAt }]), now };
  const { preview } = previewFor(text, context);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Read again at the moment of Enter: "now" is the time the person pressed it.
    const { result } = previewFor(text, { timeZone, anchorDate, previousAt: context.previousAt, now: pressedAt() });
    if (!result.ok) {
      setRefused(result.errors.map((error) => `${error.field}: ${error.message}`).join('; '));
      inputRef.current?.focus();
      return;
    }
    const { occurredAt, precision, description, actor, phase } = result.value;
    const added = timelineStore
      .getState()
      .add(phase === null ? { occurredAt, precision, description, actor } : { occurredAt, precision, description, actor, phase });
    if (!added.ok) {
      setRefused(added.error.message);
      return;
    }
    setRefused(null);
    setLastTypedAt(occurredAt);
    setText('');
  };

  const onKeyDown = (keyEvent: KeyboardEvent<HTMLInputElement>) => {
    if (keyEvent.key === 'Escape') {
      keyEvent.preventDefault();
      keyEvent.currentTarget.blur();
    }
  };

  const problem = preview.kind === 'problem';
  return (
    <form className="quick-entry" onSubmit={submit} aria-label="Quick entry" noValidate>
      <label htmlFor={`${id}-line`} className="quick-entry__label">
        Quick entry
      </label>
      <input
        id={`${id}-line`}
        ref={inputRef}
        className="quick-entry__input"
        type="text"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setRefused(null);
        }}
        onKeyDown={onKeyDown}
        placeholder="14:05 Error rate increased @monitoring #detection"
        autoComplete="off"
        spellCheck
        aria-describedby={`${id}-preview ${id}-help`}
        aria-invalid={refused !== null ? true : undefined}
      />
      <div id={`${id}-preview`} className="quick-entry__preview" data-state={preview.kind} aria-live="polite">
        {preview.kind === 'reading' ? (
          <dl className="quick-entry__parts">
            {preview.parts.map((part) => (
              <div key={part.label} className="quick-entry__part">
                <dt>{part.label}</dt>
                <dd>{part.value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {problem ? <p className="quick-entry__problem">{preview.messages.join(' · ')}</p> : null}
      </div>
      {refused !== null && !problem ? (
        <p className="form-message" role="alert">
          Not added: {refused}
        </p>
      ) : null}
      <BlameHint fieldId={id === 'quick-entry' ? 'timeline-quick-entry' : `${id}-blame`} text={text} />
      <p id={`${id}-help`} className="quick-entry__help">
        Start with HH:MM or +5m (+90s, +1h) after the previous event, or leave the time out for now; @name for the actor, #trigger #detection #response
        #mitigation #resolution for the phase. Times are {timeZone}, on {anchorDate}.
      </p>
    </form>
  );
}
