import { FormMessage } from '../common/FormMessage.tsx';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ACTION_STATUS_LABELS } from '../../../shared/domain/actions.ts';
import { EFFECTIVENESS_OUTCOME_LABELS, EFFECTIVENESS_OUTCOMES, type EffectivenessItem } from '../../../shared/domain/effectiveness.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { dateTimeTextAt } from '../../../shared/time/zoned-time.ts';
import { effectivenessStore, useEffectiveness } from '../../app/services.ts';
import { holdMeeting } from '../../stores/meeting-holds.ts';
import { effectivenessKeyAction } from './effectiveness-keys.ts';

const isTextField = (target: EventTarget): boolean =>
  target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !['radio', 'checkbox', 'button'].includes(target.type));

/**
 * The effectiveness review's capture tool: the checked review's action items one at a time. For each, whether it is
 * done (the item's own status), whether it worked, and a note; each choice is saved at once with its date.
 */
export function EffectivenessPanel({ meeting }: { meeting: Meeting }) {
  const id = useId();
  const [reviewedId, setReviewedId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [index, setIndex] = useState(0);
  const titleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    void effectivenessStore
      .getState()
      .reviewOf(meeting.id)
      .then((result) => {
        if (!current) return;
        if (result.ok) setReviewedId(result.value);
        else setProblem(result.error.message);
      });
    return () => {
      current = false;
    };
  }, [meeting.id]);
  useEffect(() => (reviewedId === null ? undefined : holdMeeting(effectivenessStore, reviewedId)), [reviewedId]);

  const items = useEffectiveness((state) => (reviewedId !== null && state.meetingId === reviewedId ? state.items : null));
  const statuses = useEffectiveness((state) => state.statuses);

  if (problem !== null) {
    return (
      <p className="form-message" role="alert">
        {problem}
      </p>
    );
  }
  if (items === null) return <p className="muted">Loading the action items…</p>;
  if (reviewedId === meeting.id) {
    return <p className="muted">This meeting is not linked to a review. Start the effectiveness review from the review whose action items it checks.</p>;
  }
  if (items.length === 0) return <p className="muted">The review has no action items to check.</p>;

  const shown = Math.min(index, items.length - 1);
  const item = items[shown] as EffectivenessItem;
  const record = (patch: Parameters<ReturnType<typeof effectivenessStore.getState>['update']>[1]) =>
    void effectivenessStore
      .getState()
      .update(item.id, patch)
      .then((result) => setProblem(result.ok ? null : result.error.message));
  const go = (to: number) => {
    setIndex(Math.max(0, Math.min(items.length - 1, to)));
    titleRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const action = effectivenessKeyAction({ ...event, typing: isTextField(event.target) });
    if (action === null) return;
    event.preventDefault();
    event.stopPropagation();
    if (action.kind === 'next') go(shown + 1);
    else if (action.kind === 'previous') go(shown - 1);
    else if (action.kind === 'done') record({ done: action.done });
    else record({ outcome: action.outcome });
  };

  const done = item.actionItem.status === 'done';
  const status = statuses[item.id];
  return (
    <section className="panel effectiveness-panel" aria-labelledby={`${id}-heading`} onKeyDown={onKeyDown} data-testid="effectiveness-panel">
      <div className="panel__heading">
        <h2 id={`${id}-heading`}>Is each action done, and did it work?</h2>
        <span className="muted" data-testid="effectiveness-position">
          Item {shown + 1} of {items.length}
        </span>
      </div>
      <p className="muted effectiveness-panel__keys">Keys: Alt+↓ and Alt+↑ next and previous item · D done · N not done · 1–4 did it work</p>

      <article className="effectiveness-item" aria-labelledby={`${id}-title`} data-testid="effectiveness-item">
        <h3 id={`${id}-title`} ref={titleRef} tabIndex={-1} className="effectiveness-item__title" dir="auto">
          <bdi>{item.actionItem.title}</bdi>
        </h3>
        <p className="muted">
          Owner <bdi>{item.actionItem.owner === '' ? 'unassigned' : item.actionItem.owner}</bdi> · due {item.actionItem.dueOn ?? 'not set'} · status{' '}
          {ACTION_STATUS_LABELS[item.actionItem.status]}
        </p>

        <fieldset className="effectiveness-choice">
          <legend>Done?</legend>
          {[
            { value: true, label: 'Done', key: 'D' },
            { value: false, label: 'Not done', key: 'N' },
          ].map((choice) => (
            <label key={choice.label} className="effectiveness-choice__option">
              <input
                type="radio"
                name={`${id}-done`}
                checked={item.result !== null || done ? done === choice.value : false}
                onChange={() => record({ done: choice.value })}
              />
              {choice.label} <kbd>{choice.key}</kbd>
            </label>
          ))}
        </fieldset>

        <fieldset className="effectiveness-choice">
          <legend>Did it work?</legend>
          {EFFECTIVENESS_OUTCOMES.map((outcome, position) => (
            <label key={outcome} className="effectiveness-choice__option">
              <input type="radio" name={`${id}-outcome`} checked={item.result?.outcome === outcome} onChange={() => record({ outcome })} />
              {EFFECTIVENESS_OUTCOME_LABELS[outcome]} <kbd>{position + 1}</kbd>
            </label>
          ))}
        </fieldset>

        <label className="field" htmlFor={`${id}-note`}>
          <span>Note</span>
          <textarea
            key={item.id}
            id={`${id}-note`}
            className="text-input effectiveness-item__note"
            dir="auto"
            rows={3}
            defaultValue={item.result?.note ?? ''}
            placeholder="What tells you so: an alert that stayed quiet, a drill, a repeat"
            onBlur={(event) => {
              if (event.target.value.trim() !== (item.result?.note ?? '')) record({ note: event.target.value });
            }}
          />
        </label>
        <p className="muted" aria-live="polite" data-testid="effectiveness-recorded">
          {status?.state === 'saving'
            ? 'Saving…'
            : item.result === null
              ? 'Not checked yet.'
              : `Recorded ${dateTimeTextAt(item.result.recordedAt, meeting.timeZone)}.`}
        </p>
      </article>

      <div className="effectiveness-panel__nav">
        <button type="button" className="button button--small" onClick={() => go(shown - 1)} disabled={shown === 0}>
          Previous item
        </button>
        <button type="button" className="button button--small button--primary" onClick={() => go(shown + 1)} disabled={shown === items.length - 1}>
          Next item
        </button>
      </div>

      <ol className="effectiveness-panel__list" aria-label="Every action item">
        {items.map((other, position) => (
          <li key={other.id} aria-current={position === shown ? 'true' : undefined}>
            <button type="button" className="button button--small button--quiet" onClick={() => go(position)}>
              <bdi>{other.actionItem.title}</bdi>
            </button>{' '}
            <span className="muted">
              {other.result === null
                ? 'not checked'
                : `${other.actionItem.status === 'done' ? 'done' : 'not done'}${other.result.outcome === null ? '' : `, ${EFFECTIVENESS_OUTCOME_LABELS[other.result.outcome].toLowerCase()}`}`}
            </span>
          </li>
        ))}
      </ol>
      <FormMessage message={problem} />
    </section>
  );
}
