import { reviewStore, useReview } from '../../app/services.ts';

/**
 * While the review is published its report content is read-only (the service refuses edits), so the console says so
 * where the capture happens, with the way back: reopening, which the review's history records.
 */
export function PublishedNotice({ meetingId }: { meetingId: string }) {
  const published = useReview((state) => state.meetingId === meetingId && state.items[0]?.state === 'published');
  if (!published) return null;
  return (
    <div className="published-notice" role="status" data-testid="published-notice">
      <p>
        <strong>This review is published.</strong> Its report is read-only: new or changed entries are not saved until the review is reopened. Action-item
        statuses can still change.
      </p>
      <button type="button" className="button button--small" onClick={() => void reviewStore.getState().setState('in_review')}>
        Reopen the review
      </button>
    </div>
  );
}
