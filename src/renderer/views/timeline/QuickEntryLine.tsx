import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { participantsStore, timelineStore, useParticipants, useTimeline } from '../../app/services.ts';
import { holdMeeting } from '../../stores/meeting-holds.ts';
import { participantRows } from '../../stores/participants/participants-store.ts';
import { BlameHint } from '../common/BlameHint.tsx';
import { useFocusRequest } from '../common/use-focus-request.ts';
import { useNow } from '../common/use-now.ts';
import { acceptActor, actorQueryAt, suggestActors } from './actor-suggestions.ts';
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

/** The meeting's participants' names, kept loaded while the line is on screen: what "@" suggests. */
function useParticipantNames(meetingId: string | null): string[] {
  useEffect(() => (meetingId === null ? undefined : holdMeeting(participantsStore, meetingId)), [meetingId]);
  const items = useParticipants((state) => state.items);
  const drafts = useParticipants((state) => state.drafts);
  const hidden = useParticipants((state) => state.hidden);
  return useMemo(() => participantRows({ items, drafts, hidden }).map((participant) => participant.name), [items, drafts, hidden]);
}

/**
 * The one-line entry: "14:05 Error rate increased @monitoring #detection", Enter, the next line. The row shows at
 * once and saves in the background (the store keeps it and offers a retry if the save fails).
 */
export function QuickEntryLine({ timeZone, anchorDate, id = 'quick-entry', answersQuickAdd = true }: QuickEntryLineProps) {
  const [text, setText] = useState('');
  const [lastTypedAt, setLastTypedAt] = useState<number | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [caret, setCaret] = useState(0);
  const [activeIndex, setActiveIndex] = useState(0);
  const [focused, setFocused] = useState(false);
  /** The "@…" start whose suggestions Escape closed; they stay closed until another "@" is typed. */
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const latestAt = useTimeline(latestStoredAt);
  const meetingId = useTimeline((state) => state.meetingId);
  const names = useParticipantNames(meetingId);
  const now = useNow(1_000);
  const inputRef = useRef<HTMLInputElement>(null);
  // T or / on the console lands here: the fastest way to get a spoken event down.
  useFocusRequest('quick-add', answersQuickAdd ? inputRef : NO_ELEMENT);
  const context = {
    timeZone,
    anchorDate,
    previousAt: previousEventAt(lastTypedAt, latestAt === null ? [] : [{ occurredAt: latestAt }]),
    latestAt,
    now,
  };
  const { preview } = previewFor(text, context);

  const actorQuery = actorQueryAt(text, caret);
  const suggestions = actorQuery === null || actorQuery.start === dismissedAt ? [] : suggestActors(names, actorQuery.query);
  const expanded = focused && suggestions.length > 0;
  const active = expanded ? Math.min(activeIndex, suggestions.length - 1) : -1;
  const listId = `${id}-actors`;
  const optionId = (index: number) => `${id}-actor-${index}`;

  const accept = (name: string) => {
    if (actorQuery === null) return;
    const accepted = acceptActor(text, actorQuery, name);
    setText(accepted.text);
    setCaret(accepted.caret);
    setActiveIndex(0);
    // Put the caret after the inserted name once React has written the new value.
    requestAnimationFrame(() => inputRef.current?.setSelectionRange(accepted.caret, accepted.caret));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Read again at the moment of Enter: "now" is the time the person pressed it.
    const { result } = previewFor(text, { ...context, now: pressedAt() });
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
    setCaret(0);
    setDismissedAt(null);
  };

  const onKeyDown = (keyEvent: KeyboardEvent<HTMLInputElement>) => {
    if (expanded && (keyEvent.key === 'ArrowDown' || keyEvent.key === 'ArrowUp')) {
      keyEvent.preventDefault();
      const step = keyEvent.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((active + step + suggestions.length) % suggestions.length);
      return;
    }
    if (expanded && (keyEvent.key === 'Enter' || keyEvent.key === 'Tab') && !keyEvent.shiftKey) {
      const name = suggestions[active];
      if (name !== undefined) {
        keyEvent.preventDefault();
        accept(name);
        return;
      }
    }
    if (expanded && keyEvent.key === 'Escape' && actorQuery !== null) {
      // The first Escape closes the suggestions; the next one leaves the line.
      keyEvent.preventDefault();
      setDismissedAt(actorQuery.start);
      return;
    }
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
      <div className="quick-entry__combo">
        <input
          id={`${id}-line`}
          ref={inputRef}
          className="quick-entry__input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          value={text}
          onChange={(event) => {
            const typedCaret = event.target.selectionStart ?? event.target.value.length;
            const typedQuery = actorQueryAt(event.target.value, typedCaret);
            setText(event.target.value);
            setCaret(typedCaret);
            setRefused(null);
            setActiveIndex(0);
            if (typedQuery?.start !== dismissedAt) setDismissedAt(null);
          }}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart ?? event.currentTarget.value.length)}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            setActiveIndex(0);
          }}
          onKeyDown={onKeyDown}
          placeholder="14:05 Error rate increased @monitoring #detection"
          autoComplete="off"
          spellCheck
          aria-describedby={`${id}-preview ${id}-help`}
          aria-invalid={refused !== null ? true : undefined}
        />
        <ul id={listId} className="quick-entry__suggestions" role="listbox" aria-label="Participants" hidden={!expanded}>
          {suggestions.map((name, index) => (
            <li
              key={name}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className="quick-entry__suggestion"
              // Keep the focus in the line: a click picks the name as Enter does.
              onMouseDown={(event) => {
                event.preventDefault();
                accept(name);
              }}
            >
              <bdi>{name}</bdi>
            </li>
          ))}
        </ul>
      </div>
      <div id={`${id}-preview`} className="quick-entry__preview" data-state={preview.kind} aria-live="polite">
        {preview.kind === 'reading' ? (
          <dl className="quick-entry__parts">
            {preview.parts.map((part) => (
              <div key={part.label} className="quick-entry__part">
                <dt>{part.label}</dt>
                <dd>
                  <bdi>{part.value}</bdi>
                </dd>
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
        Start with HH:MM or +5m (+90s, +1h) after the previous event, or leave the time out for now; @name or @&quot;First Last&quot; for the actor (type @ to
        pick a participant, arrows and Enter), #trigger #detection #response #mitigation #resolution for the phase. Times are {timeZone}. HH:MM goes on the day
        of the latest event so far ({anchorDate} when there is none), or on the next day when that would put it more than 12 hours before that event: 00:36
        after 23:50 is past midnight.
      </p>
    </form>
  );
}
