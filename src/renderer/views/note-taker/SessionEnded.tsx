import { useActions, useTimeline } from '../../app/services.ts';
import { unsentEntries } from './unsent-entries.ts';

/** Shown in place of the capture tools once the facilitator has removed this person or ended joining. */
export function SessionEnded() {
  const timelineDrafts = useTimeline((state) => state.drafts);
  const actionDrafts = useActions((state) => state.drafts);
  const unsent = unsentEntries(timelineDrafts, actionDrafts);
  return (
    <section className="panel note-taker__ended" role="alert" aria-labelledby="session-ended-heading" data-testid="session-ended">
      <h1 id="session-ended-heading">You are no longer joined to this review</h1>
      <p>The facilitator removed you or turned joining off. Ask them for the code if you should be back in.</p>
      {unsent.length > 0 ? (
        <>
          <p>
            {unsent.length === 1 ? 'One entry has' : `${unsent.length} entries have`} not reached the facilitator’s laptop yet. This browser sends{' '}
            {unsent.length === 1 ? 'it' : 'them'} if you join this review again; to pass {unsent.length === 1 ? 'it' : 'them'} on another way, copy from here:
          </p>
          <textarea
            className="text-input note-taker__unsent"
            readOnly
            rows={Math.min(8, unsent.length + 1)}
            value={unsent.join('\n')}
            aria-label="Entries not sent"
          />
        </>
      ) : null}
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        Join again
      </button>
    </section>
  );
}
