import { useEffect } from 'react';
import { reviewStore, sourcesStore, useReview, useSources } from '../../app/services.ts';

/**
 * While the review is published its report content is read-only (the service refuses edits), so the console says so
 * where the capture happens, with the way back: reopening, which the review's history records. A review read from a
 * library source is read-only whatever its state, with no way back here: it changes where it was published.
 */
export function PublishedNotice({ meetingId }: { meetingId: string }) {
  const published = useReview((state) => state.meetingId === meetingId && state.items[0]?.state === 'published');
  const source = useSources((state) => state.sourceOfMeeting.get(meetingId));
  useEffect(() => {
    void sourcesStore.getState().load();
  }, []);
  if (source) {
    return (
      <div className="published-notice" role="status" data-testid="source-notice">
        <p>
          <strong>
            This review was read from the library source <bdi>{source.name}</bdi>.
          </strong>{' '}
          It is read-only here: change it where it was published, and Debrief reads it again from there.
        </p>
      </div>
    );
  }
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
