import { useActions, useTimeline } from '../../app/services.ts';
import type { JoinEnding } from './join-session-check.ts';
import { unsentEntries } from './unsent-entries.ts';

/** What the page says for each way a session ends. */
const WORDING: Record<JoinEnding, { heading: string; text: string }> = {
  'joining-ended': {
    heading: 'Joining has ended',
    text: 'The facilitator stopped note-takers joining this review, so this page no longer reaches their laptop. If you should be back in, ask them to let note-takers join again and for the code.',
  },
  removed: {
    heading: 'You are no longer joined to this review',
    text: 'The facilitator removed you. Ask them for the code if you should be back in.',
  },
  'session-gone': {
    heading: 'You are no longer joined to this review',
    text: 'The facilitator removed you or turned joining off. Ask them for the code if you should be back in.',
  },
};

/** Shown in place of the capture tools once the facilitator has removed this person or ended joining. */
export function SessionEnded({ ending }: { ending: JoinEnding }) {
  const timelineDrafts = useTimeline((state) => state.drafts);
  const actionDrafts = useActions((state) => state.drafts);
  const unsent = unsentEntries(timelineDrafts, actionDrafts);
  const wording = WORDING[ending];
  return (
    <section className="panel note-taker__ended" role="alert" aria-labelledby="session-ended-heading" data-testid="session-ended" data-ending={ending}>
      <h1 id="session-ended-heading">{wording.heading}</h1>
      <p>{wording.text}</p>
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
