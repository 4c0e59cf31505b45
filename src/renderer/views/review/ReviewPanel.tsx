import { FormMessage } from '../common/FormMessage.tsx';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { REVIEW_STATE_LABELS, type ReviewHistoryEntry, type ReviewState } from '../../../shared/domain/review.ts';
import { dateTimeTextAt } from '../../../shared/time/zoned-time.ts';
import { reviewStore, useReview } from '../../app/services.ts';
import { holdMeeting } from '../../stores/meeting-holds.ts';

/** What one history entry says, in words. */
function historyText(entry: ReviewHistoryEntry): string {
  switch (entry.kind) {
    case 'state_change': {
      const [from, to] = entry.detail.split(' → ') as [ReviewState, ReviewState];
      return `moved the review from ${REVIEW_STATE_LABELS[from] ?? from} to ${REVIEW_STATE_LABELS[to] ?? to}`;
    }
    case 'reopened':
      return 'reopened the review';
    case 'edit_after_circulation':
      return `changed ${entry.detail} after circulation`;
    case 'sign_off':
      return `recorded the sign-off of ${entry.detail}`;
    case 'reviewer_added':
      return `added ${entry.detail} as a reviewer`;
  }
}

const NEXT_STEPS: Readonly<Record<ReviewState, { state: ReviewState; label: string; primary: boolean }[]>> = {
  draft: [{ state: 'in_review', label: 'Circulate for corrections', primary: true }],
  in_review: [
    { state: 'published', label: 'Publish', primary: true },
    { state: 'draft', label: 'Take back to draft', primary: false },
  ],
  published: [{ state: 'in_review', label: 'Reopen', primary: false }],
};

/**
 * After the meeting: the review goes from draft to in review (circulated for factual corrections, each reviewer's
 * sign-off recorded with its date) to published, when its report is read-only until reopened. Each reviewer sees what
 * changed since they signed off.
 */
export function ReviewPanel({ meetingId, timeZone }: { meetingId: string; timeZone: string }) {
  const id = useId();
  const review = useReview((state) => (state.meetingId === meetingId ? state.items[0] : undefined));
  const [problem, setProblem] = useState<string | null>(null);
  const [name, setName] = useState('');
  useEffect(() => holdMeeting(reviewStore, meetingId), [meetingId]);

  const said = (result: { ok: boolean; error?: { message: string } }) => setProblem(result.ok ? null : (result.error?.message ?? null));
  const addReviewer = async (event: FormEvent) => {
    event.preventDefault();
    const result = await reviewStore.getState().addReviewer(name);
    said(result);
    if (result.ok) setName('');
  };

  if (!review) return null;
  const when = (at: number) => dateTimeTextAt(at, timeZone);
  return (
    <section className="panel review-panel" aria-labelledby={`${id}-heading`} data-testid="review-panel">
      <div className="panel__heading">
        <h2 id={`${id}-heading`}>Review</h2>
        <span className={`review-state review-state--${review.state}`} data-testid="review-state">
          {REVIEW_STATE_LABELS[review.state]}
        </span>
      </div>
      {review.state === 'published' ? (
        <p className="field__hint">Published: the report is read-only until the review is reopened. Action statuses stay open to change.</p>
      ) : null}
      <div className="review-panel__steps">
        {NEXT_STEPS[review.state].map((step) => (
          <button
            key={step.state}
            type="button"
            className={step.primary ? 'button button--small button--primary' : 'button button--small'}
            onClick={() => void reviewStore.getState().setState(step.state).then(said)}
          >
            {step.label}
          </button>
        ))}
      </div>

      <h3 className="review-panel__subheading">Reviewers</h3>
      {review.reviewers.length === 0 ? <p className="muted">No reviewers yet. Add the people who check the facts.</p> : null}
      <ul className="review-panel__reviewers">
        {review.reviewers.map((reviewer) => (
          <li key={reviewer.name} data-testid="reviewer">
            <bdi className="review-panel__name">{reviewer.name}</bdi>{' '}
            {reviewer.signedOffAt === null ? (
              review.state === 'draft' ? (
                <span className="muted">not yet circulated</span>
              ) : (
                <button type="button" className="button button--small" onClick={() => void reviewStore.getState().signOff(reviewer.name).then(said)}>
                  Record sign-off
                </button>
              )
            ) : (
              <span>signed off {when(reviewer.signedOffAt)}</span>
            )}
            {reviewer.changedSinceSignOff.length > 0 ? (
              <p className="review-panel__changed">Changed since: {[...new Set(reviewer.changedSinceSignOff.map((entry) => entry.detail))].join(', ')}</p>
            ) : null}
          </li>
        ))}
      </ul>
      <form className="review-panel__add" onSubmit={(event) => void addReviewer(event)} aria-label="Add a reviewer">
        <label htmlFor={`${id}-reviewer`}>Reviewer</label>
        <input id={`${id}-reviewer`} className="text-input" value={name} onChange={(event) => setName(event.target.value)} dir="auto" />
        <button type="submit" className="button button--small" disabled={name.trim() === ''}>
          Add
        </button>
      </form>
      <FormMessage message={problem} />

      {review.history.length > 0 ? (
        <details className="review-panel__history">
          <summary>History ({review.history.length})</summary>
          <ol>
            {[...review.history].reverse().map((entry) => (
              <li key={entry.id}>
                <time dateTime={new Date(entry.at).toISOString()}>{when(entry.at)}</time> · <bdi>{entry.who}</bdi> {historyText(entry)}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
